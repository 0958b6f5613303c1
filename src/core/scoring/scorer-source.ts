import type { CompiledRule } from './compiled-rule';
import { FACT_REGISTRY } from './fact-registry';
import { gradeMinimums } from './grade';
import type { GradeBar } from './model-schema';
import { conditionSource } from './operators/js-source';
import type { Constants } from './operators/js-source';
import type { CondNode } from './operators/node';
import { numberSlotSource } from './reason-cache';
import type { CappedGroup } from './reason-makers';

/** What the generated scorer is made of: the model's rules for one day, its caps and its combination. */
export interface ScorerPlan {
  readonly rules: readonly CompiledRule[];
  /** Each rule's condition for the day, in rule order. */
  readonly conditions: readonly CondNode[];
  readonly fitCaps: readonly CappedGroup[];
  readonly engagementCaps: readonly CappedGroup[];
  readonly groupCount: number;
  readonly today: number;
  readonly fitWeight: number;
  readonly engagementWeight: number;
  readonly grades: { readonly A: GradeBar; readonly B: GradeBar; readonly C: GradeBar };
}

const int = (n: number): string => String(n | 0);

/**
 * Reads each fact the model tests from a local loaded once at the top (`f12` for slot 12): rules on the
 * same fact (lease ends within 3, 6, 12 months…) then read it once, not once each. Records the slots used.
 */
class LocalFacts {
  private readonly used = new Set<number>();
  readonly read = (slot: number): string => {
    this.used.add(slot | 0);
    return `f${int(slot)}`;
  };

  /** The declaration of every local read so far. */
  declaration(): string {
    const slots = [...this.used].sort((a, b) => a - b);
    return slots.length === 0 ? '' : `const ${slots.map((slot) => `f${int(slot)} = f[${int(slot)}]`).join(', ')};`;
  }
}

/** The points a rule earns: a constant, or decayed with the days since its event (as `decayedPoints`). */
function pointsSource(rule: CompiledRule, i: number, plan: ScorerPlan, k: Constants, facts: LocalFacts): string {
  const points = k.number(rule.points);
  if (rule.sinceSlot < 0) return `p = ${points};`;
  // The day is a number the scorer was prepared for; the table is the rule's own (`D<i>`).
  return `p = typeof (v = ${facts.read(rule.sinceSlot)}) === 'number' ? ((v = ${k.number(plan.today)} - v) <= 0 ? ${points} : v < D${int(i)}.length ? (D${int(i)}[v] ?? 0) : 0) : ${points};`;
}

// A positive reason's rank key: its points, then the earlier rule first (as `TopThree.offer`, where a
// later reason needs strictly more points to pass). Points are whole numbers and rules at most 64.
const RANK_SPAN = 64;

/**
 * Inserts the reason text `t` with rank key `x` among the three strongest (`k0` ≥ `k1` ≥ `k2`, 0 for an
 * empty place): one comparison for most reasons, which rank below the third.
 */
const INSERT = 'if (x > k2) { if (x > k1) { k2 = k1; t2 = t1; if (x > k0) { k1 = k0; t1 = t0; k0 = x; t0 = t; } else { k1 = x; t1 = t; } } else { k2 = x; t2 = t; } }';

/** The rank key of rule `i`'s reason and its insertion: a constant key for constant points. */
function offerSource(rule: CompiledRule, i: number): string {
  const tieBreak = RANK_SPAN - 1 - i;
  // Decay only ever lowers positive points towards 0: a rule without positive points never reaches the top three.
  if (rule.points <= 0) return '';
  if (rule.sinceSlot < 0) return `x = ${int(rule.points * RANK_SPAN + tieBreak)};\n${INSERT}`;
  return `if (p > 0) { x = p * ${int(RANK_SPAN)} + ${int(tieBreak)};\n${INSERT}\n}`;
}

function ruleSource(rule: CompiledRule, i: number, plan: ScorerPlan, k: Constants, facts: LocalFacts): string {
  const n = int(i);
  const guard = rule.requires >= 0 ? `${facts.read(rule.requires)} !== null && ` : '';
  const value = rule.valueSlot >= 0 ? `v = ${facts.read(rule.valueSlot)}; if (v === undefined) v = null;` : 'v = null;';
  const lines = [
    `if (${guard}${conditionSource(plan.conditions[i] as CondNode, k, facts.read)}) {`,
    pointsSource(rule, i, plan, k, facts),
    rule.axis === 'fit' ? 'fit += p;' : 'eng += p;',
    rule.group >= 0 ? `g${int(rule.group)} += p;` : '',
    value,
    rule.fixedText === null ? cachedReasonSource(rule, n) : fixedReasonSource(rule, n),
    offerSource(rule, i),
    '}',
  ];
  return lines.filter((line) => line !== '').join('\n');
}

