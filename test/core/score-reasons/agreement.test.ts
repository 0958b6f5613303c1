import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreReasonsSchema, validateScoreReasons } from '../../../src/core/score-reasons';
import { brokenScoreReasons, scoreReasons } from './arbitraries';

/** The browser validator and the zod schema give the same verdict and, when valid, the same value. */
function agree(value: unknown): void {
  const zod = scoreReasonsSchema.safeParse(value);
  const browser = validateScoreReasons(value);
  expect(browser.ok).toBe(zod.success);
  if (browser.ok && zod.success) expect(browser.value).toEqual(zod.data);
}

describe('the browser validator of score reasons', () => {
  it('accepts every value the zod schema accepts', () => {
    fc.assert(fc.property(scoreReasons, agree));
  });

  it('agrees with the zod schema on values broken in one place', () => {
    fc.assert(fc.property(brokenScoreReasons, agree), { numRuns: 2000 });
  });

  it('agrees with the zod schema on arbitrary values and JSON', () => {
    fc.assert(fc.property(fc.oneof(fc.anything(), fc.jsonValue()), agree), { numRuns: 500 });
  });

  it('is exercised on both verdicts by the broken values', () => {
    const verdicts = fc.sample(brokenScoreReasons, { numRuns: 300, seed: 42 }).map((value) => validateScoreReasons(value).ok);
    expect(verdicts).toContain(true);
    expect(verdicts).toContain(false);
  });
});
