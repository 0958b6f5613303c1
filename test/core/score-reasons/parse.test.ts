import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScoreReasons, ScoreReasonsInvalidError, serialiseScoreReasons } from '../../../src/core/score-reasons';
import type { ScoreReasons } from '../../../src/core/score-reasons';
import { brokenScoreReasons, scoreReasons } from './arbitraries';

const example: ScoreReasons = {
  v: 1,
  modelId: 'b2c-renewal',
  modelVersion: '2026.1',
  fired: [
    { rule: 'financing-ends-soon', axis: 'engagement', label: { fr: 'Fin de LOA dans 3 mois', en: 'Lease ends in 3 months' }, value: '2027-02-15', points: 25 },
    { rule: 'vehicle-age', axis: 'fit', label: { fr: 'Véhicule de plus de 4 ans', en: 'Vehicle older than 4 years' }, value: 62, points: 15 },
    { rule: 'no-inbound', axis: 'engagement', label: { fr: 'Aucun contact entrant', en: 'No inbound contact' }, value: null, points: -5 },
  ],
  top: { fr: 'Fin de LOA dans 3 mois et véhicule de plus de 4 ans.', en: 'Lease ends in 3 months and vehicle older than 4 years.' },
};

function problemOf(text: unknown): { path: string; problem: string } | undefined {
  const parsed = parseScoreReasons(text);
  return parsed.status === 'unreadable' ? { path: parsed.error.path, problem: parsed.error.problem } : undefined;
}

describe('serialiseScoreReasons and parseScoreReasons', () => {
  it('read back every valid value they wrote', () => {
    fc.assert(
      fc.property(scoreReasons, (reasons) => {
        expect(parseScoreReasons(serialiseScoreReasons(reasons))).toEqual({ status: 'ok', reasons });
      }),
    );
  });

  it('write the same text whatever the key order, so an unchanged score writes nothing', () => {
    const reordered = { top: example.top, fired: example.fired, modelVersion: example.modelVersion, modelId: example.modelId, v: 1 as const };
    expect(serialiseScoreReasons(reordered)).toBe(serialiseScoreReasons(example));
    expect(serialiseScoreReasons(example).startsWith('{"v":1,"modelId":"b2c-renewal","modelVersion":"2026.1","fired":[')).toBe(true);
  });

  it('leave out keys the format does not know, and a reader ignores them', () => {
    const withExtra = { ...example, fired: example.fired.map((reason) => ({ ...reason, kind: 'rule' })), evaluated: 12 };
    expect(serialiseScoreReasons(withExtra)).toBe(serialiseScoreReasons(example));
    expect(parseScoreReasons(JSON.stringify(withExtra))).toEqual({ status: 'ok', reasons: example });
  });
});

describe('parseScoreReasons on a bad or empty value', () => {
  it.each([
    ['null (never scored)', null, { path: '', problem: 'empty' }],
    ['undefined', undefined, { path: '', problem: 'empty' }],
    ['an empty text', '', { path: '', problem: 'empty' }],
    ['blank text', '  \n', { path: '', problem: 'empty' }],
    ['a number instead of text', 42, { path: '', problem: 'wrongType' }],
    ['text that is not JSON', '{"v":1,', { path: '', problem: 'notJson' }],
    ['a JSON array', '[]', { path: '', problem: 'wrongType' }],
    ['another version', JSON.stringify({ ...example, v: 2 }), { path: 'v', problem: 'unsupportedVersion' }],
    ['an unknown axis', JSON.stringify({ ...example, fired: [{ ...example.fired[0], axis: 'intent' }] }), { path: 'fired.0.axis', problem: 'unknownAxis' }],
    ['points as text', JSON.stringify({ ...example, fired: [example.fired[0], { ...example.fired[1], points: '15' }] }), { path: 'fired.1.points', problem: 'wrongType' }],
    ['an empty rule id', JSON.stringify({ ...example, fired: [{ ...example.fired[0], rule: '' }] }), { path: 'fired.0.rule', problem: 'empty' }],
    ['a missing top sentence', JSON.stringify({ ...example, top: undefined }), { path: 'top', problem: 'missing' }],
  ])('gives an unreadable result for %s', (_name, text, expected) => {
    expect(problemOf(text)).toEqual(expected);
    expect(parseScoreReasons(text)).toMatchObject({ status: 'unreadable', error: expect.any(ScoreReasonsInvalidError) });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), brokenScoreReasons.map((value) => JSON.stringify(value) ?? '')), (text) => {
        expect(['ok', 'unreadable']).toContain(parseScoreReasons(text).status);
      }),
    );
  });
});

describe('serialiseScoreReasons on a value the panel could not read', () => {
  it.each([
    ['NaN points', { ...example, fired: [{ ...example.fired[0]!, points: Number.NaN }] }, 'fired.0.points', 'notFinite'],
    ['an empty model id', { ...example, modelId: '' }, 'modelId', 'empty'],
    ['an infinite value seen', { ...example, fired: [example.fired[0]!, { ...example.fired[1]!, value: Number.POSITIVE_INFINITY }] }, 'fired.1.value', 'notFinite'],
  ])('throws ScoreReasonsInvalidError naming the path for %s', (_name, reasons, path, problem) => {
    expect(() => serialiseScoreReasons(reasons)).toThrowError(expect.objectContaining({ code: 'SCORE_REASONS_INVALID', path, problem }));
  });
});
