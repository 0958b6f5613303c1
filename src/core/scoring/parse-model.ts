// Kept apart from validate-model.ts so that compiling a model (the browser's path, with the TS
// default models) does not pull the YAML parser into the bundle.
import { parse as parseYaml } from 'yaml';
import type { ScoringModel } from './model-schema';
import { ScoringModelError } from './scoring-model-error';
import { validateScoringModel } from './validate-model';

function parseText(text: string, format: 'yaml' | 'json'): unknown {
  try {
    return format === 'json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ScoringModelError([{ path: [], message: `not valid ${format.toUpperCase()}: ${reason}` }]);
  }
}

/** Parses a scoring model file (`yaml` or `json`) and validates it; throws `ScoringModelError`. */
export function parseScoringModel(text: string, format: 'yaml' | 'json'): ScoringModel {
  return validateScoringModel(parseText(text, format));
}
