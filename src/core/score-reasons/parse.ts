import { ScoreReasonsInvalidError } from './score-reasons-invalid-error';
import type { ScoreReasons } from './types';
import { validateScoreReasons } from './validate';

/** The reasons read from a record: usable, or unreadable with the first problem found. */
export type ParsedScoreReasons =
  | { readonly status: 'ok'; readonly reasons: ScoreReasons }
  | { readonly status: 'unreadable'; readonly error: ScoreReasonsInvalidError };

function unreadable(problem: ScoreReasonsInvalidError['problem']): ParsedScoreReasons {
  return { status: 'unreadable', error: new ScoreReasonsInvalidError('', problem) };
}

/**
 * Reads the `autoCibleScoreReasons` attribute as EspoCRM returns it (a string, or null when never
 * scored). Never throws: an empty value is unreadable with problem `empty`, bad JSON with `notJson`.
 */
export function parseScoreReasons(text: unknown): ParsedScoreReasons {
  if (text === null || text === undefined) return unreadable('empty');
  if (typeof text !== 'string') return unreadable('wrongType');
  if (text.trim() === '') return unreadable('empty');
  let decoded: unknown;
  try {
    decoded = JSON.parse(text);
  } catch {
    return unreadable('notJson');
  }
  const result = validateScoreReasons(decoded);
  return result.ok ? { status: 'ok', reasons: result.value } : { status: 'unreadable', error: result.error };
}
