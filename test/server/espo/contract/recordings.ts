import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export interface RecordedResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly rawBodyIsEmpty?: boolean;
  readonly truncated?: boolean;
}

export interface Recording {
  readonly file: string;
  readonly description: string;
  readonly request: RecordedRequest;
  readonly response: RecordedResponse;
  readonly verification?: Readonly<Record<string, unknown>>;
}

/** `../shared/espocrm-contract` next to the repository (repo root = four levels above this file). */
export const CONTRACT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/espocrm-contract');

/** Every recording, sorted by file name. Throws (fails the suite loudly) when the directory is missing. */
export function loadRecordings(dir = CONTRACT_DIR): Recording[] {
  if (!existsSync(dir)) throw new Error(`EspoCRM contract recordings not found at ${dir}: the contract test needs them.`);
  const files = readdirSync(dir).filter((file) => file.endsWith('.json')).sort();
  if (files.length === 0) throw new Error(`No recordings (*.json) in ${dir}.`);
  return files.map((file) => ({ file, ...(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Omit<Recording, 'file'>) }));
}

/** Webhook deliveries were captured at a receiver: EspoCRM was the client, so they are not replayed. */
export function isDelivery(recording: Recording): boolean {
  return !recording.request.path.startsWith('/api/v1/');
}
