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
  /** A reused webhook an administrator had deactivated: EspoCRM sends nothing for it until it is active again. */
  readonly reactivated: (event: string, id: string) => string;
  readonly removed: (event: string, id: string) => string;
  /** A webhook for the URL the secrets file did not hold (a create whose answer was lost), deleted. */
  readonly unrecordedRemoved: (event: string, id: string) => string;
  /** The same, where EspoCRM refused the DELETE. */
  readonly unrecordedLeft: (event: string, id: string) => string;
  readonly none: string;
  readonly badUrl: (value: string) => string;
  /** The URL's path is not the one `serve` receives deliveries on. */
  readonly badPath: (value: string, path: string) => string;
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
  reactivated: (event, id) => `réactivé ${event}  ${id} (il était désactivé : EspoCRM n’envoyait rien)`,
  removed: (event, id) => `supprimé ${event}  ${id}`,
  unrecordedRemoved: (event, id) => `supprimé ${event}  ${id} (secret inconnu : création dont la réponse s’est perdue)`,
  unrecordedLeft: (event, id) => `Le webhook ${event} ${id} vers cette adresse a été créé sans que son secret soit reçu et EspoCRM refuse de le supprimer : `
    + 'un administrateur doit le supprimer (Administration > Webhooks), ses envois ne peuvent pas être vérifiés.',
  none: 'Aucun webhook enregistré.',
  badUrl: (value) => `--url attend une adresse http(s), reçu « ${value} »`,
  badPath: (value, path) => `--url doit se terminer par le chemin ${path}, le seul où autocible serve reçoit les envois, derrière le préfixe d’un proxy s’il y en a un (reçu « ${value} ») : `
    + `EspoCRM recevrait une erreur 404 à chaque envoi. Exemple : http://127.0.0.1:8787${path}`,
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
  reactivated: (event, id) => `reactivated  ${event}  ${id} (it was deactivated: EspoCRM sent nothing)`,
  removed: (event, id) => `removed ${event}  ${id}`,
  unrecordedRemoved: (event, id) => `removed ${event}  ${id} (secret unknown: a create whose answer was lost)`,
  unrecordedLeft: (event, id) => `Webhook ${event} ${id} to this address was created without its secret reaching AutoCible, and EspoCRM refuses to delete it: `
    + 'an administrator must delete it (Administration > Webhooks); its deliveries cannot be verified.',
  none: 'No webhook registered.',
  badUrl: (value) => `--url expects an http(s) address, got "${value}"`,
  badPath: (value, path) => `--url must end with the path ${path}, the only one where autocible serve receives deliveries, after a reverse proxy's prefix if any (got "${value}"): `
    + `EspoCRM would get a 404 for every delivery. Example: http://127.0.0.1:8787${path}`,
  secretsKept: (file) => `Secrets saved to ${file} (mode 0600); they are never printed.`,
};

export const WEBHOOKS_MESSAGES: Readonly<Record<CliLang, WebhooksMessages>> = { fr: webhooksFr, en: webhooksEn };
