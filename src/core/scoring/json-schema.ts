import { z } from 'zod';
import { conditionDefinitions, ref } from './json-schema-conditions';
import type { JsonSchema } from './json-schema-conditions';
import { ScoringModelSchema } from './model-schema';
import { LABEL_PLACEHOLDERS } from './reason-label';
import { VERSION } from './validate-texts';

/** Where editors find the schema: model files name it in their `yaml-language-server` modeline. */
export const SCORING_SCHEMA_FILE = 'scoring-model.schema.json';

const DESCRIPTION = [
  'An AutoCible scoring model (YAML or JSON). Checked here as when the model is loaded: every field, each condition',
  'against its fact (the operators of the fact\'s type, a value of that type, the fact\'s own codes), `since` a date',
  'fact, `valueFact` a known fact, `since` and `decay` on engagement rules that add points, a version of dotted',
  'numbers, `{value}` as the only placeholder of a reason, an Account model for professionals, a weight above 0.',
  'Checked only when the model is loaded, as a JSON Schema cannot express them: grade bars that leave a lower grade',
  'unreachable, duplicate rule or group ids, a rule\'s group that is not declared, a group mixing fit and engagement',
  'rules, `between` with min above max, conditions nested more than 12 deep.',
].join(' ');


const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A reason label: text whose only braces are those of its placeholders (`reason-label.ts`). */
const REASON_PATTERN = `^(?:[^{}]|${LABEL_PLACEHOLDERS.map(escapeRegExp).join('|')})*$`;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object at `path` in the schema zod exported; throws when zod's output no longer has that shape. */
function at(schema: Record<string, unknown>, ...path: string[]): Record<string, unknown> {
  let node: unknown = schema;
  for (const key of path) node = isObject(node) ? node[key] : undefined;
  if (!isObject(node)) throw new Error(`scoring JSON Schema: no object at ${path.join('.')}`);
  return node;
}

const description = (schema: Record<string, unknown>): JsonSchema =>
  typeof schema['description'] === 'string' ? { description: schema['description'] } : {};

/**
 * Rules: `since` names a date fact, `valueFact` a fact, the reason no placeholder but `{value}`; `since` on
 * engagement rules that add points, `decay` with it.
 */
function refineRules(rule: Record<string, unknown>): void {
  const properties = at(rule, 'properties');
  properties['since'] = { ...description(at(properties, 'since')), allOf: [ref('DateFactName')] };
  properties['valueFact'] = { ...description(at(properties, 'valueFact')), allOf: [ref('FactName')] };
  const reason = at(properties, 'reason', 'properties');
  for (const lang of ['fr', 'en']) {
    Object.assign(at(reason, lang), { pattern: REASON_PATTERN, patternErrorMessage: '{value} is the only placeholder: no other {…} or brace' });
  }
  rule['allOf'] = [
    {
      if: { required: ['since'] },
      then: {
        properties: {
          axis: { const: 'engagement', errorMessage: 'a rule with `since` fades: it must be an engagement rule' },
          points: { type: 'integer', minimum: 0, errorMessage: 'a rule with `since` fades: it cannot take points away' },
        },
      },
    },
    { if: { required: ['decay'] }, then: { required: ['since'] } },
  ];
}

/** The model: a version of dotted numbers; an Account model covers professionals; the two weights are not both 0. */
function refineModel(schema: Record<string, unknown>): void {
  Object.assign(at(schema, 'properties', 'version'), { pattern: VERSION.source, patternErrorMessage: 'numbers separated by dots, such as 2025.2.0' });
  const combine = at(schema, 'properties', 'combine');
  combine['if'] = { properties: { fitWeight: { const: 0 } }, required: ['fitWeight'] };
  combine['then'] = { properties: { engagementWeight: { type: 'number', exclusiveMinimum: 0, errorMessage: 'fitWeight is 0: engagementWeight must be above 0' } } };
  const appliesTo = at(schema, 'properties', 'appliesTo');
  appliesTo['if'] = { properties: { entityTypes: { type: 'array', contains: { const: 'Account' } } }, required: ['entityTypes'] };
  appliesTo['then'] = {
    properties: { customerKinds: { type: 'array', contains: { const: 'PROFESSIONNEL' }, errorMessage: 'a model for Account must cover PROFESSIONNEL' } },
  };
}

/**
 * JSON Schema (draft-07, read the same by 2019-09 and 2020-12 validators) of a scoring model file, for editor
 * completion and checks. It describes the file as written (defaults optional). Generated from the zod schema,
 * its conditions from the fact and operator registries (`json-schema-conditions.ts`); what it cannot check is
 * listed in its description and checked by `parseScoringModel`.
 */
export function scoringModelJsonSchema(): Record<string, unknown> {
  // A copy: zod may hand out one object for a schema used twice (the labels), and the refinements below edit in place.
  const { $schema, ...schema } = structuredClone(z.toJSONSchema(ScoringModelSchema, { io: 'input', target: 'draft-7' })) as Record<string, unknown>;
  const definitions = at(schema, 'definitions');
  const condition = at(definitions, 'Condition');
  const branches = condition['anyOf'];
  if (!Array.isArray(branches)) throw new Error('scoring JSON Schema: Condition is no longer a union');
  // zod's leaf condition (one object per operator, any fact) becomes the leaf of the fact registry.
  condition['anyOf'] = branches.map((branch: unknown) => (isObject(branch) && 'oneOf' in branch ? ref('LeafCondition') : branch));
  refineRules(at(schema, 'properties', 'rules', 'items'));
  refineModel(schema);
  return { $schema, title: 'AutoCible scoring model', description: DESCRIPTION, ...schema, definitions: { ...definitions, ...conditionDefinitions() } };
}
