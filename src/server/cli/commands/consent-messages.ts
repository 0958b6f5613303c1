/** Every text of `consent check`, in French and English. */
import type { ConsentChannel } from '../../../core/consent';
import type { RgpdLang } from './retention-messages';

export interface ConsentMessages {
  readonly description: string;
  readonly checkDescription: string;
  readonly options: Readonly<Record<'json' | 'today' | 'dir' | 'offline' | 'config' | 'channel' | 'stateDir', string>>;
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
  description: 'consentements et règles de prospection par canal',
  checkDescription: 'dit pour chaque personne et chaque canal si la prospection est permise, avec la raison et le texte applicable',
  options: {
    json: 'une ligne JSON par personne et par canal', today: 'date de la prospection AAAA-MM-JJ (par défaut aujourd’hui)',
    dir: 'dossier de fichiers CSV (hors ligne ; par défaut les exemples fournis)', offline: 'lit les fichiers même si EspoCRM est configuré',
    config: 'fichier de configuration JSON (connexion EspoCRM)', channel: 'un seul canal : email, sms, phone ou postal',
    stateDir: 'dossier des fichiers locaux (sel et liste d’opposition)',
  },
  columns: ['Fiche', 'Type', 'Canal', 'Permis', 'Règle', 'Raison'],
  channels: { email: 'e-mail', sms: 'SMS', phone: 'téléphone', postal: 'courrier' },
  yes: 'oui',
  no: 'non',
  title: (source, today) => `Prospection permise par canal — ${source}, au ${today}`,
  channelSummary: (channel, eligible, notEligible) => `${channel} : ${eligible} permis, ${notEligible} non permis`,
  rejectedEdit: (id, channel, field) => `${id} : saisie du consentement ${channel} refusée (champ ${field})`,
  progress: (step, done) => `${step} : ${done} personnes`,
  errors: {
    badToday: (value) => `--today attend une date AAAA-MM-JJ valide, reçu « ${value} »`,
    badChannel: (value) => `--channel attend email, sms, phone ou postal, reçu « ${value} »`,
  },
};

const en: ConsentMessages = {
  description: 'consent and marketing rules per channel',
  checkDescription: 'tells for each person and channel whether marketing is allowed, with the reason and the legal reference',
  options: {
    json: 'one JSON line per person and channel', today: 'day of the marketing YYYY-MM-DD (default today)',
    dir: 'directory of CSV files (offline; default the bundled samples)', offline: 'read the files even when EspoCRM is configured',
    config: 'JSON configuration file (EspoCRM connection)', channel: 'one channel only: email, sms, phone or postal',
    stateDir: 'directory of the local files (salt and opposition list)',
  },
  columns: ['Record', 'Type', 'Channel', 'Allowed', 'Rule', 'Reason'],
  channels: { email: 'email', sms: 'SMS', phone: 'phone', postal: 'postal' },
  yes: 'yes',
  no: 'no',
  title: (source, today) => `Marketing allowed per channel — ${source}, as of ${today}`,
  channelSummary: (channel, eligible, notEligible) => `${channel}: ${eligible} allowed, ${notEligible} not allowed`,
  rejectedEdit: (id, channel, field) => `${id}: ${channel} consent edit refused (field ${field})`,
  progress: (step, done) => `${step}: ${done} people`,
  errors: {
    badToday: (value) => `--today expects a valid date YYYY-MM-DD, got "${value}"`,
    badChannel: (value) => `--channel expects email, sms, phone or postal, got "${value}"`,
  },
};

export const CONSENT_MESSAGES: Readonly<Record<RgpdLang, ConsentMessages>> = { fr, en };
