/**
 * The jobs' reads through the REST gateway on an installation whose `recordListMaxSizeLimit` is below 200: before,
 * every list was a 403 and every job failed (`readAll` turned it into `ActivityAccessError`).
 */
import { describe, expect, it } from 'vitest';
import { RestGateway, where } from '../../../src/server/espo';
import { readAll } from '../../../src/server/jobs/retention/read-all';
import { contact } from '../../fixtures/espo-records';
import type { FakeEspo } from '../../msw/fake-espo';
import { useMswServer } from '../../msw/server';
import { apiClient, installFake } from './helpers';

const server = useMswServer();

const sentSizes = (fake: FakeEspo): number[] => fake.requests.map((r) => Number(new URLSearchParams(r.search).get('maxSize') ?? 0));
const refusals = (fake: FakeEspo): number => sentSizes(fake).filter((size) => size > fake.store.config.recordListMaxSizeLimit).length;

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('REST gateway on an installation with a lower recordListMaxSizeLimit', () => {
  it.each([100, 7])('with the limit at %i, a job reads every contact, related record and note once', async (limit) => {
    const fake = installFake(server, { recordListMaxSizeLimit: limit });
    const contacts = fake.seed('Contact', Array.from({ length: 250 }, (_, i) => contact({ addressCity: i % 2 === 0 ? 'Lyon' : 'Paris' })), { derive: true });
    const [list] = fake.seed('TargetList', [{ name: 'Relance' }], { derive: true });
    const listId = list?.id ?? '';
    const lyon = contacts.filter((_, i) => i % 2 === 0).map((r) => r.id).sort();
    fake.link('TargetList', listId, 'contacts', lyon);
    const person = contacts[0]?.id ?? '';
    const notes = Array.from({ length: 30 }, (_, i) => fake.seedNote({ parentType: 'Contact', parentId: person, post: `note ${i}` }));
    const gateway = new RestGateway(apiClient(fake));

    const all = await readAll(gateway, 'Contact', { select: ['addressCity'] });
    expect(all.map((r) => r.id)).toEqual(contacts.map((r) => r.id).sort());
    const paris = await readAll(gateway, 'Contact', { select: ['addressCity'], where: [where.equals('addressCity', 'Paris')] });
    expect(paris.map((r) => r.id)).toEqual(contacts.filter((_, i) => i % 2 === 1).map((r) => r.id).sort());
    const members = await collect(gateway.listRelated('TargetList', listId, 'contacts', { select: ['addressCity'] }));
    expect(members.map((r) => r.id)).toEqual(lyon);
    expect((await gateway.listStream('Contact', person)).map((note) => note.id)).toEqual(notes.map((note) => note.id).reverse());

    expect(refusals(fake)).toBe(1);
    expect(sentSizes(fake).slice(2).every((size) => size <= limit)).toBe(true);
  });
});
