/** Texts of the `serve` command, in French and English. */
import type { CliLang } from './sample-messages';

export interface ServeMessages {
  readonly description: string;
  readonly options: Readonly<Record<'config' | 'model' | 'state' | 'webhooksFile' | 'host' | 'port', string>>;
  readonly listening: (url: string, webhookPath: string, webhooks: number) => string;
  readonly noWebhooks: string;
  readonly stopping: string;
  readonly stopped: string;
  readonly needsEspo: string;
  readonly badPort: (value: string) => string;
  /** Listening failed; `option` is the setting to change: an option, or the environment variable set. */
  readonly portInUse: (port: string, host: string, option: string) => string;
  readonly portDenied: (port: string, host: string, option: string) => string;
  readonly badHost: (host: string, option: string) => string;
  readonly listenFailed: (where: string, code: string) => string;
  readonly modelUnreadable: (path: string, code: string) => string;
}

const serveFr: ServeMessages = {
  description: 'Service permanent : passages planifiés, webhooks EspoCRM (recalcul en quelques secondes), /health',
  options: {
    config: 'fichier de configuration JSON (espo, serve)',
    model: 'fichier de modèle de score (YAML ou JSON)',
    state: 'fichier d’état (points de reprise, dernier passage)',
    webhooksFile: 'fichier des secrets des webhooks',
    host: 'adresse d’écoute (127.0.0.1 par défaut)',
    port: 'port d’écoute (8787 par défaut)',
  },
  listening: (url, path, count) => `AutoCible serve à l’écoute sur ${url} (webhooks : ${url}${path}, ${count} secret(s) chargé(s))`,
  noWebhooks: 'Aucun webhook enregistré : lancez « autocible webhooks register --url … » pour recevoir les modifications.',
  stopping: 'Arrêt : fin du lot en cours, sauvegarde de l’état…',
  stopped: 'Arrêté.',
  needsEspo: 'serve a besoin d’EspoCRM : définissez ESPO_URL et ESPO_API_KEY, ou un fichier de configuration.',
  badPort: (value) => `--port attend un numéro de port de 0 à 65535, reçu « ${value} »`,
  portInUse: (port, host, option) => `Le port ${port} de ${host} est déjà utilisé : arrêtez le programme qui l’occupe (un autre autocible serve ?) ou choisissez un autre port avec ${option}.`,
  portDenied: (port, host, option) => `Écoute sur le port ${port} de ${host} refusée : les ports sous 1024 demandent des droits d’administrateur, choisissez un autre port avec ${option}.`,
  badHost: (host, option) => `Impossible d’écouter sur l’adresse « ${host} » : elle n’est pas une adresse de cette machine. Corrigez ${option} (127.0.0.1 par défaut).`,
  listenFailed: (where, code) => `Impossible d’écouter sur ${where} (${code}).`,
  modelUnreadable: (path, code) => `Impossible de lire le fichier de --model ${path} (${code}) : vérifiez le chemin.`,
};

const serveEn: ServeMessages = {
  description: 'Long-running worker: scheduled runs, EspoCRM webhooks (rescoring within seconds), /health',
  options: {
    config: 'JSON configuration file (espo, serve)',
    model: 'scoring model file (YAML or JSON)',
    state: 'state file (checkpoints, last run)',
    webhooksFile: 'file of the webhook secrets',
    host: 'address to bind (127.0.0.1 by default)',
    port: 'port to listen on (8787 by default)',
  },
  listening: (url, path, count) => `AutoCible serve listening on ${url} (webhooks: ${url}${path}, ${count} secret(s) loaded)`,
  noWebhooks: 'No webhook registered: run "autocible webhooks register --url …" to receive changes.',
  stopping: 'Stopping: finishing the current batch, saving state…',
  stopped: 'Stopped.',
  needsEspo: 'serve needs EspoCRM: set ESPO_URL and ESPO_API_KEY, or a configuration file.',
  badPort: (value) => `--port expects a port number from 0 to 65535, got "${value}"`,
  portInUse: (port, host, option) => `Port ${port} on ${host} is already in use: stop the program holding it (another autocible serve?) or choose another port with ${option}.`,
  portDenied: (port, host, option) => `Listening on port ${port} of ${host} was refused: ports below 1024 need administrator rights, choose another port with ${option}.`,
  badHost: (host, option) => `Cannot listen on address "${host}": it is not an address of this machine. Fix ${option} (127.0.0.1 by default).`,
  listenFailed: (where, code) => `Cannot listen on ${where} (${code}).`,
  modelUnreadable: (path, code) => `Cannot read the --model file ${path} (${code}): check the path.`,
};

export const SERVE_MESSAGES: Readonly<Record<CliLang, ServeMessages>> = { fr: serveFr, en: serveEn };
