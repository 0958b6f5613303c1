import type { CompiledRule } from './compiled-rule';
import { Constants } from './operators/js-source';
import { holdsAny, inItems, isEmptyValue } from './operators/node';
import { capReason, clampReason, fixedReason } from './reason-makers';
import type { CappedGroup } from './reason-makers';
import type { ReasonCache } from './reason-cache';
import type { Reason } from './result-types';
import { scorerSource } from './scorer-source';
import type { RecordScorer, ScorerRun } from './scorer-run';
import { NO_TOP_REASON } from './top-reasons';

const HELPERS = { inItems, holdsAny, isEmptyValue, fixedReason, capReason, clampReason };

/** What `e` holds in the generated source. */
interface ScorerEnv {
  readonly rules: readonly CompiledRule[];
  readonly texts: readonly ReasonCache[];
  readonly lastFixed: (Reason | undefined)[];
  readonly recentFixed: readonly Reason[][];
  readonly fitCaps: readonly CappedGroup[];
  readonly engagementCaps: readonly CappedGroup[];
  readonly labels: ScorerRun['parts']['labels'];
  readonly none: typeof NO_TOP_REASON;
  readonly modelVersion: string;
  /** Reasons of the record being scored, copied out exactly sized. */
  readonly scratch: Reason[];
}

// V8 stops optimising a function past a bytecode size; a model with more rules than this is scored
// by the interpreted loop (whose conditions are still compiled, by chunks: `rule-matcher.ts`).
export const MAX_COMPILED_RULES = 64;

/**
 * The run's scorer generated as one JavaScript function (`scorer-source.ts`): about 1.7 times as fast as
 * the interpreted loop. `undefined` for a model past `MAX_COMPILED_RULES`, or where the environment
 * forbids compiling code (a browser page whose Content-Security-Policy has no `unsafe-eval`).
 */
export function compiledScorer(run: ScorerRun): RecordScorer | undefined {
  const { model, rules, labels, modelVersion } = run.parts;
  if (rules.length > MAX_COMPILED_RULES) return undefined;
  const k = new Constants();
  const source = scorerSource({
    rules,
    conditions: run.conditions,
    fitCaps: run.fitCaps,
    engagementCaps: run.engagementCaps,
    groupCount: model.groups.length,
    today: run.today,
    fitWeight: model.combine.fitWeight,
    engagementWeight: model.combine.engagementWeight,
    grades: model.grades,
  }, k);
  const env: ScorerEnv = { rules, texts: run.texts, lastFixed: run.lastFixed, recentFixed: run.recentFixed, fitCaps: run.fitCaps, engagementCaps: run.engagementCaps, labels, none: NO_TOP_REASON, modelVersion, scratch: [] };
  try {
    const make = new Function('k', 'h', 'e', source) as (k: readonly unknown[], h: typeof HELPERS, e: ScorerEnv) => RecordScorer;
    return make(k.values, HELPERS, env);
  } catch (error) {
    if (error instanceof EvalError) return undefined;
    throw error;
  }
}
