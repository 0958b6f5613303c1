import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { DEFAULT_MODELS, parseScoringModel, ScoringModelError } from '../../../core/scoring';
import type { ScoringModel } from '../../../core/scoring';

/** The model of the file at `path`; a `ScoringModelError` names the file. */
function parseModelFile(text: string, path: string): ScoringModel {
  try {
    return parseScoringModel(text, extname(path).toLowerCase() === '.json' ? 'json' : 'yaml');
  } catch (error) {
    throw error instanceof ScoringModelError ? new ScoringModelError(error.issues, error.modelId, path) : error;
  }
}

/**
 * The models of a run: a custom scoring file (YAML, or JSON for `.json`) first, then the shipped models for the
 * customer kinds it does not cover. Throws the core's `ScoringModelError` naming the file and each rule and field
 * at fault, with the code and values that each language words (`modelIssueText`).
 */
export async function loadModels(path: string | undefined): Promise<readonly ScoringModel[]> {
  if (path === undefined) return DEFAULT_MODELS;
  const custom = parseModelFile(await readFile(path, 'utf8'), path);
  return [custom, ...DEFAULT_MODELS.filter((model) => model.id !== custom.id)];
}
