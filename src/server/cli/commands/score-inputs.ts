/**
 * The CSV files `score --dir` reads, and which of them a folder lacks: each missing one is a warning (its records
 * are not scored, or scored without what it holds), none at all is an error.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileOf } from '../../csv/entity-spec';

/** The entity types whose file `score` reads, in the order their warnings are printed. */
export const SCORE_INPUTS = ['Contact', 'Lead', 'Account', 'AutoCibleVehicle'] as const;
export type ScoreInput = (typeof SCORE_INPUTS)[number];

/** `--dir` holds none of the files `score` reads. */
export class NoScoreInputError extends Error {
  constructor(readonly dir: string) {
    super(`No input file in ${dir}`);
  }
}

/**
 * The inputs whose file is absent from `dir` (an existing folder); throws `NoScoreInputError` when all are.
 * Something else than a file under one of these names is left for the reader to report.
 */
export async function missingScoreInputs(dir: string): Promise<ScoreInput[]> {
  const present = await Promise.all(SCORE_INPUTS.map(async (type) => (await stat(join(dir, fileOf(type))).catch(() => null)) !== null));
  const missing = SCORE_INPUTS.filter((_, i) => present[i] !== true);
  if (missing.length === SCORE_INPUTS.length) throw new NoScoreInputError(dir);
  return missing;
}
