import { describe, expect, it } from 'vitest';
import { MemoryGateway } from '../../../src/server/espo';
import { contact } from '../../fixtures/espo-records';
import { describeGatewayConformance } from './gateway-conformance';

describeGatewayConformance('memory', (seed) => {
  const gateway = new MemoryGateway({ records: seed, now: () => new Date('2026-11-22T10:00:00Z') });
  return {
    gateway,
    insert: (entityType, record) => gateway.insert(entityType, record),
    remove: (entityType, id) => gateway.remove(entityType, id),
    writeCount: () => gateway.writes.length,
  };
});

describe('memory gateway specifics', () => {
  it('logs every write in order, so job tests can prove exactly what was done', async () => {
    const person = contact();
    const gateway = new MemoryGateway({ records: { Contact: [person] } });
    await gateway.update('Contact', person.id, { title: 'A' });
    await gateway.erase('Contact', person.id, ['emailAddress']);
    expect(gateway.writes).toEqual([
      { kind: 'update', entityType: 'Contact', id: person.id, changed: { title: 'A' } },
      { kind: 'erase', entityType: 'Contact', id: person.id, fieldList: ['emailAddress'] },
    ]);
  });

  it('refuses a record without an id', () => {
    expect(() => new MemoryGateway({ records: { Contact: [{ lastName: 'x' }] } })).toThrow(TypeError);
  });

  it('returns copies: mutating a result does not change the store', async () => {
    const person = contact({ title: 'A' });
    const gateway = new MemoryGateway({ records: { Contact: [person] } });
    const read = await gateway.get('Contact', person.id);
    if (read) Object.assign(read, { title: 'B' });
    expect((await gateway.get('Contact', person.id))?.title).toBe('A');
  });
});