/**
 * The text `t` of the value `v` from the rule's cache, then its reason `r`: what `ReasonCache.get` and
 * `ReasonText.reasonOf` give, with their usual hits checked here (in a function this large V8 stops
 * inlining calls, and a call per reason is a good part of a record's time).
 */
function cachedReasonSource(rule: CompiledRule, n: string): string {
  const type = FACT_REGISTRY[rule.valueSlot]?.type;
  const numeric = type === 'number' || type === 'date';
  const text = numeric
    ? `t = typeof v === 'number' ? N${n}[${numberSlotSource('v', type === 'date')}] : undefined; if (t === undefined || t.fact !== v) t = T${n}.get(v);`
    : type === 'multiEnum' ? lastListSource(n) : lastValuesSource(n);
  return [
    text,
    // The texts of a rule without decay only ever see its points: their last reason is the one.
    rule.sinceSlot < 0
      ? `r = t.lastReason; if (r === undefined) r = t.reasonOf(U${n}, p);`
      : `r = t.lastReason; if (r === undefined || t.lastPoints !== p) r = t.reasonOf(U${n}, p);`,
    'R[n++] = r;',
  ].join('\n');
}

/**
 * The text `t` of a code, boolean or absent value: one of the rule's last two when the value is the
 * same (`L<i>`/`M<i>`, then `P<i>`/`Q<i>`: most records that fire a rule on a code see one of the few
 * its condition names), from the cache otherwise.
 */
function lastValuesSource(n: string): string {
  const scalar = '(v === null || typeof v !== \'object\')';
  return [
    `if (v === L${n} && ${scalar}) t = M${n};`,
    `else { t = v === P${n} && ${scalar} ? Q${n} : T${n}.get(v); P${n} = L${n}; Q${n} = M${n}; L${n} = v; M${n} = t; }`,
  ].join('\n');
}

/** `s`: whether the list in `w` holds the codes of the list in `v`, in the same order (as `sameValue`). */
const SAME_LIST = 's = false; if (Array.isArray(v) && Array.isArray(w) && w.length === v.length) { for (j = 0; j < v.length && v[j] === w[j]; j += 1); s = j === v.length; }';

/** The text `t` of a list: the rule's last one (`M<i>`) when it holds the same codes, from the cache otherwise. */
function lastListSource(n: string): string {
  return `w = M${n} === null ? null : M${n}.fact; ${SAME_LIST}\nif (s) t = M${n}; else t = M${n} = T${n}.get(v);`;
}

/**
 * The constant text `t` of the rule and its reason `r` (as `fixedReason`, whose usual hit is checked
 * here). A reason keeps a copy of a list: a list value is compared code by code.
 */
function fixedReasonSource(rule: CompiledRule, n: string): string {
  const call = `r = h.fixedReason(last, recent, ${n}, U${n}, t.label, v, p);`;
  const check = FACT_REGISTRY[rule.valueSlot]?.type === 'multiEnum'
    ? [`if (r === undefined || r.points !== p) s = false; else if ((w = r.value) === v) s = true; else { ${SAME_LIST} }`, `if (!s) ${call}`]
    : [`if (r === undefined || r.value !== v || r.points !== p) ${call}`];
  return [`t = X${n}; r = last[${n}];`, ...check, 'R[n++] = r;'].join('\n');
}

/** Whether the record reaches a grade's bar: its score, and the axis minimums it sets (0 is always reached). */
function gradeSource(bar: GradeBar, k: Constants): string {
  const min = gradeMinimums(bar);
  const parts = [`score >= ${k.number(min.score)}`];
  if (min.fit > 0) parts.push(`fit >= ${k.number(min.fit)}`);
  if (min.engagement > 0) parts.push(`eng >= ${k.number(min.engagement)}`);
  return `(${parts.join(' && ')})`;
}

function capsSource(caps: readonly CappedGroup[], axis: 'fit' | 'engagement', total: string, k: Constants): string {
  if (caps.length === 0) return '';
  const list = axis === 'fit' ? 'fitCaps' : 'engagementCaps';
  const checks = caps.map((group, j) => {
    const sum = `g${int(group.index)}`;
    return `if (${sum} > ${k.number(group.cap)}) { R[n++] = h.capReason(${list}[${int(j)}], '${axis}', ${sum}); a += ${k.number(group.cap)} - ${sum}; }`;
  });
  return ['a = 0;', ...checks, `${total} += a;`].join('\n');
}

