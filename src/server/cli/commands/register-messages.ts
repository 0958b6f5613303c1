/** Every text of `autocible register`, in French and English. */
import type { RgpdLang } from './retention-messages';
import type { WriteProblem } from './write-problem';

export interface RegisterMessages {
  readonly description: string;
  readonly options: Readonly<Record<'config' | 'out' | 'lang' | 'today' | 'policy', string>>;
  readonly exampleConfig: (path: string) => string;
  readonly written: (path: string) => string;
  readonly errors: Readonly<Record<'badToday' | 'badLang', (value: string) => string>>;
  /** The register cannot be written to `--out` (`dir`); `path` is what failed: the folder or one of its files. */
  readonly outDir: Readonly<Record<WriteProblem, (dir: string, path: string, code: string) => string>>;
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
  outDir: {
    notDirectory: (dir) => `--out ${dir} n’est pas un dossier (ou un élément de son chemin est un fichier) : indiquez un dossier, par exemple --out registre.`,
    isDirectory: (_dir, path) => `Impossible d’écrire ${path} : c’est un dossier. Supprimez-le ou choisissez un autre dossier pour --out.`,
    denied: (dir) => `Impossible d’écrire le registre dans --out ${dir} : permission refusée. Choisissez un autre dossier.`,
    diskFull: (dir) => `Impossible d’écrire le registre dans --out ${dir} : le disque est plein.`,
    failed: (dir, _path, code) => `Impossible d’écrire le registre dans --out ${dir} (${code}).`,
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
  outDir: {
    notDirectory: (dir) => `--out ${dir} is not a folder (or part of its path is a file): give a folder, e.g. --out register.`,
    isDirectory: (_dir, path) => `Cannot write ${path}: it is a folder. Remove it or choose another --out folder.`,
    denied: (dir) => `Cannot write the register to --out ${dir}: permission denied. Choose another folder.`,
    diskFull: (dir) => `Cannot write the register to --out ${dir}: the disk is full.`,
    failed: (dir, _path, code) => `Cannot write the register to --out ${dir} (${code}).`,
  },
};

export const REGISTER_MESSAGES: Readonly<Record<RgpdLang, RegisterMessages>> = { fr, en };
