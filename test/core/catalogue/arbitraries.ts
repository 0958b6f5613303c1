import fc from 'fast-check';
import { isIsoDate } from '../../../src/core/catalogue';

/** Real calendar dates `YYYY-MM-DD` between 1930 and 2060, month ends and 29 February included. */
export const isoDate = fc
  .tuple(fc.integer({ min: 1930, max: 2060 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
  .filter(isIsoDate);

/** Two dates in order: `[earlier, later]` (possibly equal). */
export const orderedDates = fc
  .tuple(isoDate, isoDate)
  .map(([a, b]): readonly [string, string] => (a <= b ? [a, b] : [b, a]));

/** Three dates in order. */
export const sortedTriple = fc.tuple(isoDate, isoDate, isoDate).map((dates) => [...dates].sort() as [string, string, string]);
