import type { Facts } from './fact-types';
import type { ScoreResult } from './result-types';
import type { RecordScorer } from './scorer-run';

/**
 * Scores `facts[i]` with `scorers[i]` and gives the results in that order, but runs every record of
 * one scorer before the next scorer's. Records of two models taking turns also make their scorers
 * take turns in the processor's caches (code, reason texts); one model at a time, a batch of the two
 * default models scores about a fifth faster (`npm run bench`).
 */
export function scoreBatch(facts: readonly Facts[], scorers: readonly RecordScorer[]): ScoreResult[] {
  if (facts.length !== scorers.length) throw new RangeError(`scoreBatch: ${String(facts.length)} records but ${String(scorers.length)} scorers`);
  const results = new Array<ScoreResult>(facts.length);
  let left = facts.length;
  // Each pass takes the scorer of the first record left and scores every record of that scorer.
  for (let first = 0; left > 0; first += 1) {
    const scorer = scorers[first] as RecordScorer;
    if (results[first] !== undefined) continue;
    for (let i = first; i < facts.length; i += 1) {
      if (scorers[i] !== scorer) continue;
      results[i] = scorer(facts[i] as Facts);
      left -= 1;
    }
  }
  return results;
}
