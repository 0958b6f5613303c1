/** Every text of the `retention` commands in French and English, and the table layout they share. */
import { RETENTION_ANCHOR_SOURCE } from '../../../core/catalogue';
import { optionText } from '../../../core/panels-ui/ui-text';
import type { RetentionAction, RetentionCategory, RetentionPlan, RetentionPolicy } from '../../../core/retention';
import { formatCount } from './sample-messages';
import { stepLabel } from './step-label';
import type { ApplyOutcome, ApplyRecordResult, ApplySkipReason, ApplyStop, RetentionApplyReport } from '../../jobs/retention';
import { isAbandoned } from '../../jobs/retention/abandon-record';
import { isWholeStream } from '../../jobs/retention/note-cleanup';

export type RgpdLang = 'fr' | 'en';

export interface RetentionMessages {
  readonly description: string;
  readonly planDescription: string;
  readonly applyDescription: string;
  readonly options: Readonly<Record<'json' | 'today' | 'dir' | 'offline' | 'config' | 'write' | 'yes' | 'limit' | 'stateDir' | 'planStateDir' | 'audit' | 'opposition' | 'policy', string>>;
  /** The durations a run used, when they come from `--policy`. */
  readonly policyLine: (policy: RetentionPolicy, path: string) => string;
  readonly planColumns: readonly string[];
  readonly applyColumns: readonly string[];
  readonly actions: Readonly<Record<RetentionAction, string>>;
  readonly categories: Readonly<Record<RetentionCategory, string>>;
  readonly outcomes: Readonly<Record<ApplyOutcome, string>>;
  readonly skipReasons: Readonly<Record<ApplySkipReason, string>>;
  readonly stops: Readonly<Record<ApplyStop, string>>;
  /** A dry run Ctrl-C stopped (`stops.aborted` is for a run that anonymises). */
  readonly abortedDryRun: string;
  readonly planTitle: (source: string, today: string) => string;
  readonly planSummary: (counts: string, anonymised: number, written: number) => string;
  /** How many contacts had their won opportunities read again (`RetentionPlanReport.confirmed`). */
  readonly planConfirmed: (contacts: number) => string;
  /** How many people were read again whole (`RetentionPlanReport.readAgain`): every address, every company. */
  readonly planReadAgain: (people: number) => string;
  /** `retention plan --write` on the CSV files: the updates were made in memory only. */
  readonly planOfflineWrite: string;
  /** Records deleted or merged while the plan ran (`RetentionPlanReport.gone`). */
  readonly planGone: (records: number) => string;
  readonly applyTitle: (source: string, today: string, dryRun: boolean) => string;
  readonly applySummary: (counts: string) => string;
  readonly dryRunNote: string;
  readonly needsAdmin: (entityType: string, id: string, notes: string) => string;
  /** Stands in `needsAdmin` for a stream the API user may not read (`isWholeStream`). */
  readonly wholeStream: string;
  /** Addresses another record also uses: unlinked from the person, not erased (`ApplyRecordResult.sharedAddressesUnlinked`). */
  readonly sharedKept: (entityType: string, id: string, count: number, dryRun: boolean) => string;
  /** Records an interrupted run had started to anonymise, no longer due: abandoned, their keys taken off the opposition list. */
  readonly abandoned: (count: number, dryRun: boolean) => string;
  /** An abandoned record's shared addresses, unlinked before the interruption: linked back, and those not found again. */
  readonly relinked: (entityType: string, id: string, count: number) => string;
  readonly notRelinked: (entityType: string, id: string, count: number) => string;
  readonly rejectedRows: (count: number) => string;
  /** Rows of the other files (vehicles, opportunities…) the reader rejected. */
  readonly rejectedOtherRows: (count: number) => string;
  readonly progress: (step: string, done: number) => string;
  readonly errors: Readonly<Record<'badToday' | 'badLimit' | 'applyNeedsEspo' | 'noPrivacyPermission', (value: string) => string>> & {
    /** `apply --yes` with a `--today` after the dealership's day. */
    readonly futureToday: (value: string, today: string) => string;
    /** `plan --write` with a `--today` after the dealership's day. */
    readonly futureTodayWrite: (value: string, today: string) => string;
  };
}

