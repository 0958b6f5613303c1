import { createHmac } from 'node:crypto';
import type { AxiosInstance, InternalAxiosRequestConfig } from 'axios';
import type { EspoAuth } from './types';

/**
 * `X-Hmac-Authorization` (§4.1, recording `contact-list-hmac.json`):
 * base64(apiKey + ":" + hex(HMAC-SHA256(secretKey, METHOD + " /" + path))), where `path` is the part after
 * `api/v1/` WITHOUT the query string (pitfall §8.16).
 */
export function hmacAuthorization(apiKey: string, secretKey: string, method: string, apiPath: string): string {
  const path = apiPath.split('?')[0]?.replace(/^\/+/u, '') ?? '';
  const digest = createHmac('sha256', secretKey).update(`${method.toUpperCase()} /${path}`).digest('hex');
  return Buffer.from(`${apiKey}:${digest}`).toString('base64');
}

/** Headers that authenticate one request. */
export function authHeaders(auth: EspoAuth, method: string, apiPath: string): Record<string, string> {
  switch (auth.kind) {
    case 'apiKey':
      return { 'X-Api-Key': auth.apiKey };
    case 'hmac':
      return { 'X-Hmac-Authorization': hmacAuthorization(auth.apiKey, auth.secretKey, method, apiPath) };
    case 'basic':
      return { 'Espo-Authorization': Buffer.from(`${auth.username}:${auth.password}`).toString('base64') };
  }
}

/**
 * The part of base64(`value` + anything) that does not depend on what follows: its whole 3-byte groups. It hides
 * `value` inside an encoded header (the HMAC header is base64(apiKey + ":" + digest)), whatever comes after it.
 */
function base64Prefix(value: string): string {
  const bytes = Buffer.from(value);
  return bytes.subarray(0, bytes.length - (bytes.length % 3)).toString('base64');
}

/** Values that must never appear in an error, a log line or a snapshot, as typed and base64-encoded. */
export function authSecrets(auth: EspoAuth): readonly string[] {
  switch (auth.kind) {
    case 'apiKey':
      return [auth.apiKey, base64Prefix(auth.apiKey)];
    case 'hmac':
      return [auth.apiKey, base64Prefix(auth.apiKey), auth.secretKey];
    case 'basic':
      return [auth.password, Buffer.from(`${auth.username}:${auth.password}`).toString('base64')];
  }
}

/**
 * Signs every request of `http` (an axios request interceptor, style principle 8). `config.url` is the path
 * relative to the API base, so it is exactly what HMAC signs. Returns the interceptor id.
 */
export function installAuth(http: AxiosInstance, auth: EspoAuth): number {
  return http.interceptors.request.use((config: InternalAxiosRequestConfig) => {
    const method = (config.method ?? 'get').toUpperCase();
    for (const [name, value] of Object.entries(authHeaders(auth, method, config.url ?? ''))) {
      config.headers.set(name, value);
    }
    return config;
  });
}
