/**
 * What a problem of a scoring model file is: a code and the values a sentence about it needs (names of facts,
 * operators, rules and groups, bounds, the model's own values), so that each language words it
 * (`validate-issue-text.ts`). A model file holds no personal data; the values here come from it only.
 */
import type { FactType } from './fact-types';
import type { OperatorName } from './operators/types';

/** The values of each code. */
export interface ModelIssueParams {
  /** The file is not YAML or JSON; where, when the parser says, and the YAML parser's code. */
  readonly notParsable: { readonly format: 'yaml' | 'json'; readonly line?: number; readonly column?: number; readonly yamlCode?: string };
  readonly whenMissing: Readonly<Record<never, never>>;
  readonly conditionShape: Readonly<Record<never, never>>;
  readonly conditionTooDeep: { readonly max: number };
  readonly conditionUnexpectedKey: { readonly key: string };
  readonly groupNotAlone: { readonly key: 'all' | 'any' | 'not'; readonly others: readonly string[] };
  readonly groupEmpty: { readonly key: 'all' | 'any' };
  readonly factMissing: Readonly<Record<never, never>>;
  readonly factUnknown: { readonly fact: string };
  readonly operatorMissing: { readonly operators: readonly string[] };
  readonly operatorUnknown: { readonly operator: string; readonly operators: readonly string[] };
  readonly operatorFactType: { readonly operator: OperatorName; readonly fact: string; readonly factType: FactType; readonly factTypes: readonly FactType[] };
  /** The value does not have the shape the operator takes (what it takes depends on the operator). */
  readonly valueShape: { readonly operator: OperatorName; readonly fact: string };
  /** `got`: the model's value as JSON. */
  readonly valueType: { readonly fact: string; readonly factType: FactType; readonly got: string };
  readonly valueCode: { readonly fact: string; readonly value: string; readonly codes: readonly string[] };
  readonly betweenOrder: { readonly fact: string; readonly min: string; readonly max: string };
  readonly decayWithoutSince: Readonly<Record<never, never>>;
  readonly sinceUnknown: { readonly fact: string };
  readonly sinceNotDate: { readonly fact: string; readonly factType: FactType };
  readonly sinceOnFit: Readonly<Record<never, never>>;
  readonly sinceOnPenalty: Readonly<Record<never, never>>;
  readonly groupUndeclared: { readonly group: string };
  readonly valueFactUnknown: { readonly fact: string };
  readonly duplicateId: { readonly kind: 'rule' | 'group'; readonly id: string };
  readonly groupMixesAxes: { readonly group: string };
  readonly gradesOrder: { readonly A: number; readonly B: number; readonly C: number };
  /**
   * A grade whose bar (score and axis minimums) every record reaching it also passes for a higher grade: `above`,
   * the grades those records get instead; `impliedScore`, the lowest score the bar's fit and engagement minimums
   * combine to, when it is above the bar's own score.
   */
  readonly gradeUnreachable: { readonly grade: 'B' | 'C'; readonly above: readonly ('A' | 'B')[]; readonly impliedScore?: number };
  readonly noWeight: Readonly<Record<never, never>>;
  /** A reason label with `{…}` placeholders its template does not know (`allowed`: those it does). */
  readonly labelPlaceholderUnknown: { readonly lang: 'fr' | 'en'; readonly placeholders: readonly string[]; readonly allowed: readonly string[] };
  /** A reason label with a `{` or `}` outside a placeholder. */
  readonly labelStrayBrace: { readonly lang: 'fr' | 'en'; readonly allowed: readonly string[] };
  /** `version` is not numbers separated by dots (`2026.1.0`); `got`: the model's text. */
  readonly versionFormat: { readonly got: string };
  /** `version` written without quotes, so YAML reads a number (`version: 2026.2`); `got`: that number. */
  readonly versionNumber: { readonly got: string };
  /** A grade's bar (`grades.A`…) missing, or neither a number nor `{ score, fit, engagement }`. */
  readonly gradeBarShape: { readonly missing: boolean };
  /** A decay missing, or with neither `halfLifeDays` nor `windowDays`. */
  readonly decayShape: { readonly missing: boolean };
  /** A decay with both `halfLifeDays` and `windowDays`. */
  readonly decayBothForms: Readonly<Record<never, never>>;
  readonly accountNotProfessional: Readonly<Record<never, never>>;
  // The schema's problems with one field, which the text names before them.
  readonly required: Readonly<Record<never, never>>;
  /** `expected`: zod's name of the type (`string`, `int`, `object`…). */
  readonly wrongType: { readonly expected: string };
  readonly notKebabCase: Readonly<Record<never, never>>;
  readonly badFormat: Readonly<Record<never, never>>;
  /** `origin`: what is measured (`number`, `string` for its length, `array` for its items). */
  readonly tooSmall: { readonly origin: string; readonly minimum: number; readonly inclusive: boolean };
  readonly tooBig: { readonly origin: string; readonly maximum: number; readonly inclusive: boolean };
  readonly notOneOf: { readonly values: readonly string[] };
  readonly unknownKeys: { readonly keys: readonly string[] };
  /** None of the accepted forms, for a union the codes above do not word. */
  readonly noFormMatches: Readonly<Record<never, never>>;
  readonly invalid: Readonly<Record<never, never>>;
}

export type ModelIssueCode = keyof ModelIssueParams;

/** A code with its values. */
export type ModelIssueKind = { readonly [C in ModelIssueCode]: { readonly code: C; readonly params: ModelIssueParams[C] } }[ModelIssueCode];

/** `{ code, params }` with the values typed by the code. */
export function issueKind<C extends ModelIssueCode>(code: C, params: ModelIssueParams[C]): ModelIssueKind {
  return { code, params } as ModelIssueKind;
}