const fr: RetentionMessages = {
  description: 'Plan de conservation CNIL et anonymisation des données échues',
  planDescription: 'Calcule le plan de conservation de chaque contact et piste (sans rien modifier, sauf --write)',
  applyDescription: 'Anonymise les fiches dont la durée de conservation est échue (simulation sans --yes)',
  options: {
    json: 'une ligne JSON par fiche', today: 'date du calcul AAAA-MM-JJ (par défaut aujourd’hui)',
    dir: 'dossier de fichiers CSV (hors ligne ; par défaut les exemples fournis)', offline: 'lit les fichiers même si EspoCRM est configuré',
    config: 'fichier de configuration JSON (connexion EspoCRM)', write: 'enregistre le plan dans les champs de conservation (champs modifiés seulement)',
    yes: 'exécute réellement l’anonymisation', limit: 'nombre maximal de fiches anonymisées par exécution',
    stateDir: 'dossier des fichiers locaux (sel, journal, liste d’opposition)',
    planStateDir: 'dossier des fichiers locaux : --write sur EspoCRM y prend le verrou de retention apply (apply.lock)', audit: 'journal d’audit (par défaut <state-dir>/audit.jsonl)',
    opposition: 'liste d’opposition (par défaut <state-dir>/opposition.jsonl)',
    policy: 'durées de conservation (JSON ou YAML : prospectMonths, customerMonths, repermissionDays, justification) ; par défaut celles du référentiel CNIL',
  },
  planColumns: ['Fiche', 'Type', 'Catégorie', 'Début', 'Origine', 'Échéance', 'Action', 'Règle'],
  applyColumns: ['Fiche', 'Type', 'Résultat', 'Champs effacés', 'Véhicules', 'Notes', 'Détail'],
  actions: { keep: 'conserver', repermission: 'redemander l’accord', anonymise: 'anonymiser', review: 'à examiner', hold: 'gel juridique' },
  categories: { prospect: 'prospect', customer: 'client' },
  outcomes: { anonymised: 'anonymisée', wouldAnonymise: 'serait anonymisée', failed: 'échec', skipped: 'ignorée' },
  skipReasons: { notDue: 'plus échue', legalHold: 'gel juridique', gone: 'supprimée' },
  stops: {
    limit: 'Limite --limit atteinte : relancez pour continuer.', aborted: 'Interrompu : relancez pour terminer le travail commencé.',
    erasePermission: 'EspoCRM refuse l’effacement : donnez au rôle de l’utilisateur API la permission « Data Privacy ».',
    activityAccess: 'L’utilisateur API ne peut pas lire une entité dont le plan a besoin (e-mails, appels, rendez-vous, opportunités, véhicules, comptes) : accordez la lecture dans son rôle.',
    streamAccess: 'EspoCRM refuse à l’utilisateur API le flux des fiches (« No stream access. ») : dans son rôle (Administration > Rôles), '
      + 'réglez Flux sur « tous » pour Contact et Lead, puis relancez. Arrêt avant l’effacement de la fiche en échec : ses notes seraient restées.',
  },
  abortedDryRun: 'Interrompu : simulation arrêtée, rien n’a été modifié.',
  planTitle: (source, today) => `Plan de conservation — ${source}, au ${today}`,
  planSummary: (counts, anonymised, written) => `Total par action : ${counts}. Déjà anonymisées : ${formatCount('fr', anonymised)}. Fiches mises à jour : ${formatCount('fr', written)}.`,
  planGone: (records) => `${formatCount('fr', records)} ${records > 1 ? 'fiches supprimées ou fusionnées' : 'fiche supprimée ou fusionnée'} pendant le calcul : non ${records > 1 ? 'planifiées' : 'planifiée'}.`,
  planOfflineWrite: 'Hors ligne : --write ne modifie pas les fichiers CSV ; les fiches « mises à jour » ne le sont que dans ce rapport.',
  planReadAgain: (people) => `Fiches relues en entier pour ${formatCount('fr', people)} ${people > 1 ? 'personnes' : 'personne'} que le premier plan ne conservait pas (toutes leurs adresses e-mail et leurs sociétés).`,
  planConfirmed: (contacts) => `Ventes gagnées relues pour ${formatCount('fr', contacts)} ${contacts > 1 ? 'contacts' : 'contact'} que l’index ne conservait pas, pour compter aussi celles qui les citent sans en faire le contact principal.`,
  policyLine: (p, path) => `Durées de ${path} : prospects ${p.prospectMonths} mois, clients ${p.customerMonths} mois, demande de re-permission ${p.repermissionDays} jours avant l’échéance.`,
  applyTitle: (source, today, dryRun) => `${dryRun ? 'Simulation de l’anonymisation' : 'Anonymisation'} — ${source}, au ${today}`,
  applySummary: (counts) => `Résultat : ${counts}.`,
  dryRunNote: 'Simulation : rien n’a été modifié. Ajoutez --yes pour anonymiser.',
  needsAdmin: (entityType, id, notes) => `${entityType}/${id} : notes à supprimer par un administrateur : ${notes}`,
  wholeStream: 'toutes celles de son flux (l’utilisateur API ne peut pas le lire)',
  sharedKept: (entityType, id, count, dryRun) => {
    const many = count > 1;
    const removed = dryRun ? (many ? 'seraient retirées' : 'serait retirée') : (many ? 'retirées' : 'retirée');
    return `${entityType}/${id} : ${formatCount('fr', count)} ${many ? 'coordonnées aussi utilisées' : 'coordonnée aussi utilisée'} par une autre fiche ${removed} de la personne, ni ${many ? 'effacées ni ajoutées' : 'effacée ni ajoutée'} à la liste d’opposition.`;
  },
  abandoned: (count, dryRun) => {
    const many = count > 1;
    const verb = dryRun ? (many ? 'seraient abandonnées' : 'serait abandonnée') : (many ? 'abandonnées' : 'abandonnée');
    return `${formatCount('fr', count)} ${many ? 'anonymisations commencées' : 'anonymisation commencée'} par une exécution interrompue ${verb} : `
      + `${many ? 'les fiches ne sont plus échues, leurs' : 'la fiche n’est plus échue, ses'} clés ${dryRun ? 'seraient' : 'sont'} retirées de la liste d’opposition.`;
  },
  relinked: (entityType, id, count) => {
    const many = count > 1;
    return `${entityType}/${id} : ${formatCount('fr', count)} ${many ? 'coordonnées partagées retirées' : 'coordonnée partagée retirée'} avant l’interruption ${many ? 'sont rattachées' : 'est rattachée'} de nouveau à la fiche.`;
  },
  notRelinked: (entityType, id, count) => {
    const many = count > 1;
    return `${entityType}/${id} : ${formatCount('fr', count)} ${many ? 'coordonnées partagées retirées' : 'coordonnée partagée retirée'} avant l’interruption ${many ? 'n’ont pas pu être rattachées' : 'n’a pas pu être rattachée'} de nouveau (l’autre fiche ne ${many ? 'les' : 'la'} porte plus) : à ressaisir sur la fiche.`;
  },
  rejectedRows: (count) => `${formatCount('fr', count)} ${count > 1 ? 'lignes de contacts ou de pistes rejetées' : 'ligne de contact ou de piste rejetée'} à la lecture (voir « autocible sample ») : ${count > 1 ? 'non planifiées' : 'non planifiée'}.`,
  rejectedOtherRows: (count) => `${formatCount('fr', count)} ${count > 1 ? 'lignes des autres fichiers rejetées' : 'ligne des autres fichiers rejetée'} à la lecture (véhicules, opportunités…) : leurs dates ne comptent pas.`,
  progress: (step, done) => `${stepLabel(step, 'fr')} : ${formatCount('fr', done)} fiches`,
  errors: {
    badToday: (value) => `--today attend une date AAAA-MM-JJ valide, reçu « ${value} »`,
    badLimit: (value) => `--limit attend un nombre entier positif, reçu « ${value} »`,
    applyNeedsEspo: () => 'retention apply --yes agit sur EspoCRM : configurez la connexion (ESPO_URL, ESPO_API_KEY ou --config).',
    noPrivacyPermission: (user) => `L’utilisateur API ${user} n’a pas la permission « Data Privacy » : rien n’a été fait.`,
    futureToday: (value, today) => `--today ${value} est après aujourd’hui (${today}) : retention apply --yes n’anonymise personne avant son échéance (sans --yes, la simulation accepte une date future).`,
    futureTodayWrite: (value, today) => `--today ${value} est après aujourd’hui (${today}) : retention plan --write écrirait sur les fiches des échéances et des statuts pas encore atteints (sans --write, le plan accepte une date future).`,
  },
};

