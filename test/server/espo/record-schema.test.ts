import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { listSchema, recordSchema } from '../../../src/server/espo/schemas';

/** What the record schema stands for: the object schema it replaces, which copies every record. */
const asObjectSchema = z.looseObject({ id: z.string().min(1) });

const outcome = (result: z.ZodSafeParseResult<unknown>): unknown => (result.success ? { data: result.data } : { issues: result.error.issues });

describe('EspoCRM record schema', () => {
  it('accepts and rejects what z.looseObject({ id }) does, with the same issues', () => {
    const candidate = fc.oneof(
      fc.anything(),
      fc.record({ id: fc.oneof(fc.string(), fc.constant(''), fc.integer(), fc.constant(null)) }, { requiredKeys: [] }),
      fc.dictionary(fc.string(), fc.anything()).map((extra) => ({ ...extra, id: 'abc' })),
    );
    fc.assert(fc.property(candidate, (value) => {
      expect(outcome(recordSchema.safeParse(value))).toEqual(outcome(asObjectSchema.safeParse(value)));
    }), { numRuns: 500 });
  });

  it('keeps the records of a list as they came instead of copying them', () => {
    const record = { id: 'c1', firstName: 'Camille' };
    expect(listSchema.parse({ total: 1, list: [record] }).list[0]).toBe(record);
  });

  it('names the list item and the field of a record without a usable id', () => {
    const result = listSchema.safeParse({ total: 2, list: [{ id: 'ok' }, { id: '' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ code: 'too_small', path: ['list', 1, 'id'] })]);
  });
});
