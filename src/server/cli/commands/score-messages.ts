/** Every text of the `score` command in French and English, and the rendering of its report. */
import type { BadRecord, ScoreReport, ScoreSummary } from '../../jobs/score';
import type { ConsentChannel } from '../../../core/consent';
import { CONSENT_CHANNELS } from '../../../core/consent';
import type { CliLang } from './sample-messages';
import { colon, formatCount } from './sample-messages';

export interface ScoreMessages {
  readonly description: string;
  readonly options: Readonly<Record<'dir' | 'input' | 'offline' | 'config' | 'dryRun' | 'today' | 'since' | 'model' | 'json' | 'out' | 'state', string>>;
  readonly title: (where: string, today: string, dryRun: boolean) => string;
  readonly espo: (url: string) => string;
  readonly files: (path: string) => string;
  readonly since: (when: string | null) => string;
  readonly resumed: string;
  /** An incremental run whose models changed since the last finished run: every record rescored. */
  readonly modelChanged: (from: string, to: string) => string;
  readonly scored: (total: string, contacts: string, leads: string, accounts: string) => string;
  readonly grades: string;
  readonly topReasons: string;
  readonly noReasons: string;
  /** "Reachable (of 1 234 people scored): e-mail 800 · …", then the same for grade A. */
  readonly reach: (persons: string, channels: string, count: number) => string;
  readonly reachGradeA: (persons: string, channels: string) => string;
  readonly channelNames: Readonly<Record<ConsentChannel, string>>;
  /** `toWrite`: nothing was saved (a dry run, or offline without --out), the first count is what would be. */
  readonly counts: (written: string, unchanged: string, errors: string, toWrite: boolean) => string;
  /** Of the errors, the writes that failed, and what happens to them. */
  readonly unwritten: (count: string) => string;
  /**
   * Persons left unscored by retention (due for anonymisation or anonymised), and of them how many had an earlier
   * score cleared (`toWrite`: to clear, nothing was saved), shown when there are some.
   */
  readonly skippedRetention: (count: string, cleared: string | null, toWrite: boolean) => string;
  readonly badRecords: string;
  readonly more: (count: string) => string;
  /** "line 12" of an input file. */
  readonly line: (line: string) => string;
  readonly interrupted: string;
  /** Ctrl-C stopped a dry run: no checkpoint, a rerun starts over. */
  readonly interruptedDryRun: string;
  /** Ctrl-C stopped a run that saves its changes to the `--out` file. */
  readonly interruptedOut: (path: string) => string;
  /** Ctrl-C stopped an offline run without --out: it saved nothing, so it left no checkpoint either. */
  readonly interruptedNotSaved: string;
  /** Offline without --out: nothing was saved, and how to save. */
  readonly offlineNotSaved: string;
  readonly offlineSaved: (path: string) => string;
  readonly progress: (type: string, done: string) => string;
  /** The index pass of a file run: rows of a type read before scoring starts. */
  readonly progressReading: (type: string, rows: string) => string;
  readonly errors: {
    readonly badToday: (value: string) => string;
    readonly badSince: (value: string) => string;
    readonly futureToday: (value: string, today: string) => string;
    readonly inputAndDir: string;
    readonly outOnline: string;
    /** The `--model` file cannot be read; its problems when it can are `failureText`'s. */
    readonly modelUnreadable: (path: string, code: string) => string;
  };
}