const en: RetentionMessages = {
  description: 'CNIL retention plan and anonymisation of expired data',
  planDescription: 'Compute the retention plan of every contact and lead (changes nothing unless --write)',
  applyDescription: 'Anonymise the records whose retention period is over (dry run without --yes)',
  options: {
    json: 'one JSON line per record', today: 'evaluation date YYYY-MM-DD (default today)',
    dir: 'directory of CSV files (offline; default the bundled samples)', offline: 'read the files even when EspoCRM is configured',
    config: 'JSON configuration file (EspoCRM connection)', write: 'store the plan in the retention fields (changed fields only)',
    yes: 'really anonymise', limit: 'most records anonymised per run',
    stateDir: 'directory of the local files (salt, audit log, opposition list)',
    planStateDir: 'directory of the local files: --write on EspoCRM takes the lock of retention apply there (apply.lock)', audit: 'audit log (default <state-dir>/audit.jsonl)',
    opposition: 'opposition list (default <state-dir>/opposition.jsonl)',
    policy: 'retention durations (JSON or YAML: prospectMonths, customerMonths, repermissionDays, justification); default: the CNIL référentiel’s',
  },
  planColumns: ['Record', 'Type', 'Category', 'Start', 'Source', 'Deadline', 'Action', 'Rule'],
  applyColumns: ['Record', 'Type', 'Outcome', 'Fields erased', 'Vehicles', 'Notes', 'Detail'],
  actions: { keep: 'keep', repermission: 'ask re-permission', anonymise: 'anonymise', review: 'review', hold: 'legal hold' },
  categories: { prospect: 'prospect', customer: 'customer' },
  outcomes: { anonymised: 'anonymised', wouldAnonymise: 'would be anonymised', failed: 'failed', skipped: 'skipped' },
  skipReasons: { notDue: 'no longer due', legalHold: 'legal hold', gone: 'deleted' },
  stops: {
    limit: '--limit reached: run again to continue.', aborted: 'Interrupted: run again to finish the work started.',
    erasePermission: 'EspoCRM refuses the erase: give the API user\'s role the "Data Privacy" permission.',
    activityAccess: 'The API user cannot read a scope the plan needs (emails, calls, meetings, opportunities, vehicles, accounts): grant read access in its role.',
    streamAccess: 'EspoCRM refuses the API user the records\' stream ("No stream access."): in its role (Administration > Roles), '
      + 'set Stream to "all" on Contact and Lead, then run again. Stopped before erasing the failed record: its notes would have stayed.',
  },
  abortedDryRun: 'Interrupted: dry run stopped, nothing was changed.',
  planTitle: (source, today) => `Retention plan — ${source}, as of ${today}`,
  planSummary: (counts, anonymised, written) => `Per action: ${counts}. Already anonymised: ${formatCount('en', anonymised)}. Records updated: ${formatCount('en', written)}.`,
  planGone: (records) => `${formatCount('en', records)} ${records === 1 ? 'record' : 'records'} deleted or merged while the plan ran: not planned.`,
  planOfflineWrite: 'Offline: --write does not modify the CSV files; the records "updated" are so in this report only.',
  planReadAgain: (people) => `Records read again whole for ${formatCount('en', people)} ${people === 1 ? 'person' : 'people'} the first plan would not keep (every e-mail address and company).`,
  planConfirmed: (contacts) => `Won opportunities read again for ${formatCount('en', contacts)} ${contacts === 1 ? 'contact' : 'contacts'} the index would not keep, to count those that list them without naming them primary contact too.`,
  policyLine: (p, path) => `Durations from ${path}: prospects ${p.prospectMonths} months, customers ${p.customerMonths} months, re-permission request ${p.repermissionDays} days before the deadline.`,
  applyTitle: (source, today, dryRun) => `${dryRun ? 'Anonymisation dry run' : 'Anonymisation'} — ${source}, as of ${today}`,
  applySummary: (counts) => `Outcome: ${counts}.`,
  dryRunNote: 'Dry run: nothing was changed. Add --yes to anonymise.',
  needsAdmin: (entityType, id, notes) => `${entityType}/${id}: notes an administrator must delete: ${notes}`,
  wholeStream: 'every one of its stream (the API user may not read it)',
  sharedKept: (entityType, id, count, dryRun) => {
    const one = count === 1;
    const removed = dryRun ? 'would be' : one ? 'was' : 'were';
    return `${entityType}/${id}: ${formatCount('en', count)} ${one ? 'e-mail address or phone number' : 'e-mail addresses or phone numbers'} that another record also uses ${removed} removed from the person, neither erased nor added to the opposition list.`;
  },
  abandoned: (count, dryRun) => {
    const one = count === 1;
    return `${formatCount('en', count)} ${one ? 'anonymisation' : 'anonymisations'} an interrupted run had started ${dryRun ? 'would be' : one ? 'was' : 'were'} abandoned: `
      + `no longer due; the keys put on the opposition list for ${one ? 'it' : 'them'} ${dryRun ? 'would be' : 'were'} taken off.`;
  },
  relinked: (entityType, id, count) => `${entityType}/${id}: ${formatCount('en', count)} shared ${count === 1 ? 'address' : 'addresses'} removed before the interruption ${count === 1 ? 'was' : 'were'} linked to the record again.`,
  notRelinked: (entityType, id, count) => `${entityType}/${id}: ${formatCount('en', count)} shared ${count === 1 ? 'address' : 'addresses'} removed before the interruption could not be linked again (the other record no longer holds ${count === 1 ? 'it' : 'them'}): enter ${count === 1 ? 'it' : 'them'} on the record again.`,
  rejectedRows: (count) => `${formatCount('en', count)} contact or lead ${count === 1 ? 'row' : 'rows'} rejected on reading (see "autocible sample"): not planned.`,
  rejectedOtherRows: (count) => `${formatCount('en', count)} ${count === 1 ? 'row' : 'rows'} of the other files (vehicles, opportunities…) rejected on reading: their dates do not count.`,
  progress: (step, done) => `${stepLabel(step, 'en')}: ${formatCount('en', done)} records`,
  errors: {
    badToday: (value) => `--today expects a valid date YYYY-MM-DD, got "${value}"`,
    badLimit: (value) => `--limit expects a positive whole number, got "${value}"`,
    applyNeedsEspo: () => 'retention apply --yes acts on EspoCRM: configure the connection (ESPO_URL, ESPO_API_KEY or --config).',
    noPrivacyPermission: (user) => `The API user ${user} lacks the "Data Privacy" permission: nothing was done.`,
    futureToday: (value, today) => `--today ${value} is after today (${today}): retention apply --yes never anonymises anyone before their deadline (without --yes, the dry run accepts a future date).`,
    futureTodayWrite: (value, today) => `--today ${value} is after today (${today}): retention plan --write would write on the records deadlines and statuses not reached yet (without --write, the plan accepts a future date).`,
  },
};

