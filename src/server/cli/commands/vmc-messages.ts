/** Every text of the `vmc` command in French and English, and the rendering of its report. */
import { getField } from '../../../core/catalogue';
import { vmcInputLabelKey, vmcUiLabels } from '../../../core/vmc';
import type { VmcBadRecord, VmcReport } from '../../jobs/vmc';
import type { CliLang } from './sample-messages';
import { colon, formatCount } from './sample-messages';

export interface VmcMessages {
  readonly description: string;
  readonly options: Readonly<Record<'dryRun' | 'today' | 'json' | 'offline' | 'dir' | 'config', string>>;
  readonly title: (where: string, today: string, dryRun: boolean) => string;
  readonly espo: (url: string) => string;
  readonly files: (path: string) => string;
  readonly read: (total: string, contacts: string, accounts: string) => string;
  /** `toWrite`: nothing was saved (a dry run, or offline), the first count is what would be. */
  readonly counts: (written: string, unchanged: string, errors: string, toWrite: boolean) => string;
  /** Per field, how many records had it written (or to write). */
  readonly fields: (toWrite: boolean) => string;
  /** Records with a value emptied by an impossible input, then the inputs. */
  readonly emptied: (records: string) => string;
  readonly badRecords: string;
  readonly stages: Readonly<Record<VmcBadRecord['stage'], string>>;
  readonly more: (count: string) => string;
  /** Offline: what was computed is shown, nothing written. */
  readonly offline: string;
  readonly rejectedRows: (count: string) => string;
  readonly interrupted: string;
  readonly interruptedDryRun: string;
  readonly progress: (type: string, done: string) => string;
  readonly errors: {
    readonly badToday: (value: string) => string;
    readonly futureToday: (value: string, today: string) => string;
  };
}

const fr: VmcMessages = {
  description: 'Calcule la VMC des contacts et des comptes comme le panneau VMC et n’écrit que les champs VMC modifiés',
  options: {
    dryRun: 'calcule et affiche sans rien écrire',
    today: 'date du jour AAAA-MM-JJ : fin de la fenêtre d’historique d’achats (et date du calcul)',
    json: 'une ligne JSON par fiche (id, type, les quatre valeurs, champs modifiés)',
    offline: 'travaille sur les fichiers même si EspoCRM est configuré (rien n’est écrit)',
    dir: 'dossier de fichiers CSV (hors ligne ; par défaut samples/)',
    config: 'fichier de configuration JSON (connexion à EspoCRM)',
  },
  title: (where, today, dryRun) => `AutoCible — VMC de ${where} au ${today}${dryRun ? ' (simulation : rien n’est écrit)' : ''}`,
  espo: (url) => `EspoCRM ${url}`,
  files: (path) => `fichiers ${path}`,
  read: (total, contacts, accounts) => `Lues : ${total} fiches (contacts ${contacts}, comptes ${accounts})`,
  counts: (written, unchanged, errors, toWrite) => `${toWrite ? 'À écrire' : 'Écrites'} : ${written}   Inchangées : ${unchanged}   Erreurs : ${errors}`,
  fields: (toWrite) => (toWrite ? 'Champs à écrire' : 'Champs écrits'),
  emptied: (records) => `Valeurs vidées par une donnée impossible (« n/a » dans le panneau) : ${records} fiches`,
  badRecords: 'Fiches ignorées',
  stages: { history: 'opportunités gagnées illisibles', write: 'écriture refusée ou en échec' },
  more: (count) => `… et ${count} de plus`,
  offline: 'Hors ligne : rien n’est écrit dans EspoCRM. --json montre chaque fiche et les champs qui seraient écrits.',
  rejectedRows: (count) => `Lignes rejetées du jeu de données, laissées de côté (voir autocible sample) : ${count}`,
  interrupted: 'Interrompu : les fiches déjà traitées sont à jour dans EspoCRM ; relancez la même commande pour les autres (rien n’est écrit deux fois).',
  interruptedDryRun: 'Interrompu : rien n’a été écrit.',
  progress: (type, done) => `${type} : ${done} fiches`,
  errors: {
    badToday: (value) => `--today attend une date AAAA-MM-JJ valide, reçu « ${value} »`,
    futureToday: (value, today) => `--today ${value} est après aujourd’hui (${today}) : la VMC serait datée d’un jour à venir. Ajoutez --dry-run pour la voir sans rien écrire.`,
  },
};