function clampSource(total: string, axis: 'fit' | 'engagement'): string {
  return `if (!(${total} >= 0 && ${total} <= 100)) { R[n++] = h.clampReason(${total}, '${axis}', labels); ${total} = ${total} < 0 ? 0 : 100; }`;
}

// Records that fire up to this many reasons (about 99.9 % of them on the default models) get their
// reasons in an array literal, allocated inline; `slice` is a call, and costs a tenth of a record's time.
const LITERAL_FIRED = 12;

/** `fired`: the first `n` reasons of the scratch array `R`, as a new array exactly that long. */
function firedSource(): string {
  const cases = Array.from({ length: LITERAL_FIRED + 1 }, (_, n) => `case ${int(n)}: fired = [${Array.from({ length: n }, (_, i) => `R[${int(i)}]`).join(', ')}]; break;`);
  return ['let fired;', 'switch (n) {', ...cases, 'default: fired = R.slice(0, n);', '}'].join('\n');
}

function preamble(plan: ScorerPlan): string {
  const lines = plan.rules.map((rule, i) => {
    const n = int(i);
    const text = rule.fixedText === null ? `T${n} = e.texts[${n}], N${n} = T${n}.numbers` : `X${n} = e.rules[${n}].fixedText`;
    const decay = rule.sinceSlot < 0 ? '' : `, D${n} = e.rules[${n}].decay`;
    // `L<i>` and `P<i>` start as the rule's cache itself, a value no fact ever holds.
    const last = rule.fixedText === null ? ` let L${n} = T${n}, M${n} = null, P${n} = T${n}, Q${n} = null;` : '';
    return `const U${n} = e.rules[${n}], ${text}${decay};${last}`;
  });
  return ['const R = e.scratch, last = e.lastFixed, recent = e.recentFixed, fitCaps = e.fitCaps, engagementCaps = e.engagementCaps, labels = e.labels, NONE = e.none, VERSION = e.modelVersion;', ...lines].join('\n');
}

/**
 * The JavaScript source of a whole record scorer for one model and one day: the same steps as the
 * interpreted loop of `scorer.ts` (rules in model order, caps, floor and ceiling, combination, grade,
 * top reasons), unrolled so V8 sees each rule's points, axis, group and reason as constants.
 *
 * As for conditions (`operators/js-source.ts`), nothing from a model file is written into the source:
 * only slots and indices this file computes, numbers checked to be finite, and `k[i]` constants.
 * The body runs with `k` (constants), `h` (helpers) and `e` (the run's rules, caches and scratch).
 */
export function scorerSource(plan: ScorerPlan, k: Constants): string {
  // The rank keys tell rules apart by their index below RANK_SPAN (`compiledScorer` compiles at most 64 rules).
  if (plan.rules.length > RANK_SPAN) throw new RangeError(`a generated scorer ranks at most ${String(RANK_SPAN)} rules, not ${String(plan.rules.length)}`);
  const groups = Array.from({ length: plan.groupCount }, (_, g) => `g${int(g)} = 0`);
  const total = plan.fitWeight + plan.engagementWeight;
  const facts = new LocalFacts();
  const rules = plan.rules.map((rule, i) => ruleSource(rule, i, plan, k, facts));
  return [
    "'use strict';",
    preamble(plan),
    'return function scoreRecord(f) {',
    facts.declaration(),
    `let v, p, t, r, a, w, s, j, n = 0, fit = 0, eng = 0, x, k0 = 0, k1 = 0, k2 = 0, t0 = null, t1 = null, t2 = null${groups.map((g) => `, ${g}`).join('')};`,
    ...rules,
    capsSource(plan.fitCaps, 'fit', 'fit', k),
    capsSource(plan.engagementCaps, 'engagement', 'eng', k),
    clampSource('fit', 'fit'),
    clampSource('eng', 'engagement'),
    `const score = Math.round((${k.number(plan.fitWeight)} * fit + ${k.number(plan.engagementWeight)} * eng) / ${k.number(total)});`,
    `const grade = ${gradeSource(plan.grades.A, k)} ? 'A' : ${gradeSource(plan.grades.B, k)} ? 'B' : ${gradeSource(plan.grades.C, k)} ? 'C' : 'D';`,
    firedSource(),
    'const topReasons = k0 === 0 ? NONE : t0.sentence(k1 > 0 ? t1 : null, k2 > 0 ? t2 : null);',
    `return { score, fit, engagement: eng, grade, fired, evaluated: ${int(plan.rules.length)}, topReasons, modelVersion: VERSION };`,
    '};',
  ].filter((line) => line !== '').join('\n');
}
