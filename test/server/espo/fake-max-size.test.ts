/**
 * The fake EspoCRM refuses a `maxSize` above its config's `recordListMaxSizeLimit` on every list, exactly as the
 * host does (recording `contact-list-maxsize-over-limit.json`, the number being the configured limit).
 */
import { describe, expect, it } from 'vitest';
import { contact } from '../../fixtures/espo-records';
import { FAKE_CREDENTIALS } from '../../msw/fake-espo';
import type { FakeEspo } from '../../msw/fake-espo';
import { useMswServer } from '../../msw/server';
import { loadRecordings } from './contract/recordings';
import { installFake } from './helpers';

const server = useMswServer();

const recording = loadRecordings().find((r) => r.file === 'contact-list-maxsize-over-limit.json');
const ADMIN = `Basic ${Buffer.from(`admin:${FAKE_CREDENTIALS.adminPassword}`).toString('base64')}`;

async function get(fake: FakeEspo, path: string): Promise<Response> {
  return fetch(`${fake.apiUrl}${path}`, { headers: { Authorization: ADMIN } });
}

function listPaths(fake: FakeEspo): readonly string[] {
  const [person] = fake.seed('Contact', [contact()], { derive: true });
  const [list] = fake.seed('TargetList', [{ name: 'Relance' }], { derive: true });
  const id = person?.id ?? '';
  return [
    'Contact', `TargetList/${list?.id ?? ''}/contacts`, `Contact/${id}/stream`,
    `Activities/Contact/${id}/history`, `Activities/Contact/${id}/history/list/Call`,
  ];
}

describe('fake EspoCRM: recordListMaxSizeLimit', () => {
  it('has the recording to imitate', () => {
    expect(recording?.response).toMatchObject({ status: 403, rawBodyIsEmpty: true });
  });

  it.each([100, 7])('with the limit at %i, answers every list above it like the recording, and serves it at the limit', async (limit) => {
    const fake = installFake(server, { recordListMaxSizeLimit: limit });
    const expected = recording?.response.headers ?? {};
    for (const path of listPaths(fake)) {
      const refused = await get(fake, `${path}?maxSize=${limit + 1}`);
      expect(refused.status, path).toBe(recording?.response.status);
      expect(refused.headers.get('content-type'), path).toBe(expected['content-type']);
      expect(refused.headers.get('x-status-reason'), path).toBe(expected['x-status-reason']?.replace('200', String(limit)));
      expect(await refused.text(), path).toBe('');
      expect((await get(fake, `${path}?maxSize=${limit}`)).status, path).toBe(200);
    }
  });

  it('keeps 200 by default, and a test may lower the limit of a running fake', async () => {
    const fake = installFake(server);
    expect((await get(fake, 'Contact?maxSize=200')).status).toBe(200);
    expect((await get(fake, 'Contact?maxSize=201')).headers.get('x-status-reason')).toBe('Max size should not exceed 200. Use offset and limit.');
    fake.store.config.recordListMaxSizeLimit = 50;
    expect((await get(fake, 'Contact?maxSize=51')).status).toBe(403);
  });

  it('applies the limit when maxSize is left out of a record list', async () => {
    const fake = installFake(server, { recordListMaxSizeLimit: 3 });
    fake.seed('Contact', Array.from({ length: 5 }, () => contact()), { derive: true });
    const body: unknown = await (await get(fake, 'Contact')).json();
    expect(body).toMatchObject({ total: 5, list: [{}, {}, {}] });
  });
});
