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
};

export const SERVE_MESSAGES: Readonly<Record<CliLang, ServeMessages>> = { fr: serveFr, en: serveEn };