const en: VmcMessages = {
  description: 'Compute the VMC of contacts and accounts as the VMC panel does, writing only the VMC fields that changed',
  options: {
    dryRun: 'compute and report, write nothing',
    today: "today's date YYYY-MM-DD: end of the purchase-history window (and the date of the computation)",
    json: 'one JSON line per record (id, type, the four values, changed fields)',
    offline: 'work on files even when EspoCRM is configured (nothing is written)',
    dir: 'directory of CSV files (offline; samples/ by default)',
    config: 'JSON configuration file (EspoCRM connection)',
  },
  title: (where, today, dryRun) => `AutoCible — VMC of ${where} as of ${today}${dryRun ? ' (dry run: nothing is written)' : ''}`,
  espo: (url) => `EspoCRM ${url}`,
  files: (path) => `files ${path}`,
  read: (total, contacts, accounts) => `Read: ${total} records (contacts ${contacts}, accounts ${accounts})`,
  counts: (written, unchanged, errors, toWrite) => `${toWrite ? 'To write' : 'Written'}: ${written}   Unchanged: ${unchanged}   Errors: ${errors}`,
  fields: (toWrite) => (toWrite ? 'Fields to write' : 'Fields written'),
  emptied: (records) => `Values emptied by an impossible input ("n/a" in the panel): ${records} records`,
  badRecords: 'Skipped records',
  stages: { history: 'won opportunities unreadable', write: 'write refused or failed' },
  more: (count) => `… and ${count} more`,
  offline: 'Offline: nothing is written to EspoCRM. --json shows each record and the fields that would be written.',
  rejectedRows: (count) => `Dataset rows rejected and left out (see autocible sample): ${count}`,
  interrupted: 'Interrupted: the records already processed are up to date in EspoCRM; run the same command again for the others (nothing is written twice).',
  interruptedDryRun: 'Interrupted: nothing was written.',
  progress: (type, done) => `${type}: ${done} records`,
  errors: {
    badToday: (value) => `--today expects a valid date YYYY-MM-DD, got "${value}"`,
    futureToday: (value, today) => `--today ${value} is after today (${today}): the VMC would be dated on a day to come. Add --dry-run to see it without writing anything.`,
  },
};

export const VMC_MESSAGES: Readonly<Record<CliLang, VmcMessages>> = { fr, en };

function fieldLabel(attribute: string, lang: CliLang): string {
  try {
    return getField('Contact', attribute).label[lang];
  } catch {
    return attribute;
  }
}

function inputLabel(input: string, lang: CliLang): string {
  const key = input === 'purchases' ? 'autoCibleVmcPurchaseHistory' : vmcInputLabelKey(input);
  return vmcUiLabels[key]?.[lang] ?? input;
}

function badLine(bad: VmcBadRecord, lang: CliLang): string {
  const detail = [bad.fields?.join(', '), bad.status === undefined ? undefined : `HTTP ${bad.status}`].filter((s) => s !== undefined).join(', ');
  return `  ${bad.entityType} ${bad.id}${colon(lang)}${bad.reason}${detail === '' ? '' : ` (${detail})`} — ${VMC_MESSAGES[lang].stages[bad.stage]}`;
}

/** What an interrupted run says: a run that wrote left its records up to date, a dry or offline run wrote nothing. */
export function vmcInterruptedLine(report: VmcReport, lang: CliLang, saved: boolean): string {
  const t = VMC_MESSAGES[lang];
  return report.dryRun || !saved ? t.interruptedDryRun : t.interrupted;
}

/**
 * The human summary: records read, written (or to write), unchanged and in error, the fields written, the values an
 * impossible input emptied, the skipped records by type, id and code. `saved`: the changes went to EspoCRM.
 */
export function renderVmcSummary(report: VmcReport, lang: CliLang, saved: boolean): string[] {
  const t = VMC_MESSAGES[lang];
  const n = (count: number): string => formatCount(lang, count);
  const toWrite = report.dryRun || !saved;
  const fields = Object.entries(report.changedFields).map(([attribute, count]) => `${fieldLabel(attribute, lang)} ${n(count)}`);
  const inputs = Object.entries(report.invalidInputs).map(([input, count]) => `${inputLabel(input, lang)} ${n(count)}`);
  const bad = report.badRecords.slice(0, 20).map((record) => badLine(record, lang));
  const hidden = report.errors - bad.length;
  return [
    t.read(n(report.read.Contact + report.read.Account), n(report.read.Contact), n(report.read.Account)),
    t.counts(n(report.written), n(report.unchanged), n(report.errors), toWrite),
    ...(fields.length === 0 ? [] : [`${t.fields(toWrite)}${colon(lang)}${fields.join(' · ')}`]),
    ...(report.withInvalidInputs === 0 ? [] : [`${t.emptied(n(report.withInvalidInputs))}${colon(lang)}${inputs.join(' · ')}`]),
    ...(bad.length === 0 ? [] : [`${t.badRecords}${colon(lang).trimEnd()}`, ...bad, ...(hidden > 0 ? [`  ${t.more(n(hidden))}`] : [])]),
    ...(report.interrupted ? [vmcInterruptedLine(report, lang, saved)] : []),
  ];
}
