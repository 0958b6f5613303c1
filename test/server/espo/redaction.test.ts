import { inspect } from 'node:util';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createEspoClient, createRedactor, where } from '../../../src/server/espo';
import type { EspoAuth, EspoLogger } from '../../../src/server/espo';
import { CANARY, CANARY_USERS, CANARY_VALUES } from '../../fixtures/secrets';
import { DEFAULT_USERS } from '../../msw/fake-espo';
import type { FakeEspo } from '../../msw/fake-espo';
import { useMswServer } from '../../msw/server';
import { installFake, rejectionOf } from './helpers';

const server = useMswServer();

const AUTHS: readonly [string, EspoAuth][] = [
  ['API key', { kind: 'apiKey', apiKey: CANARY.apiKey }],
  ['HMAC', { kind: 'hmac', apiKey: CANARY.hmacApiKey, secretKey: CANARY.secretKey }],
  ['Basic', { kind: 'basic', username: CANARY.username, password: CANARY.password }],
];

/** Everything a user could print of an error, following the whole `cause` chain. */
function everyRendering(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 10; depth += 1) {
    parts.push(JSON.stringify(current), inspect(current, { depth: Infinity, showHidden: true }), String(current));
    if (current instanceof Error) {
      parts.push(current.stack ?? '', current.message);
      current = current.cause;
    } else current = undefined;
  }
  return parts.join('\n');
}

function capturingLogger(): { lines: string[]; log: EspoLogger } {
  const lines: string[] = [];
  const push = (message: string, meta?: Readonly<Record<string, unknown>>): void => void lines.push(`${message} ${JSON.stringify(meta)}`);
  return { lines, log: { debug: push, info: push, warn: push, error: push } };
}

function canaryFake(): FakeEspo {
  return installFake(server, { users: [...DEFAULT_USERS, ...CANARY_USERS] });
}

function sentSecrets(auth: EspoAuth): string {
  if (auth.kind === 'apiKey') return auth.apiKey;
  if (auth.kind === 'hmac') return `${auth.apiKey} ${auth.secretKey}`;
  return `${auth.username}:${auth.password} ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
}

const failures: readonly [string, (fake: FakeEspo, auth: EspoAuth) => void][] = [
  ['a 401', (fake) => server.use(http.get(`${fake.apiUrl}Contact`, () => new HttpResponse(null, { status: 401 })))],
  ['a 403 whose reason echoes the credentials', (fake, auth) => server.use(http.get(`${fake.apiUrl}Contact`, () =>
    new HttpResponse(null, { status: 403, headers: { 'X-Status-Reason': `refused ${sentSecrets(auth)} for camille@exemple.fr` } })))],
  ['a 401 whose reason echoes the authentication header sent', (fake) => server.use(http.get(`${fake.apiUrl}Contact`, ({ request }) => {
    const header = ['x-hmac-authorization', 'x-api-key', 'espo-authorization'].map((name) => request.headers.get(name)).find((value) => value !== null);
    return new HttpResponse(null, { status: 401, headers: { 'X-Status-Reason': `Echo: ${header ?? ''}` } });
  }))],
  ['a 503 with retries', (fake) => server.use(http.get(`${fake.apiUrl}Contact`, () => new HttpResponse('oops', { status: 503 })))],
  ['a network failure', (fake) => server.use(http.get(`${fake.apiUrl}Contact`, () => HttpResponse.error()))],
  ['a timeout', (fake) => server.use(http.get(`${fake.apiUrl}Contact`, async () => {
    await delay(300);
    return HttpResponse.json({ total: 0, list: [] });
  }))],
  ['a contract break', (fake) => server.use(http.get(`${fake.apiUrl}Contact`, () => HttpResponse.json({ secret: CANARY.secretKey })))],
];

describe('secrets never leave the client', () => {
  for (const [authName, auth] of AUTHS) {
    for (const [failureName, arrange] of failures) {
      it(`${authName}: ${failureName} exposes no credential in the error, its cause chain or the log`, async () => {
        const fake = canaryFake();
        arrange(fake, auth);
        const { lines, log } = capturingLogger();
        const client = createEspoClient({
          baseUrl: fake.baseUrl, auth, log, timeoutMs: 50, retry: { retries: 1, sleep: async () => undefined },
        });
        const error = await rejectionOf(client.list('Contact', { where: [where.equals('emailAddress', 'camille@exemple.fr')] }));
        const rendered = `${everyRendering(error)}\n${lines.join('\n')}`;
        expect(lines.length).toBeGreaterThan(0);
        for (const secret of CANARY_VALUES) expect(rendered).not.toContain(secret);
        expect(rendered).not.toContain('camille@exemple.fr');
      });
    }
  }

  it('the canary credentials do authenticate (so the tests above exercise real signing)', async () => {
    const fake = canaryFake();
    for (const [, auth] of AUTHS) {
      const client = createEspoClient({ baseUrl: fake.baseUrl, auth });
      await expect(client.list('Contact')).resolves.toMatchObject({ total: 0 });
    }
  });

  it('drops credentials written into the base URL', async () => {
    const fake = canaryFake();
    server.use(http.get('http://espo.test/api/v1/Contact', () => new HttpResponse(null, { status: 500 })));
    const client = createEspoClient({ baseUrl: `http://user:${CANARY.password}@espo.test`, auth: { kind: 'apiKey', apiKey: CANARY.apiKey } });
    const error = await rejectionOf(client.list('Contact'));
    expect(fake.baseUrl).toBe('http://espo.test');
    expect(everyRendering(error)).not.toContain(CANARY.password);
    expect(error).toMatchObject({ url: 'http://espo.test/api/v1/Contact' });
  });

  it('keeps the technical query keys but hides where values in the redacted URL', async () => {
    const fake = canaryFake();
    server.use(http.get(`${fake.apiUrl}Contact`, () => new HttpResponse(null, { status: 400 })));
    const client = createEspoClient({ baseUrl: fake.baseUrl, auth: { kind: 'apiKey', apiKey: CANARY.apiKey } });
    const error = await rejectionOf(client.list('Contact', { where: [where.equals('lastName', 'Durand')], maxSize: 5, select: ['id'] }));
    expect(error).toMatchObject({
      url: 'http://espo.test/api/v1/Contact?where[0][type]=equals&where[0][attribute]=lastName&where[0][value]=[REDACTED]&select=id&maxSize=5',
    });
  });
});

describe('createRedactor', () => {
  it('hides a configured secret however short it is, and leaves the text alone for an empty one', () => {
    expect(createRedactor(['k9z']).text('refused k9z for user')).toBe('refused [REDACTED] for user');
    expect(createRedactor(['']).text('refused for user')).toBe('refused for user');
  });
});
