/** Every text of `consent check`, `consent sync` and `consent import`, in French and English. */
import type { ConsentChannel } from '../../../core/consent';
import type { ConsentImportRecord, ConsentSyncOutcome, ImportLineField, ImportLineOutcome, ImportLineProblem, PersonKeyKind } from '../../jobs/consent';
import type { RgpdLang } from './retention-messages';
import { formatCount } from './sample-messages';
import { stepLabel } from './step-label';

const nFr = (count: number): string => formatCount('fr', count);
const nEn = (count: number): string => formatCount('en', count);

/** Texts of the writing subcommands, `sync` and `import`. */
export interface ConsentWriteMessages {
  readonly syncDescription: string;
  readonly importDescription: string;
  readonly writeOptions: Readonly<Record<'json' | 'syncJson' | 'yes' | 'today' | 'file', string>>;
  readonly syncColumns: readonly string[];
  readonly syncOutcomes: Readonly<Record<ConsentSyncOutcome | 'unchanged', string>>;
  readonly syncTitle: (source: string, today: string, dryRun: boolean) => string;
  readonly syncSummary: (people: number, counts: string, added: number, fromFlags: number, fromList: number, refused: number) => string;
  /** Hand edits recorded but overridden by another event (`ConsentSyncReport.outrankedEdits`), with what the salesperson should know. */
  readonly syncOutranked: (count: number) => string;
  readonly lineColumns: readonly string[];
  readonly recordColumns: readonly string[];
  readonly lineOutcomes: Readonly<Record<ImportLineOutcome, string>>;
  readonly recordOutcomes: Readonly<Record<ConsentImportRecord['outcome'], string>>;
  readonly fields: Readonly<Record<ImportLineField, string>>;
  /** Why a line was refused, after the field it concerns. */
  readonly problems: Readonly<Record<ImportLineProblem, string>>;
  readonly keyKinds: Readonly<Record<PersonKeyKind, string>>;
  readonly datedToday: string;
  readonly importTitle: (file: string, source: string, today: string, dryRun: boolean) => string;
  readonly importSummary: (lines: number, counts: string, changed: number, unchanged: number, added: number) => string;
  readonly ignoredColumns: (columns: string) => string;
  readonly dryRunNote: string;
  readonly offlineNote: string;
}

export interface ConsentMessages extends ConsentWriteMessages {
  readonly description: string;
  readonly checkDescription: string;
  readonly options: Readonly<Record<'json' | 'today' | 'dir' | 'offline' | 'config' | 'channel' | 'stateDir' | 'allIdentifiers', string>>;
  readonly columns: readonly string[];
  readonly channels: Readonly<Record<ConsentChannel, string>>;
  readonly yes: string;
  readonly no: string;
  readonly title: (source: string, today: string) => string;
  readonly channelSummary: (channel: string, eligible: number, notEligible: number) => string;
  readonly rejectedEdit: (id: string, channel: string, field: string) => string;
  readonly progress: (step: string, done: number) => string;
  readonly errors: Readonly<Record<'badToday' | 'badChannel', (value: string) => string>>;
}

