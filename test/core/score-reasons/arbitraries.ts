/** fast-check arbitraries of the score reasons format, valid and broken. */
import fc from 'fast-check';
import type { FiredReason, ScoreReasons } from '../../../src/core/score-reasons';

// JSON has no -0: a reason with -0 points reads back as 0.
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
const label = fc.record({ fr: fc.string(), en: fc.string() });

export const firedReason: fc.Arbitrary<FiredReason> = fc.record({
  rule: fc.string({ minLength: 1 }),
  axis: fc.constantFrom('fit' as const, 'engagement' as const),
  label,
  value: fc.oneof(fc.string(), finite, fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 })),
  valueLabel: label,
  points: finite,
}, { requiredKeys: ['rule', 'axis', 'label', 'value', 'points'] });

export const scoreReasons: fc.Arbitrary<ScoreReasons> = fc.record({
  v: fc.constant(1 as const),
  modelId: fc.string({ minLength: 1 }),
  modelVersion: fc.string({ minLength: 1 }),
  fired: fc.array(firedReason, { maxLength: 5 }),
  top: label,
});

/** Values a writer could get wrong, put anywhere in a valid value. */
const troublemaker = fc.oneof(
  fc.constantFrom(undefined, null, '', 0, -0, Number.NaN, Number.POSITIVE_INFINITY, true, 'fit', 'engagement', 'other', 1, 2, [], {}, ['a', 1]),
  fc.anything(),
);

type Tree = unknown;

/** Every path (list of keys) of the objects and arrays in `value`, the value itself included. */
function paths(value: Tree, prefix: readonly (string | number)[] = []): (readonly (string | number)[])[] {
  const own: (readonly (string | number)[])[] = [prefix];
  if (Array.isArray(value)) return [...own, ...value.flatMap((item, i) => paths(item, [...prefix, i]))];
  if (typeof value === 'object' && value !== null) {
    return [...own, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...prefix, key]))];
  }
  return own;
}

function replaced(value: Tree, path: readonly (string | number)[], replacement: unknown, remove: boolean): Tree {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value)) return value.map((item, i) => (i === head ? replaced(item, rest, replacement, remove) : item));
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  if (remove && rest.length === 0) delete copy[head];
  else copy[head] = replaced(copy[head], rest, replacement, remove);
  return copy;
}

/** A value of `valid` with one node (the root included) replaced by a `replacement`, or removed. */
export function breakOneNode(valid: fc.Arbitrary<unknown>, replacement: fc.Arbitrary<unknown> = troublemaker): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.nat(), replacement, fc.boolean()).map(([value, pick, by, remove]) => {
    const all = paths(value);
    const path = all[pick % all.length] ?? [];
    return replaced(value, path, by, remove);
  });
}

/** A valid value with one node replaced by a troublemaker, or removed. */
export const brokenScoreReasons: fc.Arbitrary<unknown> = breakOneNode(scoreReasons);
