/** Every text of the `derive` command in French and English, and the rendering of its report. */
import { getField } from '../../../core/catalogue';
import { DERIVED_FIELDS, VEHICLE_ENTITY_TYPE } from '../../jobs/derive/derive-fields';
import type { DerivedField } from '../../jobs/derive/derive-fields';
import type { DeriveBadRecord, DeriveReport } from '../../jobs/derive/types';
import type { CliLang } from './sample-messages';
import { colon, formatCount } from './sample-messages';

export interface DeriveMessages {
  readonly description: string;
  readonly options: Readonly<Record<'dryRun' | 'today' | 'json' | 'offline' | 'dir' | 'config', string>>;
  readonly title: (where: string, today: string, dryRun: boolean) => string;
  readonly espo: (url: string) => string;
  readonly files: (path: string) => string;
  readonly read: (total: string) => string;
  /** `toWrite`: nothing was saved (a dry run, or offline), the first count is what would be. */
  readonly counts: (written: string, unchanged: string, errors: string, toWrite: boolean) => string;
  /** Per field, how many vehicles had it written (or to write). */
  readonly fields: (toWrite: boolean) => string;
  /** Per field, how many vehicles kept it as stored. */
  readonly notDerived: string;
  readonly badRecords: string;
  readonly stages: Readonly<Record<DeriveBadRecord['stage'], string>>;
  readonly more: (count: string) => string;
  /** Offline: what was derived is shown, nothing written. */
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

const fr: DeriveMessages = {
  description: 'Écrit la catégorie, la famille d’énergie et le prochain contrôle technique des véhicules, déduits du genre J.1, du code P.3 et de la MEC ; seulement les champs modifiés, sans jamais en vider un',
  options: {
    dryRun: 'calcule et affiche sans rien écrire',
    today: 'date du jour AAAA-MM-JJ : le prochain contrôle technique est la première échéance à partir de ce jour',
    json: 'une ligne JSON par véhicule (id, champs modifiés et leurs nouvelles valeurs)',
    offline: 'travaille sur les fichiers même si EspoCRM est configuré (rien n’est écrit)',
    dir: 'dossier de fichiers CSV (hors ligne ; par défaut samples/)',
    config: 'fichier de configuration JSON (connexion à EspoCRM)',
  },
  title: (where, today, dryRun) => `AutoCible — champs déduits des véhicules de ${where} au ${today}${dryRun ? ' (simulation : rien n’est écrit)' : ''}`,
  espo: (url) => `EspoCRM ${url}`,
  files: (path) => `fichiers ${path}`,
  read: (total) => `Lus : ${total} véhicules`,
  counts: (written, unchanged, errors, toWrite) => `${toWrite ? 'À écrire' : 'Écrits'} : ${written}   Inchangés : ${unchanged}   Erreurs : ${errors}`,
  fields: (toWrite) => (toWrite ? 'Champs à écrire' : 'Champs écrits'),
  notDerived: 'Laissés tels quels (source vide, ou pas de règle de contrôle technique pour la catégorie)',
  badRecords: 'Véhicules ignorés',
  stages: { source: 'valeur source illisible (genre J.1 ou code P.3 inconnu, MEC qui n’est pas une date)', write: 'écriture refusée ou en échec' },
  more: (count) => `… et ${count} de plus`,
  offline: 'Hors ligne : rien n’est écrit dans EspoCRM. --json montre chaque véhicule et les champs qui seraient écrits.',
  rejectedRows: (count) => `Lignes rejetées du jeu de données, laissées de côté (voir autocible sample) : ${count}`,
  interrupted: 'Interrompu : les véhicules déjà traités sont à jour dans EspoCRM ; relancez la même commande pour les autres (rien n’est écrit deux fois).',
  interruptedDryRun: 'Interrompu : rien n’a été écrit.',
  progress: (type, done) => `${type} : ${done} lus`,
  errors: {
    badToday: (value) => `--today attend une date AAAA-MM-JJ valide, reçu « ${value} »`,
    futureToday: (value, today) => `--today ${value} est après aujourd’hui (${today}) : les échéances de contrôle technique seraient comptées depuis un jour à venir. Ajoutez --dry-run pour les voir sans rien écrire.`,
  },
};

const en: DeriveMessages = {
  description: "Write the vehicles' category, energy family and next roadworthiness test, derived from the J.1 genre, the P.3 code and the first registration date; only the fields that changed, never emptying one",
  options: {
    dryRun: 'compute and report, write nothing',
    today: "today's date YYYY-MM-DD: the next roadworthiness test is the first deadline from that day on",
    json: 'one JSON line per vehicle (id, changed fields and their new values)',
    offline: 'work on files even when EspoCRM is configured (nothing is written)',
    dir: 'directory of CSV files (offline; samples/ by default)',
    config: 'JSON configuration file (EspoCRM connection)',
  },
  title: (where, today, dryRun) => `AutoCible — derived vehicle fields of ${where} as of ${today}${dryRun ? ' (dry run: nothing is written)' : ''}`,
  espo: (url) => `EspoCRM ${url}`,
  files: (path) => `files ${path}`,
  read: (total) => `Read: ${total} vehicles`,
  counts: (written, unchanged, errors, toWrite) => `${toWrite ? 'To write' : 'Written'}: ${written}   Unchanged: ${unchanged}   Errors: ${errors}`,
  fields: (toWrite) => (toWrite ? 'Fields to write' : 'Fields written'),
  notDerived: 'Left as stored (source empty, or no roadworthiness rule for the category)',
  badRecords: 'Skipped vehicles',
  stages: { source: 'unreadable source (unknown J.1 genre or P.3 code, first registration that is not a date)', write: 'write refused or failed' },
  more: (count) => `… and ${count} more`,
  offline: 'Offline: nothing is written to EspoCRM. --json shows each vehicle and the fields that would be written.',
  rejectedRows: (count) => `Dataset rows rejected and left out (see autocible sample): ${count}`,
  interrupted: 'Interrupted: the vehicles already processed are up to date in EspoCRM; run the same command again for the others (nothing is written twice).',
  interruptedDryRun: 'Interrupted: nothing was written.',
  progress: (type, done) => `${type}: ${done} read`,
  errors: {
    badToday: (value) => `--today expects a valid date YYYY-MM-DD, got "${value}"`,
    futureToday: (value, today) => `--today ${value} is after today (${today}): the roadworthiness deadlines would be counted from a day to come. Add --dry-run to see them without writing anything.`,
  },
};

export const DERIVE_MESSAGES: Readonly<Record<CliLang, DeriveMessages>> = { fr, en };

function fieldLabel(attribute: string, lang: CliLang): string {
  try {
    return getField(VEHICLE_ENTITY_TYPE, attribute).label[lang];
  } catch {
    return attribute;
  }
}

function badLine(bad: DeriveBadRecord, lang: CliLang): string {
  const detail = [bad.fields?.join(', '), bad.status === undefined ? undefined : `HTTP ${bad.status}`].filter((s) => s !== undefined).join(', ');
  return `  ${bad.entityType} ${bad.id}${colon(lang)}${bad.reason}${detail === '' ? '' : ` (${detail})`} — ${DERIVE_MESSAGES[lang].stages[bad.stage]}`;
}

/** Per derived field in catalogue order, its label and count: `Catégorie 3 · Prochain contrôle technique 12`. */
function perField(counts: Readonly<Partial<Record<DerivedField, number>>>, lang: CliLang): string[] {
  return DERIVED_FIELDS.flatMap((field) => {
    const count = counts[field];
    return count === undefined || count === 0 ? [] : [`${fieldLabel(field, lang)} ${formatCount(lang, count)}`];
  });
}

/** What an interrupted run says: a run that wrote left its vehicles up to date, a dry or offline run wrote nothing. */
export function deriveInterruptedLine(report: DeriveReport, lang: CliLang, saved: boolean): string {
  const t = DERIVE_MESSAGES[lang];
  return report.dryRun || !saved ? t.interruptedDryRun : t.interrupted;
}

/**
 * The human summary: vehicles read, written (or to write), unchanged and in error, the fields written and those left as
 * stored, the skipped vehicles by type, id and code. `saved`: the changes went to EspoCRM.
 */
export function renderDeriveSummary(report: DeriveReport, lang: CliLang, saved: boolean): string[] {
  const t = DERIVE_MESSAGES[lang];
  const n = (count: number): string => formatCount(lang, count);
  const toWrite = report.dryRun || !saved;
  const fields = perField(report.changedFields, lang);
  const kept = perField(report.notDerived, lang);
  const bad = report.badRecords.slice(0, 20).map((record) => badLine(record, lang));
  const hidden = report.errors - bad.length;
  return [
    t.read(n(report.read)),
    t.counts(n(report.written), n(report.unchanged), n(report.errors), toWrite),
    ...(fields.length === 0 ? [] : [`${t.fields(toWrite)}${colon(lang)}${fields.join(' · ')}`]),
    ...(kept.length === 0 ? [] : [`${t.notDerived}${colon(lang)}${kept.join(' · ')}`]),
    ...(bad.length === 0 ? [] : [`${t.badRecords}${colon(lang).trimEnd()}`, ...bad, ...(hidden > 0 ? [`  ${t.more(n(hidden))}`] : [])]),
    ...(report.interrupted ? [deriveInterruptedLine(report, lang, saved)] : []),
  ];
}