const fr: ConsentMessages = {
  description: 'Consentements et règles de prospection par canal',
  syncDescription: 'Reporte dans l’historique les consentements saisis à la main dans EspoCRM et les oppositions (cases d’EspoCRM, liste d’opposition) (simulation sans --yes)',
  importDescription: 'Importe les consentements et oppositions d’un fichier CSV nommé (simulation sans --yes)',
  writeOptions: {
    json: 'une ligne JSON par fiche modifiée (et par ligne du fichier à revoir)', syncJson: 'une ligne JSON par fiche modifiée', yes: 'enregistre réellement (champs modifiés seulement)',
    today: 'date du jour AAAA-MM-JJ (date des oppositions non datées ; par défaut aujourd’hui)', file: 'fichier CSV des consentements',
  },
  syncColumns: ['Fiche', 'Type', 'Résultat', 'Canaux', 'Ajouts', 'Saisies refusées', 'Saisies sans effet'],
  syncOutcomes: { updated: 'mise à jour', wouldUpdate: 'serait mise à jour', unchanged: 'déjà à jour', invalidHistory: 'historique illisible', gone: 'supprimée' },
  syncTitle: (source, today, dryRun) => `${dryRun ? 'Simulation de la synchronisation' : 'Synchronisation'} des consentements — ${source}, au ${today}`,
  syncSummary: (people, counts, added, fromFlags, fromList, refused) =>
    `${nFr(people)} personnes lues : ${counts}. Événements ajoutés à l’historique : ${nFr(added)}, dont ${nFr(fromFlags)} oppositions lues sur les cases « désinscrit » / « ne pas appeler » d’EspoCRM et ${nFr(fromList)} oppositions venues de la liste d’opposition. Saisies refusées : ${nFr(refused)}.`,
  syncOutranked: (count) => `${nFr(count)} ${count > 1 ? 'saisies enregistrées dans l’historique restent' : 'saisie enregistrée dans l’historique reste'} sans effet : une opposition plus récente, ou une opposition que seul un consentement prouvé (OPT_IN avec preuve) peut lever, décide du canal, et la fiche affiche de nouveau son statut.`,
  lineColumns: ['Ligne', 'Résultat', 'Canal', 'Clé', 'Détail'],
  recordColumns: ['Fiche', 'Type', 'Résultat', 'Canaux', 'Ajouts', 'Lignes'],
  lineOutcomes: {
    accepted: 'enregistrée', duplicate: 'déjà connue', opposed: 'opposée (liste d’opposition)', rejected: 'refusée',
    unknownPerson: 'personne inconnue', ambiguous: 'plusieurs personnes', invalidHistory: 'historique illisible',
  },
  recordOutcomes: { updated: 'mise à jour', wouldUpdate: 'serait mise à jour', gone: 'supprimée' },
  fields: { status: 'statut', date: 'date', source: 'source', proof: 'preuve', channel: 'canal', key: 'identifiant de la personne', row: 'ligne illisible' },
  problems: {
    badDate: 'pas une date du calendrier (AAAA-MM-JJ ou JJ/MM/AAAA)',
    missingDate: 'un consentement a besoin de la date où il a été recueilli (AAAA-MM-JJ ou JJ/MM/AAAA)',
    futureDate: 'un consentement ne peut pas être daté après le jour de l’import (jour et mois inversés ?)',
    missingProof: 'un consentement a besoin de sa preuve (texte présenté ou référence du document)',
    unknownStatus: 'statut de consentement absent ou inconnu',
    unknownSource: 'origine du consentement inconnue',
    unknownChannel: 'canal absent ou inconnu (email, sms, téléphone, courrier)',
    noPersonKey: 'aucun identifiant utilisable (id, adresse e-mail ou numéro de téléphone)',
    csvSyntax: 'erreur de syntaxe CSV',
    cellCount: 'nombre de cellules différent de l’en-tête',
  },
  keyKinds: { id: 'id', emailAddress: 'e-mail', phoneNumber: 'téléphone' },
  datedToday: 'opposition sans date lisible ou datée dans le futur : datée du jour',
  importTitle: (file, source, today, dryRun) => `${dryRun ? 'Simulation de l’import' : 'Import'} de ${file} — ${source}, au ${today}`,
  importSummary: (lines, counts, changed, unchanged, added) =>
    `${nFr(lines)} lignes : ${counts}. Fiches modifiées : ${nFr(changed)}, déjà à jour : ${nFr(unchanged)}. Événements ajoutés : ${nFr(added)}.`,
  ignoredColumns: (columns) => `Colonnes ignorées : ${columns}.`,
  dryRunNote: 'Simulation : rien n’a été modifié. Ajoutez --yes pour enregistrer.',
  offlineNote: 'Hors ligne : les fichiers CSV ne sont pas modifiés, seul ce rapport rend compte des changements.',
  checkDescription: 'Dit pour chaque personne et chaque canal si la prospection est permise, avec la raison et le texte applicable',
  options: {
    json: 'une ligne JSON par personne et par canal', today: 'date de la prospection AAAA-MM-JJ (par défaut aujourd’hui)',
    dir: 'dossier de fichiers CSV (hors ligne ; par défaut les exemples fournis)', offline: 'lit les fichiers même si EspoCRM est configuré',
    config: 'fichier de configuration JSON (connexion EspoCRM)', channel: 'un seul canal : email, sms, phone ou postal',
    stateDir: 'dossier des fichiers locaux (sel et liste d’opposition)',
    allIdentifiers: 'compare aussi à la liste d’opposition les adresses e-mail et numéros autres que les principaux (lit chaque fiche : une requête par personne)',
  },
  columns: ['Fiche', 'Type', 'Canal', 'Permis', 'Règle', 'Raison'],
  channels: { email: 'e-mail', sms: 'SMS', phone: 'téléphone', postal: 'courrier' },
  yes: 'oui',
  no: 'non',
  title: (source, today) => `Prospection permise par canal — ${source}, au ${today}`,
  channelSummary: (channel, eligible, notEligible) => `${channel} : ${nFr(eligible)} permis, ${nFr(notEligible)} non permis`,
  rejectedEdit: (id, channel, field) => `${id} : saisie du consentement ${channel} refusée (champ ${field})`,
  progress: (step, done) => `${stepLabel(step, 'fr')} : ${formatCount('fr', done)} personnes`,
  errors: {
    badToday: (value) => `--today attend une date AAAA-MM-JJ valide, reçu « ${value} »`,
    badChannel: (value) => `--channel attend email, sms, phone ou postal, reçu « ${value} »`,
  },
};

