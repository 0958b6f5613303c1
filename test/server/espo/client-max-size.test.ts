/**
 * An installation whose `recordListMaxSizeLimit` is below the 200 AutoCible asks for: the client learns the limit
 * from the first 403 "Max size should not exceed N.", sends that request again with N, and pages with N from then on.
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { EspoAbortError, EspoHttpError } from '../../../src/server/espo';
import type { EspoClient, EspoRecord } from '../../../src/server/espo';
import { contact } from '../../fixtures/espo-records';
import type { FakeEspo } from '../../msw/fake-espo';
import { useMswServer } from '../../msw/server';
import { apiClient, installFake, rejectionOf } from './helpers';

const server = useMswServer();

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/** The `maxSize` of every request the fake answered, in order (0 when absent). */
const sentSizes = (fake: FakeEspo): number[] => fake.requests.map((r) => Number(new URLSearchParams(r.search).get('maxSize') ?? 0));
/** The fake refuses exactly the requests above its limit. */
const refusals = (fake: FakeEspo): number => sentSizes(fake).filter((size) => size > fake.store.config.recordListMaxSizeLimit).length;
const ids = (records: readonly EspoRecord[]): string[] => records.map((r) => r.id);

function seededContacts(fake: FakeEspo, count: number): string[] {
  return fake.seed('Contact', Array.from({ length: count }, () => contact()), { derive: true }).map((r) => r.id).sort();
}

