/**
 * Registers the webhooks `serve` listens to (§4.9: `POST Webhook` answers 201 with the `secretKey` that signs
 * deliveries) and keeps each secret in the 0600 secrets file. Idempotent: a webhook already in the file for the
 * same event, URL and CRM is reused (made active again if an administrator deactivated it), unless EspoCRM says it
 * no longer exists (404). A webhook for the URL that
 * the file does not hold (a create whose answer was lost) is deleted: `serve` could not verify its deliveries.
 */
import type { EspoClient } from '../espo';
import type { EspoWebhook } from '../espo';
import { isEspoHttpError } from '../espo';
import { readWebhooks, writeWebhooks } from '../state';
import type { RegisteredWebhook } from '../state';
import { mayHaveCreated, mergeCleanups, NOTHING_UNRECORDED, removeUnrecorded } from './unrecorded-webhooks';
import type { UnrecordedCleanup, UnrecordedWebhook } from './unrecorded-webhooks';

/** Record changes that can move a score; deletes need no rescoring. */
export const WEBHOOK_EVENTS: readonly string[] = ['Contact', 'Lead', 'Account', 'AutoCibleVehicle']
  .flatMap((entityType) => [`${entityType}.create`, `${entityType}.update`]);

export interface RegisterResult {
  readonly created: readonly RegisteredWebhook[];
  readonly reused: readonly RegisteredWebhook[];
  /** Among the reused, those an administrator had deactivated, made active again. */
  readonly reactivated: readonly RegisteredWebhook[];
  /** Webhooks for the URL and events that the file did not hold (their secret unknown), deleted. */
  readonly unrecordedRemoved: readonly UnrecordedWebhook[];
  /** The same, where EspoCRM refused the DELETE: an administrator must delete them. */
  readonly unrecordedLeft: readonly UnrecordedWebhook[];
}

export interface WebhookFileOptions {
  readonly file: string;
  /** The CRM the webhooks belong to (`config.espo.url`). */
  readonly espoUrl: string;
  readonly signal?: AbortSignal;
}

/**
 * Whether the webhook still exists, and is active: EspoCRM queues events only for active webhooks
 * (`Core/Webhook/Queue.php`), so one an administrator deactivated would never deliver. `gone` on a 404. A refusal
 * (401, 403) is the run's failure, not an answer about the webhook; a server error keeps the local entry.
 */
async function webhookState(client: EspoClient, id: string, signal?: AbortSignal): Promise<'active' | 'inactive' | 'gone'> {
  try {
    const record = await client.get('Webhook', id, signal ? { signal } : {});
    if (record === null) return 'gone';
    return record.isActive === false ? 'inactive' : 'active';
  } catch (error) {
    if (isEspoHttpError(error) && error.status === 404) return 'gone';
    if (isEspoHttpError(error) && error.status !== 401 && error.status !== 403) return 'active';
    throw error;
  }
}

export async function registerWebhooks(client: EspoClient, url: string, options: WebhookFileOptions): Promise<RegisterResult> {
  const file = await readWebhooks(options.file);
  const sameCrm = file.espoUrl === undefined || file.espoUrl === options.espoUrl;
  const kept: RegisteredWebhook[] = sameCrm ? [...file.webhooks] : [];
  const created: RegisteredWebhook[] = [];
  const reused: RegisteredWebhook[] = [];
  const reactivated: RegisteredWebhook[] = [];
  let cleanup: UnrecordedCleanup = NOTHING_UNRECORDED;
  let userId: string | undefined;
  const sweep = async (events: readonly string[]): Promise<void> => {
    userId ??= (await client.getAppUser(options.signal ? { signal: options.signal } : {})).user.id;
    const owner = { userId, recorded: new Set(kept.map((w) => w.id)) };
    cleanup = mergeCleanups(cleanup, await removeUnrecorded(client, url, events, owner, options.signal));
  };
  for (const event of WEBHOOK_EVENTS) {
    const existing = kept.find((w) => w.event === event && w.url === url);
    const state = existing === undefined ? 'gone' : await webhookState(client, existing.id, options.signal);
    if (existing !== undefined && state !== 'gone') {
      if (state === 'inactive') {
        await client.update('Webhook', existing.id, { isActive: true }, options.signal ? { signal: options.signal } : {});
        reactivated.push(existing);
      }
      reused.push(existing);
      continue;
    }
    const webhook = await createSettled(client, event, url, sweep, options.signal);
    const entry = { id: webhook.id, event, url, secretKey: webhook.secretKey };
    created.push(entry);
    kept.splice(0, kept.length, ...kept.filter((w) => w !== existing), entry);
    // Saved after each creation: a failure halfway must not lose the secrets already issued.
    await writeWebhooks(options.file, { version: 1, espoUrl: options.espoUrl, webhooks: kept });
  }
  // Also those an earlier, interrupted run left, and a create that went through after its retry's check.
  await sweep(WEBHOOK_EVENTS);
  return { created, reused, reactivated, unrecordedRemoved: cleanup.removed, unrecordedLeft: cleanup.refused };
}

/**
 * `POST Webhook`, once more after a failure that may have created it anyway (its secret was in the lost answer):
 * the webhook it may have left is deleted first. A 4xx is a refusal and is thrown as is. A second such failure is
 * thrown after the same clean-up; whatever it could not delete, the next `register` does.
 */
async function createSettled(
  client: EspoClient, event: string, url: string, sweep: (events: readonly string[]) => Promise<void>, signal?: AbortSignal,
): Promise<EspoWebhook> {
  // skipOwn: the job's own score writes (same API user) must not come back as deliveries.
  const create = async (): Promise<EspoWebhook> => client.createWebhook({ event, url, isActive: true, skipOwn: true }, signal ? { signal } : {});
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await create();
    } catch (error) {
      if (!mayHaveCreated(error) || signal?.aborted === true) throw error;
      await sweep([event]);
      if (attempt >= 2) throw error;
    }
  }
}

/** Deletes the listed webhooks (all registered ones by default) in EspoCRM and from the file; a 404 counts as gone. */
export async function removeWebhooks(client: EspoClient, ids: readonly string[] | null, options: WebhookFileOptions): Promise<readonly RegisteredWebhook[]> {
  const file = await readWebhooks(options.file);
  const removed: RegisteredWebhook[] = [];
  let left = [...file.webhooks];
  for (const webhook of file.webhooks.filter((w) => ids === null || ids.includes(w.id))) {
    try {
      await client.deleteWebhook(webhook.id, options.signal ? { signal: options.signal } : {});
    } catch (error) {
      if (!isEspoHttpError(error) || error.status !== 404) throw error;
    }
    removed.push(webhook);
    left = left.filter((w) => w.id !== webhook.id);
    await writeWebhooks(options.file, { ...file, webhooks: left });
  }
  return removed;
}
