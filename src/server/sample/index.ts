// Seeded generator of the sample dataset (realistic French dealership data in the catalogue's CSV format).

export { generateSample } from './generate';
export type { SampleSummary } from './summary';
export { DEFAULT_SAMPLE_OPTIONS, scaledSizes } from './options';
export type { SampleOptions } from './options';
export { BAD_ROWS } from './bad-rows';
export type { BadRowSpec, InjectedBadRow } from './bad-rows';
export { mixSeed, recordRng, Rng } from './prng';
export { espoId } from './ids';
export type { IdStream } from './ids';
