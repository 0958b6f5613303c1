import { z } from 'zod';
import { ScoringModelSchema } from './model-schema';

/** Where editors find the schema: model files name it in their `yaml-language-server` modeline. */
export const SCORING_SCHEMA_FILE = 'scoring-model.schema.json';

/**
 * JSON Schema (draft 2020-12) of a scoring model file, for editor completion and checks. It describes
 * the file as written (defaults optional); rule-aware checks (fact types, enum codes, references)
 * happen in `parseScoringModel`.
 */
export function scoringModelJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ScoringModelSchema, { io: 'input', target: 'draft-2020-12' });
  return { ...schema, title: 'AutoCible scoring model' };
}
