/**
 * Webhooks EspoCRM holds for the receiver's URL that the secrets file does not. `POST Webhook` gives the
 * `secretKey` once, in its answer (§4.9, recordings `webhook-create*.json`). A create whose answer was lost
 * (timeout, network error, 5xx, an answer that could not be read) may still have created one, and `serve` could
 * never verify its deliveries. They are found by listing the webhooks for the URL and events (EspoCRM lists an API
 * user's own webhooks only: core `Select/Webhook/AccessControlFilters/Mandatory`) and deleted. Only those the
 * connecting user created (`createdById`): an administrator's credentials also list other users' webhooks, and
 * another user's webhook is not ours to delete.
 */
import type { EspoClient } from '../espo';
import { isEspoContractError, isEspoHttpError, isEspoNetworkError, isEspoTimeoutError, where as w } from '../espo';

/** A webhook as it may be shown: never its secret. */
export interface UnrecordedWebhook {
  readonly id: string;
  readonly event: string;
  readonly url: string;
}

export interface UnrecordedCleanup {
  /** Deleted (or already gone: 404). */
  readonly removed: readonly UnrecordedWebhook[];
  /** EspoCRM refused the DELETE (403): an administrator must delete them (Administration > Webhooks). */
  readonly refused: readonly UnrecordedWebhook[];
}

export const NOTHING_UNRECORDED: UnrecordedCleanup = { removed: [], refused: [] };

/**
 * True when a failed `POST Webhook` may still have created the webhook: no answer (timeout, network error), a
 * server error, or a 2xx answer that could not be read. A 4xx is a refusal: nothing was created.
 */
export function mayHaveCreated(error: unknown): boolean {
  if (isEspoHttpError(error)) return error.status >= 500;
  return isEspoTimeoutError(error) || isEspoNetworkError(error) || isEspoContractError(error);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Whose webhooks may be deleted, and which of them are recorded (their secret is known). */
export interface WebhookOwner {
  /** The connecting user's id (`GET App/user`). */
  readonly userId: string;
  readonly recorded: ReadonlySet<string>;
}

/**
 * The webhooks `owner` created for `url` and one of `events` whose id is not recorded. Only id, event, URL and
 * creator are read.
 */
export async function findUnrecorded(
  client: EspoClient, url: string, events: readonly string[], owner: WebhookOwner, signal?: AbortSignal,
): Promise<UnrecordedWebhook[]> {
  const found: UnrecordedWebhook[] = [];
  const pages = client.iterate('Webhook', {
    select: ['id', 'event', 'url', 'createdById'],
    where: [w.equals('url', url), w.in('event', [...events]), w.equals('createdById', owner.userId)],
    ...(signal ? { signal } : {}),
  });
  for await (const record of pages) {
    // Checked again here: the where items are the host's to honour, the decision to delete is ours.
    const webhook = { id: record.id, event: text(record.event), url: text(record.url) };
    const ours = record.createdById === owner.userId && webhook.url === url && events.includes(webhook.event);
    if (ours && !owner.recorded.has(webhook.id)) found.push(webhook);
  }
  return found;
}

/** Deletes the unrecorded webhooks for `url` and `events`; a 404 counts as deleted, a 403 is reported. */
export async function removeUnrecorded(
  client: EspoClient, url: string, events: readonly string[], owner: WebhookOwner, signal?: AbortSignal,
): Promise<UnrecordedCleanup> {
  const removed: UnrecordedWebhook[] = [];
  const refused: UnrecordedWebhook[] = [];
  for (const webhook of await findUnrecorded(client, url, events, owner, signal)) {
    try {
      await client.deleteWebhook(webhook.id, signal ? { signal } : {});
      removed.push(webhook);
    } catch (error) {
      if (isEspoHttpError(error) && error.status === 404) removed.push(webhook);
      else if (isEspoHttpError(error) && error.status === 403) refused.push(webhook);
      else throw error;
    }
  }
  return { removed, refused };
}

/** Both clean-ups as one; a webhook refused then deleted counts as deleted. */
export function mergeCleanups(a: UnrecordedCleanup, b: UnrecordedCleanup): UnrecordedCleanup {
  const removed = [...a.removed, ...b.removed.filter((x) => !a.removed.some((y) => y.id === x.id))];
  const refused = [...a.refused, ...b.refused].filter((x, index, all) =>
    !removed.some((y) => y.id === x.id) && all.findIndex((y) => y.id === x.id) === index);
  return { removed, refused };
}
