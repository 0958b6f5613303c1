/**
 * The HTTP side of `serve`: `POST /webhooks/espocrm` and `GET /health`. A delivery is answered as soon as it is
 * authenticated, and its records saved in the state file and queued; rescoring happens after the debounce. Status
 * codes follow what EspoCRM does with them (§4.9): 2xx delivered; 401, 403, 404, 405, 503 sent again, 4 attempts in
 * all 10 minutes apart (core `Webhook/Queue.php`: `MAX_ATTEMPT_NUMBER` counts the first); 400 and other 4xx dropped at
 * once. So a bad or missing signature is a 401 (an admin has ~30 minutes to fix a secret before the delivery is lost;
 * the nightly full run catches up anything lost), records
 * that could not be saved a 503, and only a body that can never be processed is a 400.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RegisteredWebhook } from '../state';
import type { Debouncer, RescoreTargets } from './debouncer';
import { targetsOf } from './debouncer';
import { deliveryRequests } from './deliveries';
import { authenticateDelivery } from './webhook-auth';
import type { ScoreWorker, WorkerLog } from './worker';
import { errorCode } from './worker';

export const WEBHOOK_PATH = '/webhooks/espocrm';

export interface HandlerDeps {
  readonly webhooks: () => readonly RegisteredWebhook[];
  /** Re-reads the secrets file (a `webhooks register` while serve runs); called once per unknown webhook id. */
  readonly reloadWebhooks: () => Promise<void>;
  readonly debouncer: Debouncer;
  /**
   * Saves a delivery's records in the state file, then calls `queue` and returns what it returns; throws when they
   * could not be saved. A 200 then means they are kept, even through a crash (`PendingRecords.received`).
   */
  readonly keep: (targets: RescoreTargets, queue: () => boolean) => Promise<boolean>;
  readonly worker: ScoreWorker;
  readonly maxBodyBytes: number;
  readonly isStopping: () => boolean;
  readonly log: WorkerLog;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/**
 * 503 is retried by EspoCRM: a delivery arriving during shutdown comes back after the restart. The connection is
 * closed with the answer, so that a kept-alive one does not hold the shutdown until its idle timeout.
 */
function refuseStopping(res: ServerResponse): void {
  send(res, 503, { error: 'stopping' }, { connection: 'close' });
}

/** The raw body (signatures are over the exact bytes), or null when it is larger than `limit`. */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

async function handleDelivery(req: IncomingMessage, res: ServerResponse, deps: HandlerDeps): Promise<void> {
  const raw = await readBody(req, deps.maxBodyBytes);
  if (raw === null) {
    send(res, 413, { error: 'tooLarge' });
    req.destroy();
    return;
  }
  let auth = authenticateDelivery(raw, req.headers, deps.webhooks());
  if (!auth.ok && auth.reason === 'unknownWebhook') {
    await deps.reloadWebhooks();
    auth = authenticateDelivery(raw, req.headers, deps.webhooks());
  }
  if (!auth.ok) {
    deps.log.warn('webhook refused', { reason: auth.reason });
    send(res, 401, { error: 'signature', reason: auth.reason });
    return;
  }
  const requests = deliveryRequests(parseJson(raw), auth.webhook.event);
  if (requests === null) {
    send(res, 400, { error: 'body' });
    return;
  }
  // Shutdown may have begun while the body was read, the secrets file re-read or the records saved: it has already
  // taken what the debouncer held, so a 200 now would lose these records. A 503 makes EspoCRM send them again
  // after the restart.
  if (deps.isStopping()) {
    refuseStopping(res);
    return;
  }
  let queued: boolean;
  try {
    queued = await deps.keep(targetsOf(requests), () => {
      if (deps.isStopping()) return false;
      deps.debouncer.add(requests);
      return true;
    });
  } catch (error) {
    // Not saved, so not kept through a crash: EspoCRM retries a 503.
    deps.log.warn('webhook records not saved', { failure: errorCode(error) });
    send(res, 503, { error: 'notSaved' });
    return;
  }
  if (queued) send(res, 200, { queued: requests.length });
  else refuseStopping(res);
}

function health(deps: HandlerDeps): Record<string, unknown> {
  const { worker } = deps;
  return {
    status: deps.isStopping() ? 'stopping' : 'ok',
    running: worker.current,
    lastRun: worker.lastRun,
    queueLength: worker.queueLength,
    pendingRecords: deps.debouncer.size,
  };
}

export function createHandler(deps: HandlerDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/health') {
      if (req.method === 'GET') send(res, 200, health(deps));
      else send(res, 405, { error: 'method' });
    } else if (path === WEBHOOK_PATH) {
      if (req.method !== 'POST') send(res, 405, { error: 'method' });
      else if (deps.isStopping()) refuseStopping(res);
      else await handleDelivery(req, res, deps);
    } else {
      // A webhook registered with another path would be refused here on every delivery: say so in the log.
      if (req.method === 'POST') deps.log.warn('POST to an unknown path', { path: path.slice(0, 200), webhookPath: WEBHOOK_PATH });
      send(res, 404, { error: 'notFound' });
    }
  };
  return (req, res) => {
    route(req, res).catch((error: unknown) => {
      deps.log.warn('request failed', { code: errorCode(error) });
      if (!res.headersSent) send(res, 500, { error: 'internal' });
      else res.end();
    });
  };
}
