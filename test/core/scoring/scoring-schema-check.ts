// Validates scoring files against a JSON Schema of them with ajv, for the tests of the exported schema
// (models/scoring-model.schema.json). The schema is draft-07 written so that 2020-12 reads it the same: each
// check runs under both.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import { parse as parseYaml } from 'yaml';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const SHIPPED_MODELS = ['models/b2b-fleet.yaml', 'models/b2c-renewal.yaml'] as const;

export const readModel = (path: string): unknown => parseYaml(readFileSync(resolve(ROOT, path), 'utf8'));
export const readSchema = (path = 'models/scoring-model.schema.json'): Record<string, unknown> =>
  JSON.parse(readFileSync(resolve(ROOT, path), 'utf8')) as Record<string, unknown>;

/** Editor annotations of the schema (VS Code, yaml-language-server): known to ajv, checked by nobody. */
const ANNOTATIONS = ['enumDescriptions', 'markdownEnumDescriptions', 'errorMessage', 'patternErrorMessage'];

export type Draft = 'draft-07' | '2020-12';

export interface SchemaCheck {
  /** The errors of `model`, none when the schema accepts it. */
  model(model: unknown): readonly ErrorObject[];
  /** The errors of one condition (`definitions.Condition`). */
  condition(condition: unknown): readonly ErrorObject[];
}

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/**
 * Compiles `schema` with ajv in strict mode for `draft`: under its own `$schema` for the draft it declares, and
 * without it for the other one, so the keywords are read with that draft's meaning.
 */
export function schemaCheck(schema: Record<string, unknown>, draft: Draft): SchemaCheck {
  const declared = schema['$schema'] === DRAFT_07 ? 'draft-07' : '2020-12';
  const bare = { ...schema };
  delete bare['$schema'];
  const ajv = draft === 'draft-07' ? new Ajv({ allErrors: true, strictTypes: true }) : new Ajv2020({ allErrors: true, strictTypes: true });
  ajv.addVocabulary(ANNOTATIONS);
  ajv.addSchema(draft === declared ? schema : bare, 'scoring');
  const errorsOf = (validate: ValidateFunction) => (data: unknown): readonly ErrorObject[] => (validate(data) ? [] : (validate.errors ?? []));
  const model = ajv.getSchema('scoring');
  if (model === undefined) throw new Error('scoring schema not compiled');
  const definitions = '$defs' in schema ? '$defs' : 'definitions';
  return { model: errorsOf(model), condition: errorsOf(ajv.compile({ $ref: `scoring#/${definitions}/Condition` })) };
}
