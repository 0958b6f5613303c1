/** Every text of `autocible register`, in French and English. */
import type { RgpdLang } from './retention-messages';

export interface RegisterMessages {
  readonly description: string;
  readonly options: Readonly<Record<'config' | 'out' | 'lang' | 'today' | 'policy', string>>;
  readonly exampleConfig: (path: string) => string;
  readonly written: (path: string) => string;
  readonly errors: Readonly<Record<'badToday' | 'badLang', (value: string) => string>>;
}

const fr: RegisterMessages = {
  description: 'Génère le registre des activités de traitement (RGPD art. 30) en Markdown et CSV',
  options: {
    config: 'fichier de configuration du registre (par défaut register.json, sinon l’exemple fourni)',
    out: 'dossier de sortie (par défaut ./register)', lang: 'langue du registre : fr (par défaut) ou en',
    today: 'date de génération AAAA-MM-JJ (par défaut aujourd’hui)',
    policy: 'durées de conservation choisies (fichier de `retention --policy`) ; par défaut celles du référentiel CNIL',
  },
  exampleConfig: (path) => `Attention : registre généré avec la configuration d’exemple (${path}). Copiez-la en register.json et adaptez-la à votre concession.`,
  written: (path) => `Écrit : ${path}`,
  errors: {
    badToday: (value) => `--today attend une date AAAA-MM-JJ valide, reçu « ${value} »`,
    badLang: (value) => `--lang attend fr ou en, reçu « ${value} »`,
  },
};

const en: RegisterMessages = {
  description: 'Generate the record of processing activities (GDPR art. 30) as Markdown and CSV',
  options: {
    config: 'register configuration file (default register.json, else the bundled example)',
    out: 'output directory (default ./register)', lang: 'language of the register: fr (default) or en',
    today: 'generation date YYYY-MM-DD (default today)',
    policy: 'retention durations chosen (the file of `retention --policy`); default: the CNIL référentiel’s',
  },
  exampleConfig: (path) => `Warning: register generated from the example configuration (${path}). Copy it to register.json and adapt it to your dealership.`,
  written: (path) => `Written: ${path}`,
  errors: {
    badToday: (value) => `--today expects a valid date YYYY-MM-DD, got "${value}"`,
    badLang: (value) => `--lang expects fr or en, got "${value}"`,
  },
};

export const REGISTER_MESSAGES: Readonly<Record<RgpdLang, RegisterMessages>> = { fr, en };