const fr: ScoreMessages = {
  description: 'Calcule le score des contacts, pistes et comptes et n’écrit que les champs de score modifiés',
  options: {
    dir: 'dossier de fichiers CSV (hors ligne ; par défaut samples/)',
    input: 'fichier JSONL, un enregistrement par ligne avec entityType (hors ligne)',
    offline: 'travaille sur les fichiers même si EspoCRM est configuré',
    config: 'fichier de configuration JSON (connexion à EspoCRM)',
    dryRun: 'calcule et affiche sans rien écrire',
    today: 'date du jour AAAA-MM-JJ pour les règles de date (et la date du score)',
    since: 'incrémental : seulement ce qui a changé depuis le dernier passage réussi (ou depuis la date donnée)',
    model: 'fichier de modèle de score (YAML ou JSON) à utiliser',
    json: 'une ligne JSON par enregistrement',
    out: 'hors ligne : écrit les modifications dans ce fichier JSONL',
    state: 'fichier d’état (points de reprise, dernier passage)',
  },
  title: (where, today, dryRun) => `AutoCible — score de ${where} au ${today}${dryRun ? ' (simulation : rien n’est écrit)' : ''}`,
  espo: (url) => `EspoCRM ${url}`,
  files: (path) => `fichiers ${path}`,
  since: (when) => (when === null ? 'Incrémental : aucun passage réussi connu, tout est recalculé.' : `Incrémental : modifié depuis ${when}.`),
  resumed: 'Reprise du passage interrompu : les comptes ci-dessous sont ceux de cette seconde partie.',
  modelChanged: (from, to) => `Incrémental : le modèle a changé depuis le dernier passage réussi (${from} → ${to}), tout est recalculé.`,
  scored: (total, contacts, leads, accounts) => `Calculés : ${total} (contacts ${contacts}, pistes ${leads}, comptes ${accounts})`,
  grades: 'Notes',
  topReasons: 'Raisons les plus fréquentes',
  noReasons: 'aucune',
  reach: (persons, channels, count) => `Joignables (consentement et oppositions EspoCRM, sur ${persons} ${count > 1 ? 'personnes notées' : 'personne notée'}) : ${channels}`,
  reachGradeA: (persons, channels) => `  dont note A (${persons}) : ${channels}`,
  channelNames: { email: 'e-mail', sms: 'SMS', phone: 'téléphone', postal: 'courrier' },
  counts: (written, unchanged, errors, toWrite) => `${toWrite ? 'À écrire' : 'Écrits'} : ${written}   Inchangés : ${unchanged}   Erreurs : ${errors}`,
  unwritten: (count) => `Non écrits : ${count} ; le prochain passage incrémental (--since) les recalculera et réessaiera.`,
  skippedRetention: (count, cleared, toWrite) => `Non calculés (conservation : à anonymiser ou déjà anonymisés) : ${count}`
    + (cleared === null ? '' : ` ; score ${toWrite ? 'à effacer' : 'effacé'} : ${cleared}`),
  badRecords: 'Enregistrements ignorés',
  more: (count) => `… et ${count} de plus`,
  line: (line) => `ligne ${line}`,
  interrupted: 'Interrompu : relancez la même commande pour continuer.',
  interruptedDryRun: 'Interrompu : simulation arrêtée, rien n’a été écrit.',
  interruptedOut: (path) => `Interrompu : ${path} contient les modifications calculées jusqu’ici ; relancez la même commande pour continuer et le compléter.`,
  interruptedNotSaved: 'Interrompu : rien n’a été enregistré (hors ligne sans --out) ; la prochaine exécution reprend du début.',
  offlineNotSaved: 'Hors ligne sans --out : rien n’a été enregistré. Pour garder les modifications, ajoutez --out modifications.jsonl.',
  offlineSaved: (path) => `Hors ligne : modifications enregistrées dans ${path} (une ligne par fiche modifiée).`,
  progress: (type, done) => `${type} : ${done} calculés`,
  progressReading: (type, rows) => `Lecture préalable, ${type} : ${rows} lignes`,
  errors: {
    badToday: (value) => `--today attend une date AAAA-MM-JJ valide, reçu « ${value} »`,
    futureToday: (value, today) => `--today ${value} est après aujourd’hui (${today}) : les scores seraient datés d’un jour à venir. Ajoutez --dry-run pour voir les scores de ce jour sans rien écrire.`,
    badSince: (value) => `--since attend un jour AAAA-MM-JJ existant ou une date-heure AAAA-MM-JJTHH:MM[:SS][Z|+HH:MM], reçu « ${value} »`,
    inputAndDir: '--input et --dir s’excluent : choisissez l’un des deux',
    outOnline: '--out ne sert qu’hors ligne (ajoutez --offline)',
    modelUnreadable: (path, code) => `Impossible de lire le fichier de --model ${path} (${code}) : vérifiez le chemin.`,
  },
};

