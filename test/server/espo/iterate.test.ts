import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { where } from '../../../src/server/espo';
import type { EspoRecord } from '../../../src/server/espo';
import { contact } from '../../fixtures/espo-records';
import { useMswServer } from '../../msw/server';
import { apiClient, installFake } from './helpers';

const server = useMswServer();

async function collect(iterable: AsyncIterable<EspoRecord>): Promise<EspoRecord[]> {
  const out: EspoRecord[] = [];
  for await (const record of iterable) out.push(record);
  return out;
}

describe('iterating a list', () => {
  it('yields every matching record once, in id order, in pages of at most 200 with X-No-Total', async () => {
    const fake = installFake(server);
    const seeded = fake.seed('Contact', Array.from({ length: 450 }, (_, i) => contact({ addressCity: i % 3 === 0 ? 'Lyon' : 'Paris' })));
    const client = apiClient(fake);
    const pages: number[] = [];
    for await (const page of client.iteratePages('Contact', { select: ['addressCity'], where: [where.equals('addressCity', 'Paris')] })) {
      pages.push(page.length);
    }
    expect(pages).toEqual([200, 100]);
    const ids = (await collect(client.iterate('Contact', { select: ['addressCity'], where: [where.equals('addressCity', 'Paris')] }))).map((r) => r.id);
    expect(ids).toEqual(seeded.filter((_, i) => i % 3 !== 0).map((r) => r.id).sort());
    expect(fake.requests.every((r) => r.headers['x-no-total'] === 'true')).toBe(true);
    expect(fake.requests[1]?.search).toContain('where[1][type]=greaterThan&where[1][attribute]=id');
  });

  it('fetches lazily: one request per page actually consumed', async () => {
    const fake = installFake(server);
    fake.seed('Contact', Array.from({ length: 30 }, () => contact()));
    const iterator = apiClient(fake).iteratePages('Contact', { pageSize: 10 })[Symbol.asyncIterator]();
    await iterator.next();
    expect(fake.requests).toHaveLength(1);
    await iterator.return?.();
  });

  it('stops on total -2 even after a full page, and goes on while total is -1', async () => {
    const fake = installFake(server);
    const page = (ids: string[], total: number) => HttpResponse.json({ total, list: ids.map((id) => ({ id })) });
    let calls = 0;
    server.use(http.get(`${fake.apiUrl}Contact`, () => {
      calls += 1;
      return calls === 1 ? page(['a1', 'a2'], -1) : page(['a3', 'a4'], -2);
    }));
    const ids = (await collect(apiClient(fake).iterate('Contact', { pageSize: 2 }))).map((r) => r.id);
    expect(ids).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(calls).toBe(2);
  });

  it('orders by another plain attribute with id as tie-breaker, NULLs first', async () => {
    const fake = installFake(server);
    const seeded = fake.seed('Contact', [
      contact({ title: 'B' }), contact({ title: null }), contact({ title: 'A' }), contact({ title: 'B' }), contact({ title: null }),
    ]);
    const titles = (await collect(apiClient(fake).iterate('Contact', { orderBy: 'title', pageSize: 2 }))).map((r) => [r.title, r.id]);
    const expected = [...seeded].sort((a, b) => String(a.title ?? '').localeCompare(String(b.title ?? '')) || a.id.localeCompare(b.id))
      .map((r) => [r.title, r.id]);
    expect(titles).toEqual(expected);
  });

  it('stops with EspoContractError when the server ignores the cursor (instead of looping forever)', async () => {
    const fake = installFake(server);
    server.use(http.get(`${fake.apiUrl}Contact`, () => HttpResponse.json({ total: -1, list: [{ id: 'a1' }, { id: 'a2' }] })));
    await expect(collect(apiClient(fake).iterate('Contact', { pageSize: 2 })))
      .rejects.toMatchObject({ code: 'ESPO_CONTRACT_ERROR', endpoint: 'GET Contact', recordId: 'a2' });
  });

  it('refuses a page size above 200', async () => {
    const fake = installFake(server);
    await expect(collect(apiClient(fake).iterate('Contact', { pageSize: 500 }))).rejects.toMatchObject({ input: 'maxSize' });
  });
});

type Mutation = { kind: 'delete' | 'edit'; index: number } | { kind: 'insert' };

describe('iteration is stable while other records change', () => {
  it('never repeats a record, and never skips one that exists for the whole run', async () => {
    const mutation: fc.Arbitrary<Mutation> = fc.oneof(
      fc.record({ kind: fc.constantFrom<'delete' | 'edit'>('delete', 'edit'), index: fc.nat() }),
      fc.constant<Mutation>({ kind: 'insert' }),
    );
    await fc.assert(fc.asyncProperty(fc.integer({ min: 0, max: 40 }), fc.array(fc.array(mutation, { maxLength: 4 }), { maxLength: 12 }),
      async (size, rounds) => {
        server.resetHandlers();
        const fake = installFake(server);
        const ids = fake.seed('Contact', Array.from({ length: size }, () => contact())).map((r) => r.id);
        const deleted = new Set<string>();
        const seen: string[] = [];
        let round = 0;
        for await (const page of apiClient(fake).iteratePages('Contact', { pageSize: 5 })) {
          seen.push(...page.map((r) => r.id));
          for (const change of rounds[round] ?? []) {
            const target = ids[change.kind === 'insert' ? 0 : change.index % Math.max(ids.length, 1)];
            if (change.kind === 'insert') fake.seed('Contact', [{ ...contact(), id: fake.store.newId() }]);
            else if (target !== undefined && change.kind === 'delete') {
              fake.store.remove('Contact', target);
              deleted.add(target);
            } else if (target !== undefined && fake.store.find('Contact', target)) {
              fake.seed('Contact', [{ ...fake.store.find('Contact', target), lastName: `Edited ${round}` }]);
            }
          }
          round += 1;
        }
        expect(new Set(seen).size).toBe(seen.length);
        for (const id of ids.filter((candidate) => !deleted.has(candidate))) expect(seen).toContain(id);
      }), { numRuns: 40 });
  });
});
