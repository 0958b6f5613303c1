import { describe, expect, it } from 'vitest';
import { EspoAbortError, EspoRecordNotFoundError, where } from '../../../src/server/espo';
import type { EspoGateway, EspoRecord } from '../../../src/server/espo';
import { contact, targetList, vehicle } from '../../fixtures/espo-records';

export type SeedData = Readonly<Record<string, readonly (Record<string, unknown> & { id: string })[]>>;

/** One backend under test, seeded with plain records. */
export interface GatewayHarness {
  readonly gateway: EspoGateway;
  /** Another user's changes, made behind the gateway's back. */
  insert(entityType: string, record: Record<string, unknown> & { id: string }): void;
  remove(entityType: string, id: string): void;
  /** Writes the backend performed (updates, links, erasures, notes). */
  writeCount(): number;
}

export type HarnessFactory = (seed: SeedData) => GatewayHarness;

async function collect(iterable: AsyncIterable<EspoRecord>): Promise<EspoRecord[]> {
  const out: EspoRecord[] = [];
  for await (const record of iterable) out.push(record);
  return out;
}

/**
 * The behaviours every `EspoGateway` must share (style principle 3, after BullMQ's adapter conformance
 * suite): the REST gateway through msw against the fake, and the memory gateway, run these same tests.
 */
