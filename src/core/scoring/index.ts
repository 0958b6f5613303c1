// Scoring: explainable lead scores from rules stored as data (domain.md §3, style.md principle 11).
// Pure: facts and `today` in, a score with its reasons out. Jobs and the side panel build on this API:
// buildFacts → selectModel → compileModel(model).prepare(today) → scorer(facts).
// Internal helpers (operator specs, condition compilers, value formatters) are deliberately not exported.
// `parseScoringModel` lives in its own module (parse-model.ts): a browser bundle that must not carry the
// YAML parser imports compile-model, default-models and facts-vector directly instead of this index.

// Models: schema, validation, parsing, defaults
export { ScoringModelSchema } from './model-schema';
export type { Axis, DecaySpec, ScoringGroup, ScoringModel, ScoringModelInput, ScoringRule } from './model-schema';
export type { AllCondition, AnyCondition, Condition, ConditionValue, LeafCondition, NotCondition } from './condition-schema';
export { validateScoringModel } from './validate-model';
export { parseScoringModel } from './parse-model';
export { ScoringModelError } from './scoring-model-error';
export type { ScoringModelIssue } from './scoring-model-error';
export { scoringModelJsonSchema, SCORING_SCHEMA_FILE } from './json-schema';
export { B2B_FLEET_MODEL, B2C_RENEWAL_MODEL, DEFAULT_MODELS } from './default-models';

// Operators and facts
export { OPERATOR_NAMES, OPERATORS } from './operators/registry';
export type { OperatorDef, OperatorName } from './operators/types';
export { FACT_INDEX, FACT_NAMES, FACT_REGISTRY, getFactDef } from './fact-registry';
export { describeFacts, factsFrom, factValue } from './facts-vector';
export type { FactDef, FactType, FactValue, Facts } from './fact-types';
export { buildFacts, DEFAULT_RENEWAL_POLICY } from './facts';
export type { FactInput, ScoredEntityType } from './fact-input';
export type { RawRecord } from './record-reader';
export { nextCtDueDay, vehicleFacts } from './vehicle-facts';
export type { VehicleFacts } from './vehicle-facts';
export type { RenewalPolicy } from './vehicle-aggregate';
export { FactInputError } from './fact-input-error';

// Evaluation
export { compileModel } from './compile-model';
export type { CompiledModel } from './compile-model';
export type { RecordScorer } from './scorer';
export { scoreRecord } from './evaluate';
export { scoreBatch } from './score-batch';
export type { Reason, ReasonKind, ScoreResult, ShownValue } from './result-types';
export { combineAxes, gradeOf } from './grade';
export { topReasons } from './top-reasons';
export { reasonValueLabels } from './reason-value-label';
export type { ReasonValueLabel } from './reason-value-label';

// Model selection
export { selectModel } from './select-model';
export type { ModelSelection } from './select-model';
export { resolveCustomerKind } from './customer-kind';
export type { CustomerKindBasis, ResolvedCustomerKind } from './customer-kind';
export { NoScoringModelError } from './no-model-error';

// Day numbers (dates inside facts)
export { addMonthsToDay, dayFromCivil, isoFromDay, parseDay, wholeMonthsBetween } from '../catalogue';
export { toDay } from './today';
export type { Today } from './today';
