import { createHmac, timingSafeEqual } from 'node:crypto';
import { unauthorized } from './responses';
import type { FakeUser } from './types';
import type { HttpResponse } from 'msw';

function decode(value: string): string {
  return Buffer.from(value, 'base64').toString('utf8');
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** HMAC as `Core/Authentication/Logins/Hmac.php` checks it: METHOD + " /" + path after api/v1, no query (§4.1). */
function hmacUser(users: readonly FakeUser[], header: string, method: string, apiPath: string): FakeUser | undefined {
  const decoded = decode(header);
  const separator = decoded.indexOf(':');
  if (separator < 0) return undefined;
  const apiKey = decoded.slice(0, separator);
  const signature = decoded.slice(separator + 1);
  const user = users.find((candidate) => candidate.apiKey === apiKey && candidate.secretKey !== undefined);
  if (user?.secretKey === undefined) return undefined;
  const expected = createHmac('sha256', user.secretKey).update(`${method} /${apiPath}`).digest('hex');
  return safeEqual(signature, expected) ? user : undefined;
}

function basicUser(users: readonly FakeUser[], header: string): FakeUser | undefined {
  const decoded = decode(header.replace(/^Basic\s+/iu, ''));
  const separator = decoded.indexOf(':');
  const userName = decoded.slice(0, separator);
  const password = decoded.slice(separator + 1);
  return users.find((user) => user.userName === userName && user.password !== undefined && safeEqual(user.password, password));
}

/** The user a request authenticates as, or the 401 EspoCRM would answer (recordings `auth-401-*.json`). */
export function authenticate(request: Request, users: readonly FakeUser[], apiPath: string): FakeUser | HttpResponse<null> {
  const apiKey = request.headers.get('X-Api-Key');
  const hmac = request.headers.get('X-Hmac-Authorization');
  const basic = request.headers.get('Espo-Authorization') ?? request.headers.get('Authorization');
  let user: FakeUser | undefined;
  if (apiKey !== null) user = users.find((candidate) => candidate.apiKey === apiKey && candidate.secretKey === undefined);
  else if (hmac !== null) user = hmacUser(users, hmac, request.method.toUpperCase(), apiPath);
  else if (basic !== null) user = basicUser(users, basic);
  else return unauthorized(true);
  return user ?? unauthorized(false);
}
