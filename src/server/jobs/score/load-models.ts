import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { DEFAULT_MODELS, parseScoringModel } from '../../../core/scoring';
import type { ScoringModel } from '../../../core/scoring';

/**
 * The models of a run: a custom scoring file (YAML, or JSON for `.json`) first, then the shipped models for the
 * customer kinds it does not cover. Throws the core's `ScoringModelError` naming each rule and field at fault.
 */
export async function loadModels(path: string | undefined): Promise<readonly ScoringModel[]> {
  if (path === undefined) return DEFAULT_MODELS;
  const text = await readFile(path, 'utf8');
  const custom = parseScoringModel(text, extname(path).toLowerCase() === '.json' ? 'json' : 'yaml');
  return [custom, ...DEFAULT_MODELS.filter((model) => model.id !== custom.id)];
}
