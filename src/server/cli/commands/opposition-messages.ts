/** Every text of `opposition check`, `opposition add` and `opposition remove`, in French and English. */
import type { OppositionKind } from '../../../core/consent';
import type { OppositionAction, OppositionReason } from '../../opposition';
import type { RgpdLang } from './retention-messages';

export interface OppositionMessages {
  readonly description: string;
  readonly checkDescription: string;
  readonly addDescription: string;
  readonly removeDescription: string;
  readonly options: Readonly<Record<'email' | 'phone' | 'stateDir' | 'json' | 'today' | 'yes' | 'reason', string>>;
  readonly columns: readonly string[];
  /** "e-mail #1": an identifier is never printed, only its kind and position. */
  readonly label: (kind: OppositionKind, index: number) => string;
  readonly yes: string;
  readonly no: string;
  readonly invalid: string;
  readonly reasons: Readonly<Record<OppositionReason, string>>;
  readonly actions: Readonly<Record<OppositionAction, string>>;
  readonly checkTitle: (stateDir: string) => string;
  readonly changeTitle: (change: 'add' | 'remove', stateDir: string, today: string, dryRun: boolean) => string;
  readonly checkSummary: (listed: number, valid: number, invalid: number) => string;
  readonly noSalt: (stateDir: string) => string;
  readonly saltWouldBeCreated: (stateDir: string) => string;
  readonly saltCreated: (stateDir: string) => string;
  readonly removedNote: string;
  readonly dryRunNote: string;
  readonly errors: {
    readonly noIdentifier: string;
    readonly invalidIdentifier: (label: string, kind: OppositionKind) => string;
    readonly badToday: (value: string) => string;
    /** `--yes` with a `--today` after the dealership's today: the list would carry a day not yet come. */
    readonly futureToday: (value: string, today: string) => string;
    readonly badReason: (value: string) => string;
  };
}

const fr: OppositionMessages = {
  description: 'Consulte et modifie la liste d’opposition (adresses et numéros hachés)',
  checkDescription: 'Dit si chaque adresse e-mail ou numéro de téléphone donné est sur la liste d’opposition, sans les afficher',
  addDescription: 'Ajoute à la liste d’opposition une personne qui s’y est opposée par téléphone ou par courrier (simulation sans --yes)',
  removeDescription: 'Retire de la liste d’opposition une personne qui a donné un nouveau consentement prouvé (simulation sans --yes)',
  options: {
    email: 'adresse e-mail (répétable)', phone: 'numéro de téléphone, français ou E.164 (répétable)',
    stateDir: 'dossier des fichiers locaux (sel, journal, liste d’opposition)', json: 'un objet JSON par identifiant (ni l’identifiant ni son hachage)',
    today: 'date inscrite sur la liste AAAA-MM-JJ (par défaut aujourd’hui)', yes: 'enregistre réellement (journal d’audit puis liste)',
    reason: 'motif : objection (le seul possible à la main ; retention est réservé à retention apply)',
  },
  columns: ['Identifiant', 'Sur la liste', 'Ajouté le', 'Motif', 'Action'],
  label: (kind, index) => `${kind === 'email' ? 'e-mail' : 'téléphone'} #${index}`,
  yes: 'oui',
  no: 'non',
  invalid: 'invalide',
  reasons: { retention: 'fin de conservation', objection: 'opposition' },
  actions: {
    added: 'ajouté', wouldAdd: 'serait ajouté', alreadyListed: 'déjà sur la liste', removed: 'retiré', wouldRemove: 'serait retiré',
    notListed: 'pas sur la liste', duplicate: 'même personne qu’un identifiant précédent',
  },
  checkTitle: (stateDir) => `Liste d’opposition — ${stateDir}`,
  changeTitle: (change, stateDir, today, dryRun) =>
    `${change === 'add' ? 'Ajout à' : 'Retrait de'} la liste d’opposition${dryRun ? ' (simulation)' : ''} — ${stateDir}, au ${today}`,
  checkSummary: (listed, valid, invalid) => `${listed} sur ${valid} identifiants valides sont sur la liste. Identifiants invalides : ${invalid}.`,
  noSalt: (stateDir) => `Pas de sel dans ${stateDir} : rien n’a jamais été inscrit sur la liste de cette installation, personne n’y est.`,
  saltWouldBeCreated: (stateDir) => `Pas encore de sel dans ${stateDir} : --yes le créera avant d’ajouter (sauvegardez-le avec la liste).`,
  saltCreated: (stateDir) => `Sel créé dans ${stateDir} : sauvegardez-le avec opposition.jsonl, la liste est inutilisable sans lui.`,
  removedNote: 'consent sync n’ajoutera plus d’opposition pour ces personnes ; enregistrez le nouveau consentement et sa preuve avec consent import.',
  dryRunNote: 'Simulation : rien n’a été écrit. Ajoutez --yes pour enregistrer.',
  errors: {
    noIdentifier: 'donnez au moins une adresse (--email) ou un numéro (--phone)',
    invalidIdentifier: (label, kind) => `${label} : ${kind === 'email' ? 'pas une adresse e-mail' : 'pas un numéro de téléphone français ou E.164'}`,
    badToday: (value) => `--today attend une date AAAA-MM-JJ valide, reçu « ${value} »`,
    futureToday: (value, today) => `--today ${value} est après aujourd’hui (${today}) : la liste d’opposition ne porte pas de date à venir (sans --yes, la simulation l’accepte).`,
    badReason: (value) => `--reason attend objection, reçu « ${value} » (retention est réservé à retention apply)`,
  },
};