export const RETENTION_MESSAGES: Readonly<Record<RgpdLang, RetentionMessages>> = { fr, en };

/** Left-aligned columns separated by two spaces. */
export function renderTable(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => [...(row[i] ?? '')].length))) ?? [];
  return rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd());
}

/** `keep 4, anonymise 2…` in the language of the messages, counts grouped as `lang` writes them (`conserver 3 974`). */
export function countsText<K extends string>(counts: Readonly<Record<K, number>>, labels: Readonly<Record<K, string>>, lang: RgpdLang): string {
  return (Object.keys(labels) as K[]).map((key) => `${labels[key]} ${formatCount(lang, counts[key])}`).join(', ');
}

/** One row of the plan table: the category and the event that started the clock in `lang`, the rule by its id. */
export function planRow(plan: RetentionPlan, t: RetentionMessages, lang: RgpdLang): string[] {
  const origin = optionText(RETENTION_ANCHOR_SOURCE, plan.anchorSource, lang) ?? '—';
  return [plan.id, plan.entityType, t.categories[plan.category], plan.anchorDate ?? '—', origin, plan.deadline ?? '—', t.actions[plan.action], plan.ruleId];
}

/** The JSON line of one plan: the core's plan, its legal source as the reference, and a reason in `lang`. */
export function planJson(plan: RetentionPlan, lang: RgpdLang): string {
  const { legalSource, ignoredDates, ...rest } = plan;
  // An unreadable date may hold anything someone typed into a date field (a name, a phone number): only its field is shown.
  const ignored = ignoredDates.map((date) => (date.reason === 'invalid' ? { ...date, value: undefined } : date));
  return JSON.stringify({ ...rest, ignoredDates: ignored, legalSource: legalSource.reference, reason: legalSource[lang] });
}

