/**
 * Registers the webhooks `serve` listens to (§4.9: `POST Webhook` answers 201 with the `secretKey` that signs
 * deliveries) and keeps each secret in the 0600 secrets file. Idempotent: a webhook already in the file for the
 * same event, URL and CRM is reused, unless EspoCRM says it no longer exists (404).
 */
import type { EspoClient } from '../espo';
import { isEspoHttpError } from '../espo';
import { readWebhooks, writeWebhooks } from '../state';
import type { RegisteredWebhook } from '../state';

/** Record changes that can move a score; deletes need no rescoring. */
export const WEBHOOK_EVENTS: readonly string[] = ['Contact', 'Lead', 'Account', 'AutoCibleVehicle']
  .flatMap((entityType) => [`${entityType}.create`, `${entityType}.update`]);

export interface RegisterResult {
  readonly created: readonly RegisteredWebhook[];
  readonly reused: readonly RegisteredWebhook[];
}

export interface WebhookFileOptions {
  readonly file: string;
  /** The CRM the webhooks belong to (`config.espo.url`). */
  readonly espoUrl: string;
  readonly signal?: AbortSignal;
}

/** True unless EspoCRM answers 404 for it; any other failure keeps the local entry (and is logged by the caller). */
async function stillExists(client: EspoClient, id: string, signal?: AbortSignal): Promise<boolean> {
  try {
    await client.get('Webhook', id, signal ? { signal } : {});
    return true;
  } catch (error) {
    if (isEspoHttpError(error) && error.status === 404) return false;
    if (isEspoHttpError(error)) return true;
    throw error;
  }
}

export async function registerWebhooks(client: EspoClient, url: string, options: WebhookFileOptions): Promise<RegisterResult> {
  const file = await readWebhooks(options.file);
  const sameCrm = file.espoUrl === undefined || file.espoUrl === options.espoUrl;
  const kept: RegisteredWebhook[] = sameCrm ? [...file.webhooks] : [];
  const created: RegisteredWebhook[] = [];
  const reused: RegisteredWebhook[] = [];
  const call = options.signal ? { signal: options.signal } : {};
  for (const event of WEBHOOK_EVENTS) {
    const existing = kept.find((w) => w.event === event && w.url === url);
    if (existing !== undefined && (await stillExists(client, existing.id, options.signal))) {
      reused.push(existing);
      continue;
    }
    // skipOwn: the job's own score writes (same API user) must not come back as deliveries.
    const webhook = await client.createWebhook({ event, url, isActive: true, skipOwn: true }, call);
    const entry = { id: webhook.id, event, url, secretKey: webhook.secretKey };
    created.push(entry);
    kept.splice(0, kept.length, ...kept.filter((w) => w !== existing), entry);
    // Saved after each creation: a failure halfway must not lose the secrets already issued.
    await writeWebhooks(options.file, { version: 1, espoUrl: options.espoUrl, webhooks: kept });
  }
  return { created, reused };
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
