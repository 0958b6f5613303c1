import { compileModel } from './compile-model';
import type { CompiledModel } from './compile-model';
import type { Facts } from './fact-types';
import type { ScoringModel } from './model-schema';
import type { ScoreResult } from './result-types';
import type { Today } from './today';

// Compiled once per model object; a WeakMap lets the model and its closures be collected together.
const compiled = new WeakMap<ScoringModel, CompiledModel>();

/**
 * Scores one record's facts with `model` as of `today`. Compiles the model the first time it sees
 * it; for many records, `compileModel(model).prepare(today)` avoids the lookup.
 */
export function scoreRecord(model: ScoringModel, facts: Facts, today: Today): ScoreResult {
  let scorer = compiled.get(model);
  if (scorer === undefined) {
    scorer = compileModel(model);
    compiled.set(model, scorer);
  }
  return scorer(facts, today);
}