function applyDetail(result: ApplyRecordResult, t: RetentionMessages): string {
  if (isAbandoned(result)) return `${t.skipReasons.notDue} ← ${result.resumedFrom ?? ''}`;
  if (result.skipReason !== undefined) return t.skipReasons[result.skipReason];
  if (result.errorCode !== undefined) return result.errorStatus === undefined ? result.errorCode : `${result.errorCode} (HTTP ${result.errorStatus})`;
  return result.resumedFrom === null ? result.ruleId ?? '' : `${result.ruleId ?? ''} ← ${result.resumedFrom}`;
}

/** One row of the apply table. */
export function applyRow(result: ApplyRecordResult, t: RetentionMessages): string[] {
  const notes = result.notesNeedingAdmin.length === 0 ? String(result.notesDeleted) : `${result.notesDeleted} (+${result.notesNeedingAdmin.length} admin)`;
  return [result.id, result.entityType, t.outcomes[result.outcome], String(result.erasedFields.length), String(result.vehiclesChanged), notes, applyDetail(result, t)];
}

/** What a run Ctrl-C stopped says: a dry run changed nothing; a run that anonymises is finished by the next one. */
export function abortedLine(t: RetentionMessages, dryRun: boolean): string {
  return dryRun ? t.abortedDryRun : t.stops.aborted;
}

