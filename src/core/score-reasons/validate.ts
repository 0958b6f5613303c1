/**
 * A hand-rolled validator of the score reasons, with no zod: the score panel uses it in the browser,
 * where zod would multiply the bundle size (the VMC panel went from 24 KB to 780 KB). schema.ts holds
 * the zod schema of the same format; a property test checks that both accept the same values.
 */
import type { Label } from '../catalogue';
import type { ScoreReasonsProblem } from './score-reasons-invalid-error';
import { ScoreReasonsInvalidError } from './score-reasons-invalid-error';
import type { FiredReason, ScoreReasonAxis, ScoreReasons, ScoreReasonValue } from './types';
import { SCORE_REASON_AXES, SCORE_REASONS_VERSION } from './types';

export type ScoreReasonsValidation =
  | { readonly ok: true; readonly value: ScoreReasons }
  | { readonly ok: false; readonly error: ScoreReasonsInvalidError };

type Fields = Readonly<Record<string, unknown>>;

function fail(path: string, problem: ScoreReasonsProblem): never {
  throw new ScoreReasonsInvalidError(path, problem);
}

function record(value: unknown, path: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, value === undefined ? 'missing' : 'wrongType');
  return value as Fields;
}

function text(value: unknown, path: string, nonEmpty: boolean): string {
  if (typeof value !== 'string') fail(path, value === undefined ? 'missing' : 'wrongType');
  if (nonEmpty && value === '') fail(path, 'empty');
  return value;
}

function finite(value: unknown, path: string): number {
  if (typeof value !== 'number') fail(path, value === undefined ? 'missing' : 'wrongType');
  if (!Number.isFinite(value)) fail(path, 'notFinite');
  return value;
}

function label(value: unknown, path: string): Label {
  const fields = record(value, path);
  return { fr: text(fields.fr, `${path}.fr`, false), en: text(fields.en, `${path}.en`, false) };
}

function shownValue(value: unknown, path: string): ScoreReasonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return finite(value, path);
  // Array.from visits holes of a sparse array, which must fail like any missing item.
  if (Array.isArray(value)) return Array.from(value as unknown[], (item, i) => text(item, `${path}.${i}`, false));
  return fail(path, value === undefined ? 'missing' : 'wrongType');
}

function axis(value: unknown, path: string): ScoreReasonAxis {
  const name = text(value, path, false);
  const known = SCORE_REASON_AXES.find((a) => a === name);
  return known ?? fail(path, 'unknownAxis');
}

function firedReason(value: unknown, path: string): FiredReason {
  const fields = record(value, path);
  const rule = text(fields.rule, `${path}.rule`, true);
  const reasonAxis = axis(fields.axis, `${path}.axis`);
  const reasonLabel = label(fields.label, `${path}.label`);
  const shown = shownValue(fields.value, `${path}.value`);
  const valueLabel = fields.valueLabel === undefined ? undefined : label(fields.valueLabel, `${path}.valueLabel`);
  const points = finite(fields.points, `${path}.points`);
  return { rule, axis: reasonAxis, label: reasonLabel, value: shown, ...(valueLabel === undefined ? {} : { valueLabel }), points };
}

function scoreReasons(value: unknown): ScoreReasons {
  const fields = record(value, '');
  if (fields.v !== SCORE_REASONS_VERSION) fail('v', fields.v === undefined ? 'missing' : 'unsupportedVersion');
  if (!Array.isArray(fields.fired)) fail('fired', fields.fired === undefined ? 'missing' : 'wrongType');
  return {
    v: SCORE_REASONS_VERSION,
    modelId: text(fields.modelId, 'modelId', true),
    modelVersion: text(fields.modelVersion, 'modelVersion', true),
    fired: Array.from(fields.fired as unknown[], (reason, i) => firedReason(reason, `fired.${i}`)),
    top: label(fields.top, 'top'),
  };
}

/**
 * Checks a decoded value against the version-1 format and returns a copy holding only the known keys
 * (unknown keys are ignored, so a newer writer adding a field does not break an older panel). Throws
 * `ScoreReasonsInvalidError` at the first problem.
 */
export function assertScoreReasons(value: unknown): ScoreReasons {
  return scoreReasons(value);
}

/** {@link assertScoreReasons} as a result instead of an exception. */
export function validateScoreReasons(value: unknown): ScoreReasonsValidation {
  try {
    return { ok: true, value: scoreReasons(value) };
  } catch (error) {
    if (error instanceof ScoreReasonsInvalidError) return { ok: false, error };
    throw error;
  }
}
