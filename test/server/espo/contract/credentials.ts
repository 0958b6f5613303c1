import { hmacAuthorization } from '../../../../src/server/espo/auth';
import { FAKE_CREDENTIALS } from '../../../msw/fake-espo';
import type { RecordedRequest } from './recordings';

const basic = (user: string, password: string): string => Buffer.from(`${user}:${password}`).toString('base64');

/** Real request headers for the fake: the recordings' placeholders become the fake's test credentials. */
export function replayHeaders(request: RecordedRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (name === 'X-Api-Key' && value.includes('harness-noaccess')) headers[name] = FAKE_CREDENTIALS.noAccessApiKey;
    else if (name === 'X-Api-Key' && value.includes('harness-api')) headers[name] = FAKE_CREDENTIALS.apiKey;
    else if (name === 'Espo-Authorization' && value.startsWith('<')) headers[name] = basic('admin', FAKE_CREDENTIALS.adminPassword);
    else if (name === 'X-Hmac-Authorization') {
      const path = request.path.replace(/^\/api\/v1\//u, '');
      headers[name] = hmacAuthorization(FAKE_CREDENTIALS.hmacApiKey, FAKE_CREDENTIALS.hmacSecretKey, request.method, path);
    } else headers[name] = value;
  }
  return headers;
}