/** Summary lines: counts, notes left for an administrator, why the run stopped. */
export function applyLines(report: RetentionApplyReport, t: RetentionMessages, lang: RgpdLang): string[] {
  const noteText = (noteId: string): string => (isWholeStream(noteId) ? t.wholeStream : noteId);
  const admin = report.results.filter((r) => r.notesNeedingAdmin.length > 0)
    .map((r) => t.needsAdmin(r.entityType, r.id, r.notesNeedingAdmin.map(noteText).join(', ')));
  const shared = report.results.filter((r) => r.sharedAddressesUnlinked > 0).map((r) => t.sharedKept(r.entityType, r.id, r.sharedAddressesUnlinked, report.dryRun));
  const abandoned = report.results.filter(isAbandoned).length;
  const relinked = report.results.flatMap((r) => [
    ...(r.addressesRelinked === undefined ? [] : [t.relinked(r.entityType, r.id, r.addressesRelinked)]),
    ...(r.addressesNotRelinked === undefined ? [] : [t.notRelinked(r.entityType, r.id, r.addressesNotRelinked)]),
  ]);
  return [
    t.applySummary(countsText(report.counts, t.outcomes, lang)),
    ...(abandoned > 0 ? [t.abandoned(abandoned, report.dryRun)] : []),
    ...relinked,
    ...shared,
    ...admin,
    ...(report.stoppedBy === null ? [] : [report.stoppedBy === 'aborted' ? abortedLine(t, report.dryRun) : t.stops[report.stoppedBy]]),
    ...(report.dryRun ? [t.dryRunNote] : []),
  ];
}
