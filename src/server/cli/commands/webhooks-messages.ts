/** Texts of the `webhooks` command, in French and English. */
import type { CliLang } from './sample-messages';

export interface WebhooksMessages {
  readonly description: string;
  readonly register: string;
  readonly list: string;
  readonly remove: string;
  readonly options: Readonly<Record<'url' | 'config' | 'webhooksFile' | 'id' | 'json', string>>;
  readonly created: (event: string, id: string) => string;
  readonly reused: (event: string, id: string) => string;
  readonly removed: (event: string, id: string) => string;
  readonly none: string;
  readonly badUrl: (value: string) => string;
  readonly secretsKept: (file: string) => string;
}

const webhooksFr: WebhooksMessages = {
  description: 'Gère les webhooks EspoCRM qui déclenchent le recalcul des scores',
  register: 'Crée les webhooks Contact/Lead/Account/AutoCibleVehicle .create et .update (réutilise ceux qui existent)',
  list: 'Liste les webhooks enregistrés (sans leurs secrets)',
  remove: 'Supprime les webhooks enregistrés',
  options: {
    url: 'adresse du récepteur, ex. http://127.0.0.1:8787/webhooks/espocrm',
    config: 'fichier de configuration JSON',
    webhooksFile: 'fichier des secrets des webhooks (droits 0600)',
    id: 'ne supprime que ce webhook (répétable)',
    json: 'sortie JSON',
  },
  created: (event, id) => `créé    ${event}  ${id}`,
  reused: (event, id) => `existant ${event}  ${id}`,
  removed: (event, id) => `supprimé ${event}  ${id}`,
  none: 'Aucun webhook enregistré.',
  badUrl: (value) => `--url attend une adresse http(s), reçu « ${value} »`,
  secretsKept: (file) => `Secrets enregistrés dans ${file} (droits 0600) ; ils ne sont jamais affichés.`,
};

const webhooksEn: WebhooksMessages = {
  description: 'Manage the EspoCRM webhooks that trigger rescoring',
  register: 'Create the Contact/Lead/Account/AutoCibleVehicle .create and .update webhooks (existing ones are reused)',
  list: 'List the registered webhooks (never their secrets)',
  remove: 'Delete the registered webhooks',
  options: {
    url: 'receiver address, e.g. http://127.0.0.1:8787/webhooks/espocrm',
    config: 'JSON configuration file',
    webhooksFile: 'file of the webhook secrets (mode 0600)',
    id: 'delete only this webhook (repeatable)',
    json: 'JSON output',
  },
  created: (event, id) => `created ${event}  ${id}`,
  reused: (event, id) => `exists  ${event}  ${id}`,
  removed: (event, id) => `removed ${event}  ${id}`,
  none: 'No webhook registered.',
  badUrl: (value) => `--url expects an http(s) address, got "${value}"`,
  secretsKept: (file) => `Secrets saved to ${file} (mode 0600); they are never printed.`,
};

export const WEBHOOKS_MESSAGES: Readonly<Record<CliLang, WebhooksMessages>> = { fr: webhooksFr, en: webhooksEn };