const en: ConsentMessages = {
  description: 'Consent and marketing rules per channel',
  syncDescription: 'Record the consents typed by hand in EspoCRM and the objections (EspoCRM flags, opposition list) into the history (dry run without --yes)',
  importDescription: 'Import the consents and objections of a named CSV file (dry run without --yes)',
  writeOptions: {
    json: 'one JSON line per changed record (and per file line to review)', syncJson: 'one JSON line per changed record', yes: 'really write (changed fields only)',
    today: 'day of the run YYYY-MM-DD (date of undated objections; default today)', file: 'CSV file of consents',
  },
  syncColumns: ['Record', 'Type', 'Outcome', 'Channels', 'Added', 'Refused edits', 'Overridden edits'],
  syncOutcomes: { updated: 'updated', wouldUpdate: 'would be updated', unchanged: 'up to date', invalidHistory: 'unreadable history', gone: 'deleted' },
  syncTitle: (source, today, dryRun) => `Consent ${dryRun ? 'sync dry run' : 'sync'} — ${source}, as of ${today}`,
  syncSummary: (people, counts, added, fromFlags, fromList, refused) =>
    `${nEn(people)} people read: ${counts}. Events added to the history: ${nEn(added)}, of which ${nEn(fromFlags)} objections read from EspoCRM's opted-out / do-not-call flags and ${nEn(fromList)} from the opposition list. Edits refused: ${nEn(refused)}.`,
  syncOutranked: (count) => `${nEn(count)} ${count === 1 ? 'edit recorded in the history has' : 'edits recorded in the history have'} no effect: a later objection, or an objection that only a proven consent (OPT_IN with proof) can lift, decides the channel, and the record shows its status again.`,
  lineColumns: ['Line', 'Outcome', 'Channel', 'Key', 'Detail'],
  recordColumns: ['Record', 'Type', 'Outcome', 'Channels', 'Added', 'Lines'],
  lineOutcomes: {
    accepted: 'recorded', duplicate: 'already known', opposed: 'opposed (opposition list)', rejected: 'refused',
    unknownPerson: 'unknown person', ambiguous: 'several people', invalidHistory: 'unreadable history',
  },
  recordOutcomes: { updated: 'updated', wouldUpdate: 'would be updated', gone: 'deleted' },
  fields: { status: 'status', date: 'date', source: 'source', proof: 'proof', channel: 'channel', key: 'person key', row: 'unreadable line' },
  problems: {
    badDate: 'not a calendar date (YYYY-MM-DD or DD/MM/YYYY)',
    missingDate: 'a consent needs the date it was collected (YYYY-MM-DD or DD/MM/YYYY)',
    futureDate: 'a consent cannot be dated after the day of the import (day and month swapped?)',
    missingProof: 'an opt-in needs its proof (wording shown or document reference)',
    unknownStatus: 'missing or unknown consent status',
    unknownSource: 'unknown consent source',
    unknownChannel: 'missing or unknown channel (email, sms, phone, postal)',
    noPersonKey: 'no usable person key (id, email address or phone number)',
    csvSyntax: 'CSV syntax error',
    cellCount: 'wrong number of cells',
  },
  keyKinds: { id: 'id', emailAddress: 'email', phoneNumber: 'phone' },
  datedToday: 'objection with no readable date or dated in the future: dated today',
  importTitle: (file, source, today, dryRun) => `${dryRun ? 'Import dry run' : 'Import'} of ${file} — ${source}, as of ${today}`,
  importSummary: (lines, counts, changed, unchanged, added) =>
    `${nEn(lines)} lines: ${counts}. Records changed: ${nEn(changed)}, already up to date: ${nEn(unchanged)}. Events added: ${nEn(added)}.`,
  ignoredColumns: (columns) => `Ignored columns: ${columns}.`,
  dryRunNote: 'Dry run: nothing was changed. Add --yes to write.',
  offlineNote: 'Offline: the CSV files are not modified; only this report tells what changed.',
  checkDescription: 'Tell for each person and channel whether marketing is allowed, with the reason and the legal reference',
  options: {
    json: 'one JSON line per person and channel', today: 'day of the marketing YYYY-MM-DD (default today)',
    dir: 'directory of CSV files (offline; default the bundled samples)', offline: 'read the files even when EspoCRM is configured',
    config: 'JSON configuration file (EspoCRM connection)', channel: 'one channel only: email, sms, phone or postal',
    stateDir: 'directory of the local files (salt and opposition list)',
    allIdentifiers: 'also match the e-mail addresses and phone numbers other than the primary ones against the opposition list (reads each record: one request per person)',
  },
  columns: ['Record', 'Type', 'Channel', 'Allowed', 'Rule', 'Reason'],
  channels: { email: 'email', sms: 'SMS', phone: 'phone', postal: 'postal' },
  yes: 'yes',
  no: 'no',
  title: (source, today) => `Marketing allowed per channel — ${source}, as of ${today}`,
  channelSummary: (channel, eligible, notEligible) => `${channel}: ${nEn(eligible)} allowed, ${nEn(notEligible)} not allowed`,
  rejectedEdit: (id, channel, field) => `${id}: ${channel} consent edit refused (field ${field})`,
  progress: (step, done) => `${stepLabel(step, 'en')}: ${formatCount('en', done)} people`,
  errors: {
    badToday: (value) => `--today expects a valid date YYYY-MM-DD, got "${value}"`,
    badChannel: (value) => `--channel expects email, sms, phone or postal, got "${value}"`,
  },
};

export const CONSENT_MESSAGES: Readonly<Record<RgpdLang, ConsentMessages>> = { fr, en };
