/**
 * Record ids shaped like EspoCRM's: 17 lower-case hex digits. EspoCRM builds them from uniqid()
 * (8 hex of seconds, 5 of microseconds) plus 4 random hex; here the first 8 carry a time-like
 * prefix, the entity stream and the record index, so ids are unique by construction and
 * computable from the index alone (a vehicle can name its owner's id without a lookup table).
 */
/** One hex digit per id stream; keeps ids of different entity types apart. */
export const ID_STREAM = {
  Account: 1,
  Contact: 2,
  Lead: 3,
  AutoCibleVehicle: 4,
  Opportunity: 5,
} as const;

export type IdStream = keyof typeof ID_STREAM;

/** Up to 16 777 215 records per stream (6 hex digits of index). */
export function espoId(stream: IdStream, index: number, seed: number): string {
  const head = `6${ID_STREAM[stream].toString(16)}${index.toString(16).padStart(6, '0')}`;
  const tail = (Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(seed | 0, 0x85ebca6b) ^ (ID_STREAM[stream] << 28)) >>> 0;
  const extra = (Math.imul(tail ^ (tail >>> 15), 0x2c1b3c6d) >>> 0) % 16;
  return `${head}${tail.toString(16).padStart(8, '0')}${extra.toString(16)}`;
}