const en: ScoreMessages = {
  description: 'Score contacts, leads and accounts, writing only the score fields that changed',
  options: {
    dir: 'directory of CSV files (offline; samples/ by default)',
    input: 'JSONL file, one record per line with entityType (offline)',
    offline: 'work on files even when EspoCRM is configured',
    config: 'JSON configuration file (EspoCRM connection)',
    dryRun: 'compute and report, write nothing',
    today: "today's date YYYY-MM-DD for date rules (and the score's date)",
    since: 'incremental: only what changed since the last successful run (or since the given date)',
    model: 'scoring model file (YAML or JSON) to use',
    json: 'one JSON line per record',
    out: 'offline: write the changes to this JSONL file',
    state: 'state file (checkpoints, last run)',
  },
  title: (where, today, dryRun) => `AutoCible — scoring ${where} as of ${today}${dryRun ? ' (dry run: nothing is written)' : ''}`,
  espo: (url) => `EspoCRM ${url}`,
  files: (path) => `files ${path}`,
  since: (when) => (when === null ? 'Incremental: no successful run on record, everything is rescored.' : `Incremental: changed since ${when}.`),
  resumed: 'Continuing the interrupted run: the counts below are those of this second part.',
  modelChanged: (from, to) => `Incremental: the model changed since the last successful run (${from} → ${to}), everything is rescored.`,
  scored: (total, contacts, leads, accounts) => `Scored: ${total} (contacts ${contacts}, leads ${leads}, accounts ${accounts})`,
  grades: 'Grades',
  topReasons: 'Most frequent reasons',
  noReasons: 'none',
  reach: (persons, channels, count) => `Reachable (consent and EspoCRM opt-outs, of ${persons} ${count === 1 ? 'person' : 'people'} scored): ${channels}`,
  reachGradeA: (persons, channels) => `  of whom grade A (${persons}): ${channels}`,
  channelNames: { email: 'e-mail', sms: 'SMS', phone: 'phone', postal: 'post' },
  counts: (written, unchanged, errors, toWrite) => `${toWrite ? 'To write' : 'Written'}: ${written}   Unchanged: ${unchanged}   Errors: ${errors}`,
  unwritten: (count) => `Not written: ${count}; the next incremental run (--since) will rescore them and try again.`,
  skippedRetention: (count, cleared, toWrite) => `Not scored (retention: due for anonymisation or anonymised): ${count}`
    + (cleared === null ? '' : `; score ${toWrite ? 'to clear' : 'cleared'}: ${cleared}`),
  badRecords: 'Skipped records',
  more: (count) => `… and ${count} more`,
  line: (line) => `line ${line}`,
  interrupted: 'Interrupted: run the same command again to continue.',
  interruptedDryRun: 'Interrupted: dry run stopped, nothing was written.',
  interruptedOut: (path) => `Interrupted: ${path} holds the changes computed so far; run the same command again to continue and complete it.`,
  interruptedNotSaved: 'Interrupted: nothing was saved (offline without --out); the next run starts from the beginning.',
  offlineNotSaved: 'Offline without --out: nothing was saved. To keep the changes, add --out changes.jsonl.',
  offlineSaved: (path) => `Offline: changes saved to ${path} (one line per changed record).`,
  progress: (type, done) => `${type}: ${done} scored`,
  progressReading: (type, rows) => `Reading first, ${type}: ${rows} rows`,
  errors: {
    badToday: (value) => `--today expects a valid date YYYY-MM-DD, got "${value}"`,
    futureToday: (value, today) => `--today ${value} is after today (${today}): the scores would be dated on a day to come. Add --dry-run to see that day's scores without writing anything.`,
    badSince: (value) => `--since expects an existing day YYYY-MM-DD or a date-time YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM], got "${value}"`,
    inputAndDir: '--input and --dir exclude each other: pick one',
    outOnline: '--out is for offline runs only (add --offline)',
    modelUnreadable: (path, code) => `Cannot read the --model file ${path} (${code}): check the path.`,
  },
};

