import { adjustmentLabels, compileRule } from './compiled-rule';
import type { Facts } from './fact-types';
import type { ScoringModel } from './model-schema';
import type { ScoreResult } from './result-types';
import { prepareScorer } from './scorer';
import type { RecordScorer, ScorerParts } from './scorer';
import { toDay } from './today';
import type { Today } from './today';
import { validateScoringModel } from './validate-model';

/**
 * A model compiled once: conditions into interpreter nodes (`operators/node.ts`), reason labels into
 * templates, decay into lookup tables. Call it as `(facts, today) => result`; for a run over many
 * records, `prepare(today)` once and call the returned scorer for each record (date windows resolved once).
 */
export interface CompiledModel {
  (facts: Facts, today: Today): ScoreResult;
  readonly model: ScoringModel;
  /** `<id>@<version>`. */
  readonly modelVersion: string;
  prepare(today: Today): RecordScorer;
}

/**
 * Validates `model` (a `ScoringModelError` if it is not valid: it may come from anywhere) and
 * compiles it. Pure: the compiled model holds no clock and no I/O.
 */
export function compileModel(model: ScoringModel): CompiledModel {
  const valid = validateScoringModel(model);
  const parts: ScorerParts = {
    model: valid,
    modelVersion: `${valid.id}@${valid.version}`,
    rules: valid.rules.map((rule) => compileRule(rule, valid)),
    labels: adjustmentLabels(valid),
  };
  let lastDay = Number.NaN;
  let lastScorer: RecordScorer | undefined;
  const prepare = (today: Today): RecordScorer => prepareScorer(parts, toDay(today));
  const score = (facts: Facts, today: Today): ScoreResult => {
    const day = toDay(today);
    // Same answer as prepare(today)(facts): the prepared scorer is kept while the day does not change.
    if (lastScorer === undefined || day !== lastDay) {
      lastScorer = prepareScorer(parts, day);
      lastDay = day;
    }
    return lastScorer(facts);
  };
  return Object.assign(score, { model: valid, modelVersion: parts.modelVersion, prepare });
}