const en: OppositionMessages = {
  description: 'Look up and change the opposition list (hashed e-mail addresses and phone numbers)',
  checkDescription: 'Tell whether each e-mail address or phone number given is on the opposition list, without printing them',
  addDescription: 'Add to the opposition list a person who objected by phone or letter (dry run without --yes)',
  removeDescription: 'Take off the opposition list a person who gave a new, proven consent (dry run without --yes)',
  options: {
    email: 'e-mail address (repeatable)', phone: 'phone number, French or E.164 (repeatable)',
    stateDir: 'directory of the local files (salt, audit log, opposition list)', json: 'one JSON object per identifier (neither the identifier nor its hash)',
    today: 'day written on the list YYYY-MM-DD (default today)', yes: 'really write (audit log, then list)',
    reason: 'reason: objection (the only one by hand; retention belongs to retention apply)',
  },
  columns: ['Identifier', 'Listed', 'Added on', 'Reason', 'Action'],
  label: (kind, index) => `${kind === 'email' ? 'e-mail' : 'phone'} #${index}`,
  yes: 'yes',
  no: 'no',
  invalid: 'invalid',
  reasons: { retention: 'end of retention', objection: 'objection' },
  actions: {
    added: 'added', wouldAdd: 'would be added', alreadyListed: 'already listed', removed: 'removed', wouldRemove: 'would be removed',
    notListed: 'not listed', duplicate: 'same person as an earlier identifier',
  },
  checkTitle: (stateDir) => `Opposition list — ${stateDir}`,
  changeTitle: (change, stateDir, today, dryRun) =>
    `${change === 'add' ? 'Adding to' : 'Removing from'} the opposition list${dryRun ? ' (dry run)' : ''} — ${stateDir}, as of ${today}`,
  checkSummary: (listed, valid, invalid) => `${listed} of ${valid} valid identifiers are listed. Invalid identifiers: ${invalid}.`,
  noSalt: (stateDir) => `No salt in ${stateDir}: nothing was ever listed on this installation, so nobody is listed.`,
  saltWouldBeCreated: (stateDir) => `No salt yet in ${stateDir}: --yes will create it before adding (back it up with the list).`,
  saltCreated: (stateDir) => `Salt created in ${stateDir}: back it up with opposition.jsonl, the list is useless without it.`,
  removedNote: 'consent sync will no longer add objections for these people; record the new opt-in and its proof with consent import.',
  dryRunNote: 'Dry run: nothing was written. Add --yes to write.',
  errors: {
    noIdentifier: 'give at least one address (--email) or number (--phone)',
    invalidIdentifier: (label, kind) => `${label}: ${kind === 'email' ? 'not an e-mail address' : 'not a French or E.164 phone number'}`,
    badToday: (value) => `--today expects a valid date YYYY-MM-DD, got "${value}"`,
    futureToday: (value, today) => `--today ${value} is after today (${today}): the opposition list carries no day yet to come (without --yes, the dry run accepts it).`,
    badReason: (value) => `--reason expects objection, got "${value}" (retention belongs to retention apply)`,
  },
};

export const OPPOSITION_MESSAGES: Readonly<Record<RgpdLang, OppositionMessages>> = { fr, en };
