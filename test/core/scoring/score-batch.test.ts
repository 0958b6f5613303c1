import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileModel, DEFAULT_MODELS, scoreBatch } from '../../../src/core/scoring';
import type { RecordScorer, ScoreResult } from '../../../src/core/scoring';
import { arbitraryFacts, arbitraryNarrowFacts, TODAY } from './arbitraries';

/** Each default model prepared twice: a batch's answers must not depend on the caches another batch filled. */
const fresh = (): RecordScorer[] => DEFAULT_MODELS.map((model) => compileModel(model).prepare(TODAY));

describe('scoreBatch', () => {
  it('gives each record what its own scorer gives, with its index in the batch, whatever the mix of models', () => {
    const records = fc.array(fc.tuple(fc.oneof(arbitraryFacts, arbitraryNarrowFacts), fc.nat(DEFAULT_MODELS.length - 1)), { maxLength: 12 });
    fc.assert(fc.property(records, (batch) => {
      const inBatch = fresh();
      const oneByOne = fresh();
      const results: ScoreResult[] = [];
      scoreBatch(batch.map(([facts]) => facts), batch.map(([, m]) => inBatch[m] as RecordScorer), (result, i) => {
        results[i] = result;
      });
      expect(results).toStrictEqual(batch.map(([facts, m]) => (oneByOne[m] as RecordScorer)(facts)));
    }), { numRuns: 200 });
  });

  it('scores the records of one scorer before those of the next', () => {
    const calls: string[] = [];
    const [b2b, b2c] = fresh() as [RecordScorer, RecordScorer];
    const spy = (name: string, scorer: RecordScorer): RecordScorer => (facts) => {
      calls.push(name);
      return scorer(facts);
    };
    const a = spy('a', b2b);
    const b = spy('b', b2c);
    const facts = fc.sample(arbitraryFacts, { numRuns: 4, seed: 1 });
    const order: number[] = [];
    scoreBatch(facts, [a, b, a, b], (_result, i) => order.push(i));
    expect(calls).toEqual(['a', 'a', 'b', 'b']);
    expect(order).toEqual([0, 2, 1, 3]);
  });

  it('refuses records and scorers that do not pair up', () => {
    expect(() => scoreBatch(fc.sample(arbitraryFacts, { numRuns: 2, seed: 1 }), fresh().slice(0, 1), () => undefined)).toThrow(RangeError);
  });
});