export function describeGatewayConformance(name: string, setup: HarnessFactory): void {
  describe(`${name} gateway conformance`, () => {
    it('iterates every record exactly once, across pages, with the selected attributes', async () => {
      const people = Array.from({ length: 250 }, (_, i) => contact({ addressCity: i % 2 === 0 ? 'Lyon' : 'Nantes' }));
      const { gateway } = setup({ Contact: people });
      const records = await collect(gateway.iterate('Contact', { select: ['addressCity', 'lastName'] }));
      expect(records.map((r) => r.id).sort()).toEqual(people.map((p) => p.id).sort());
      const first = people[0];
      expect(records.find((r) => r.id === first?.id)).toMatchObject({ addressCity: 'Lyon', lastName: first?.lastName });
    });

    it('filters with where and with modifiedSince', async () => {
      const recent = contact({ addressCity: 'Lyon', modifiedAt: '2026-06-01 12:00:00' });
      const old = contact({ addressCity: 'Lyon', modifiedAt: '2025-01-01 00:00:00' });
      const elsewhere = contact({ addressCity: 'Brest', modifiedAt: '2026-06-01 12:00:00' });
      const { gateway } = setup({ Contact: [recent, old, elsewhere] });
      const lyon = await collect(gateway.iterate('Contact', { select: ['addressCity'], where: [where.equals('addressCity', 'Lyon')] }));
      expect(lyon.map((r) => r.id).sort()).toEqual([recent.id, old.id].sort());
      const since = await collect(gateway.iterate('Contact', { select: ['modifiedAt'], modifiedSince: new Date('2026-05-31T23:00:00Z') }));
      expect(since.map((r) => r.id).sort()).toEqual([recent.id, elsewhere.id].sort());
    });

    it('neither repeats nor skips surviving records while others are inserted and deleted', async () => {
      const people = Array.from({ length: 230 }, () => contact());
      const harness = setup({ Contact: people });
      const seen: string[] = [];
      const removed = people[220]?.id ?? '';
      for await (const record of harness.gateway.iterate('Contact', { select: ['lastName'] })) {
        if (seen.length === 0) {
          harness.remove('Contact', removed);
          harness.insert('Contact', contact({ id: `7zz${'0'.repeat(14)}` }));
        }
        seen.push(record.id);
      }
      expect(new Set(seen).size).toBe(seen.length);
      for (const person of people) if (person.id !== removed) expect(seen).toContain(person.id);
      expect(seen).not.toContain(removed);
    });

    it('gets a record, or null when it does not exist', async () => {
      const person = contact({ lastName: 'Moreau' });
      const { gateway } = setup({ Contact: [person] });
      expect(await gateway.get('Contact', person.id)).toMatchObject({ id: person.id, lastName: 'Moreau' });
      expect(await gateway.get('Contact', 'absent00000000000')).toBeNull();
    });

    it('updates only the changed fields, and writes nothing for no change', async () => {
      const person = contact({ title: 'Gérant', description: 'garder' });
      const harness = setup({ Contact: [person] });
      await harness.gateway.update('Contact', person.id, {});
      expect(harness.writeCount()).toBe(0);
      await harness.gateway.update('Contact', person.id, { title: 'Directeur' });
      expect(harness.writeCount()).toBe(1);
      expect(await harness.gateway.get('Contact', person.id)).toMatchObject({ title: 'Directeur', description: 'garder' });
      await expect(harness.gateway.update('Contact', 'absent00000000000', { title: 'x' }))
        .rejects.toBeInstanceOf(EspoRecordNotFoundError);
    });

    it('links records to a target list, idempotently, and lists them back', async () => {
      const list = targetList();
      const people = [contact(), contact(), contact()];
      const { gateway } = setup({ TargetList: [list], Contact: people });
      const ids = people.slice(0, 2).map((p) => p.id);
      await gateway.linkToTargetList(list.id, 'Contact', ids);
      await gateway.linkToTargetList(list.id, 'Contact', ids);
      const members = await collect(gateway.listRelated('TargetList', list.id, 'contacts', { select: ['lastName'] }));
      expect(members.map((m) => m.id).sort()).toEqual([...ids].sort());
    });

    it('refuses to link a record that does not exist, naming it', async () => {
      const list = targetList();
      const { gateway } = setup({ TargetList: [list], Contact: [] });
      await expect(gateway.linkToTargetList(list.id, 'Contact', ['absent00000000000']))
        .rejects.toMatchObject({ code: 'ESPO_RECORD_NOT_FOUND', entityType: 'Contact', id: 'absent00000000000' });
      await expect(gateway.linkToTargetList('nolist00000000000', 'Contact', ['absent00000000000']))
        .rejects.toBeInstanceOf(EspoRecordNotFoundError);
    });

    it('erases the listed fields the EspoCRM way and leaves the rest and the stream alone', async () => {
      const person = contact({ addressCity: 'Lyon', addressStreet: '2 rue X', description: 'keep' });
      const { gateway } = setup({ Contact: [person] });
      await gateway.createNote({ parentType: 'Contact', parentId: person.id, post: 'appelé' });
      await gateway.erase('Contact', person.id, ['emailAddress', 'phoneNumber', 'address']);
      const after = await gateway.get('Contact', person.id);
      expect(after?.emailAddress).toMatch(/^ERASED:/u);
      expect(after?.emailAddressIsOptedOut).toBe(true);
      expect(after?.phoneNumber).toMatch(/^ERASED:/u);
      expect(after?.phoneNumberIsOptedOut).not.toBe(true);
      expect(after).toMatchObject({ addressCity: null, addressStreet: null, description: 'keep', lastName: person.lastName });
      expect((await gateway.listStream('Contact', person.id)).map((n) => n.post)).toEqual(['appelé']);
    });

    it('creates, lists (newest first) and deletes notes', async () => {
      const person = contact();
      const { gateway } = setup({ Contact: [person] });
      const first = await gateway.createNote({ parentType: 'Contact', parentId: person.id, post: 'un' });
      const second = await gateway.createNote({ parentType: 'Contact', parentId: person.id, post: 'deux' });
      expect(first).toMatchObject({ type: 'Post', parentType: 'Contact', parentId: person.id, post: 'un' });
      expect(first.createdAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/u);
      expect((await gateway.listStream('Contact', person.id)).map((n) => n.id)).toEqual([second.id, first.id]);
      await gateway.deleteNote(first.id);
      expect((await gateway.listStream('Contact', person.id)).map((n) => n.id)).toEqual([second.id]);
      await expect(gateway.deleteNote(first.id)).rejects.toBeInstanceOf(EspoRecordNotFoundError);
    });

    it('lists related records through a has-many link, with where', async () => {
      const owner = contact();
      const diesel = vehicle({ contactId: owner.id, fuelType: 'Diesel' });
      const petrol = vehicle({ contactId: owner.id, fuelType: 'Petrol' });
      const { gateway } = setup({ Contact: [owner], AutoCibleVehicle: [diesel, petrol, vehicle()] });
      const all = await collect(gateway.listRelated('Contact', owner.id, 'autoCibleVehicles', { select: ['fuelType'] }));
      expect(all.map((v) => v.id).sort()).toEqual([diesel.id, petrol.id].sort());
      const some = await collect(gateway.listRelated('Contact', owner.id, 'autoCibleVehicles', {
        select: ['fuelType'], where: [where.equals('fuelType', 'Diesel')],
      }));
      expect(some.map((v) => v.id)).toEqual([diesel.id]);
    });

    it('rejects with EspoAbortError when the signal is already aborted', async () => {
      const person = contact();
      const { gateway } = setup({ Contact: [person] });
      const signal = AbortSignal.abort();
      await expect(gateway.get('Contact', person.id, { signal })).rejects.toBeInstanceOf(EspoAbortError);
      await expect(gateway.update('Contact', person.id, { title: 'x' }, { signal })).rejects.toBeInstanceOf(EspoAbortError);
      await expect(collect(gateway.iterate('Contact', { select: ['id'], signal }))).rejects.toBeInstanceOf(EspoAbortError);
    });
  });
}
