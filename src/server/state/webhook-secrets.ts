import { chmod } from 'node:fs/promises';
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from './json-file';

/** Default path of the webhook secrets, relative to the working directory. Env `AUTOCIBLE_WEBHOOKS_FILE`. */
export const DEFAULT_WEBHOOKS_FILE = '.autocible/webhooks.json';

export const RegisteredWebhookSchema = z.object({
  id: z.string().min(1),
  /** `Contact.update`… (§4.9). */
  event: z.string().min(1),
  url: z.string().min(1),
  /** The HMAC key of the `Signature` header, from the `POST Webhook` response. Never printed. */
  secretKey: z.string().min(1),
});
export type RegisteredWebhook = z.infer<typeof RegisteredWebhookSchema>;

const WebhooksFileSchema = z.object({
  version: z.literal(1),
  /** The EspoCRM site the webhooks were registered on. */
  espoUrl: z.string().optional(),
  webhooks: z.array(RegisteredWebhookSchema),
});
export type WebhooksFile = z.infer<typeof WebhooksFileSchema>;

export async function readWebhooks(path: string): Promise<WebhooksFile> {
  return (await readJsonFile(path, WebhooksFileSchema)) ?? { version: 1, webhooks: [] };
}

/** Written 0600: the file holds the secret keys that authenticate deliveries. */
export async function writeWebhooks(path: string, file: WebhooksFile): Promise<void> {
  await writeJsonFile(path, file, 0o600);
  // Also when the file existed with wider permissions before: rename keeps the new file's mode, chmod makes sure.
  await chmod(path, 0o600);
}