describe('iterating on an installation with a lower recordListMaxSizeLimit', () => {
  it('with the limit at 100: one 403, the same page again at 100, then pages of 100 until the last record', async () => {
    const fake = installFake(server, { recordListMaxSizeLimit: 100 });
    const seeded = seededContacts(fake, 450);
    const pages = await collect(apiClient(fake).iteratePages('Contact', { select: ['lastName'] }));
    expect(pages.map((page) => page.length)).toEqual([100, 100, 100, 100, 50]);
    expect(pages.flatMap(ids)).toEqual(seeded);
    expect(sentSizes(fake)).toEqual([200, 100, 100, 100, 100, 100]);
    expect(fake.requests[1]?.search).toBe(fake.requests[0]?.search.replace('maxSize=200', 'maxSize=100'));
  });

  it.each([[30, 5], [28, 4]])('with the limit at 7 and %i records: every record once, one 403 per client', async (count, pageCount) => {
    const fake = installFake(server, { recordListMaxSizeLimit: 7 });
    const seeded = seededContacts(fake, count);
    const client = apiClient(fake);
    expect(ids(await collect(client.iterate('Contact')))).toEqual(seeded);
    expect(ids(await collect(client.iterate('Contact', { pageSize: 50 })))).toEqual(seeded);
    expect(refusals(fake)).toBe(1);
    expect(sentSizes(fake).slice(1).every((size) => size <= 7)).toBe(true);
    // One request per page of 7 (total -2 ends on a last full page), plus the refused one.
    expect(fake.requests).toHaveLength(1 + 2 * pageCount);
    await collect(apiClient(fake).iterate('Contact'));
    expect(refusals(fake)).toBe(2);
  });

  it('pages a related list by the learnt limit', async () => {
    const fake = installFake(server, { recordListMaxSizeLimit: 7 });
    const seeded = seededContacts(fake, 23);
    const [list] = fake.seed('TargetList', [{ name: 'Relance' }], { derive: true });
    fake.link('TargetList', list?.id ?? '', 'contacts', seeded);
    const related = await collect(apiClient(fake).iterateRelated('TargetList', list?.id ?? '', 'contacts', { select: ['lastName'] }));
    expect(ids(related)).toEqual(seeded);
    expect(refusals(fake)).toBe(1);
    expect(sentSizes(fake)).toEqual([200, 7, 7, 7, 7]);
  });

  it('pages a stream by offset with the learnt limit: every note once, newest first', async () => {
    const fake = installFake(server, { recordListMaxSizeLimit: 7 });
    const [person] = fake.seed('Contact', [contact()], { derive: true });
    const id = person?.id ?? '';
    const notes = Array.from({ length: 20 }, (_, i) => fake.seedNote({ parentType: 'Contact', parentId: id, post: `note ${i}` }));
    const pages = await collect(apiClient(fake).iterateStreamPages('Contact', id));
    expect(pages.map((page) => page.length)).toEqual([7, 7, 6]);
    expect(pages.flat().map((note) => note.id)).toEqual(notes.map((note) => note.id).reverse());
    expect(fake.requests.map((r) => new URLSearchParams(r.search).get('offset'))).toEqual(['0', '0', '7', '14']);
    expect(refusals(fake)).toBe(1);
  });

  it('costs one 403 when several lists start together', async () => {
    const fake = installFake(server, { recordListMaxSizeLimit: 7 });
    const seeded = seededContacts(fake, 15);
    const client = apiClient(fake);
    const runs = await Promise.all([1, 2, 3, 4].map(async () => ids(await collect(client.iterate('Contact')))));
    for (const run of runs) expect(run).toEqual(seeded);
    expect(refusals(fake)).toBe(1);
  });

  it('lets a request waiting for the first answer stop at once when its signal aborts', async () => {
    const fake = installFake(server, { recordListMaxSizeLimit: 100 });
    seededContacts(fake, 120);
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let calls = 0;
    server.use(http.get(`${fake.apiUrl}Contact`, async () => {
      calls += 1;
      if (calls === 1) await held;
      return undefined;
    }));
    const client = apiClient(fake);
    const first = client.list('Contact', { maxSize: 200 });
    const controller = new AbortController();
    const waiting = client.list('Contact', { maxSize: 150, signal: controller.signal });
    await vi.waitFor(() => expect(calls).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toBe(1);
    controller.abort();
    expect(await rejectionOf(waiting)).toBeInstanceOf(EspoAbortError);
    release();
    expect((await first).list).toHaveLength(100);
    expect(sentSizes(fake)).toEqual([200, 100]);
  });
});

describe('single list calls on an installation with a lower recordListMaxSizeLimit', () => {
  it('answers what the installation allows, then sends min(asked, limit) directly', async () => {
    const fake = installFake(server, { recordListMaxSizeLimit: 100 });
    seededContacts(fake, 150);
    const client: EspoClient = apiClient(fake);
    expect((await client.list('Contact', { maxSize: 200 })).list).toHaveLength(100);
    expect((await client.list('Contact', { maxSize: 200, offset: 100 })).list).toHaveLength(50);
    expect((await client.list('Contact', { maxSize: 20 })).list).toHaveLength(20);
    expect((await client.list('Contact')).list).toHaveLength(100);
    expect(sentSizes(fake)).toEqual([200, 100, 100, 20, 0]);
  });

  it('still refuses a size above 200 locally once the limit is learnt', async () => {
    const fake = installFake(server, { recordListMaxSizeLimit: 100 });
    const client = apiClient(fake);
    await client.list('Contact', { maxSize: 200 });
    await expect(client.list('Contact', { maxSize: 201 })).rejects.toMatchObject({ code: 'DOMAIN_INPUT_INVALID', input: 'maxSize' });
    expect(fake.requests).toHaveLength(2);
  });

  it('logs the learnt limit once, with numbers only', async () => {
    const fake = installFake(server, { recordListMaxSizeLimit: 100 });
    const info: unknown[][] = [];
    const client = apiClient(fake, { log: { info: (...args: unknown[]) => void info.push(args) } });
    await client.list('Contact', { maxSize: 200 });
    await client.list('Contact', { maxSize: 200 });
    expect(info).toEqual([['espo.maxSizeLimit', { recordListMaxSizeLimit: 100, refusedMaxSize: 200 }]]);
  });
});

describe('403s that are not a usable "Max size" refusal stay errors', () => {
  it('a 403 "No read access." is thrown as before, without another attempt', async () => {
    const fake = installFake(server);
    const error = await rejectionOf(apiClient(fake, { auth: { kind: 'apiKey', apiKey: 'fake-api-key-noaccess' } }).list('Contact', { maxSize: 200 }));
    expect(error).toBeInstanceOf(EspoHttpError);
    expect(error).toMatchObject({ status: 403, statusReason: 'No read access.' });
    expect(fake.requests).toHaveLength(1);
  });

  it.each([
    ['a limit not below the size sent', 'Max size should not exceed 200. Use offset and limit.'],
    ['a limit of 0', 'Max size should not exceed 0. Use offset and limit.'],
    ['an unreadable limit', 'Max size should not exceed many. Use offset and limit.'],
    ['another wording', 'Max size is 100.'],
  ])('%s', async (_, reason) => {
    const fake = installFake(server);
    let calls = 0;
    server.use(http.get(`${fake.apiUrl}Contact`, () => {
      calls += 1;
      return new HttpResponse(null, { status: 403, headers: { 'Content-Type': 'application/json', 'X-Status-Reason': reason } });
    }));
    const error = await rejectionOf(apiClient(fake).list('Contact', { maxSize: 200 }));
    expect(error).toBeInstanceOf(EspoHttpError);
    expect(error).toMatchObject({ status: 403, statusReason: reason });
    expect(calls).toBe(1);
  });

  it('the second attempt is made once: a refusal of it is thrown', async () => {
    const fake = installFake(server);
    const sizes: string[] = [];
    server.use(http.get(`${fake.apiUrl}Contact`, ({ request }) => {
      const size = new URL(request.url).searchParams.get('maxSize') ?? '';
      sizes.push(size);
      const limit = size === '200' ? 100 : 50;
      return new HttpResponse(null, { status: 403, headers: { 'X-Status-Reason': `Max size should not exceed ${limit}. Use offset and limit.` } });
    }));
    const error = await rejectionOf(apiClient(fake).list('Contact', { maxSize: 200 }));
    expect(error).toMatchObject({ status: 403, statusReason: 'Max size should not exceed 50. Use offset and limit.' });
    expect(sizes).toEqual(['200', '100']);
  });
});