export const SCORE_MESSAGES: Readonly<Record<CliLang, ScoreMessages>> = { fr, en };

function badLine(bad: BadRecord, lang: CliLang): string {
  const t = SCORE_MESSAGES[lang];
  const where = [bad.entityType ?? '?', bad.id ?? '', bad.line === undefined ? '' : t.line(String(bad.line))].filter((s) => s !== '').join(' ');
  const detail = [bad.field, bad.status === undefined ? undefined : `HTTP ${bad.status}`].filter((s) => s !== undefined).join(', ');
  const why = bad.detail === undefined ? '' : ` — ${bad.detail[lang]}`;
  return `  ${where}${colon(lang)}${bad.reason}${detail === '' ? '' : ` (${detail})`}${why}`;
}

/** Counts per grade and the most frequent reasons (also printed by the main job on the sample). */
export function renderGradesAndReasons(summary: ScoreSummary, lang: CliLang): string[] {
  const t = SCORE_MESSAGES[lang];
  const n = (count: number): string => formatCount(lang, count);
  const reasons = summary.topReasons.map((r) => `  ${n(r.count).padStart(8)}  ${r.label[lang]} (${r.modelId})`);
  const { reach } = summary;
  const perChannel = (eligible: Readonly<Record<ConsentChannel, number>>): string => CONSENT_CHANNELS.map((c) => `${t.channelNames[c]} ${n(eligible[c])}`).join(' · ');
  return [
    `${t.grades}${colon(lang)}${(['A', 'B', 'C', 'D'] as const).map((g) => `${g} ${n(summary.grades[g])}`).join(' · ')}`,
    `${t.topReasons}${colon(lang).trimEnd()}`,
    ...(reasons.length === 0 ? [`  ${t.noReasons}`] : reasons),
    ...(reach.persons === 0 ? [] : [t.reach(n(reach.persons), perChannel(reach.eligible), reach.persons), t.reachGradeA(n(reach.gradeA.persons), perChannel(reach.gradeA.eligible))]),
  ];
}

/**
 * What an interrupted run says: a dry run saved nothing, a run with `--out` (`outPath`) left a partial file, an
 * offline run without it (`saved` false) saved nothing and starts over.
 */
export function interruptedLine(report: ScoreReport, lang: CliLang, outPath: string | undefined, saved = true): string {
  const t = SCORE_MESSAGES[lang];
  if (report.dryRun) return t.interruptedDryRun;
  if (outPath !== undefined) return t.interruptedOut(outPath);
  return saved ? t.interrupted : t.interruptedNotSaved;
}

/**
 * The human summary: counts per grade, top reasons, written/unchanged/errors, persons retention left unscored,
 * skipped records. `saved`: the
 * changes went somewhere (false offline without --out: the count is then of the changes to write). `outPath`:
 * the `--out` file.
 */
export function renderScoreSummary(report: ScoreReport, lang: CliLang, saved = !report.dryRun, outPath?: string): string[] {
  const t = SCORE_MESSAGES[lang];
  const n = (count: number): string => formatCount(lang, count);
  const bad = report.badRecords.slice(0, 20).map((bad) => badLine(bad, lang));
  const hidden = report.errors - bad.length;
  const toWrite = report.dryRun || !saved;
  const cleared = report.cleared > 0 ? n(report.cleared) : null;
  return [
    t.scored(n(report.scored), n(report.perType.Contact), n(report.perType.Lead), n(report.perType.Account)),
    ...renderGradesAndReasons(report, lang),
    t.counts(n(report.written), n(report.unchanged), n(report.errors), toWrite),
    ...(report.skippedRetention > 0 ? [t.skippedRetention(n(report.skippedRetention), cleared, toWrite)] : []),
    ...(report.unwritten > 0 && !report.dryRun ? [t.unwritten(n(report.unwritten))] : []),
    ...(bad.length === 0 ? [] : [`${t.badRecords}${colon(lang).trimEnd()}`, ...bad, ...(hidden > 0 ? [`  ${t.more(n(hidden))}`] : [])]),
    ...(report.interrupted ? [interruptedLine(report, lang, outPath, saved)] : []),
  ];
}
