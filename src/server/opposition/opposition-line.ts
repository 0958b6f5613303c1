/**
 * Lines of the opposition list file. The file is append-only: a key is listed by an entry and unlisted by
 * a later removal line (a tombstone), and the lines are applied in order, so an entry after a removal lists
 * the key again. Files written before removals existed hold entries only and read the same.
 */
import type { OppositionKey } from '../../core/consent';
import { JsonlFileError } from '../audit/jsonl-file-error';

/** Why a key is on the list. */
export type OppositionReason = 'retention' | 'objection';

/** A key put on the list. */
export interface OppositionEntry {
  readonly v: 1;
  readonly kind: OppositionKey['kind'];
  readonly key: string;
  /** Day the key was added, `YYYY-MM-DD`: the list itself is kept at least 3 years from it. */
  readonly addedOn: string;
  readonly reason: OppositionReason;
}

/** A key taken off the list (`autocible opposition remove`, after a new, proven consent). */
export interface OppositionRemoval {
  readonly v: 1;
  readonly kind: OppositionKey['kind'];
  readonly key: string;
  /** Day the key was removed, `YYYY-MM-DD`. */
  readonly removedOn: string;
  readonly removal: true;
}

export type OppositionLine = OppositionEntry | OppositionRemoval;

const HASH = /^[0-9a-f]{64}$/u;

/** Parses line `line` (1-based) of `path`; throws `JsonlFileError` when it is neither shape. */
export function parseOppositionLine(value: unknown, path: string, line: number): OppositionLine {
  const get = (name: string): unknown => (typeof value === 'object' && value !== null ? Reflect.get(value, name) : undefined);
  const kind = get('kind');
  const key = get('key');
  // Lines written before removals existed were never checked for `v`: only a newer version is refused.
  const v = get('v');
  if ((v !== undefined && v !== 1) || (kind !== 'email' && kind !== 'phone') || typeof key !== 'string' || !HASH.test(key)) {
    throw new JsonlFileError(path, line, 'unexpectedShape');
  }
  const removedOn = get('removedOn');
  if (get('removal') === true && typeof removedOn === 'string') return { v: 1, kind, key, removedOn, removal: true };
  const addedOn = get('addedOn');
  const reason = get('reason');
  if (get('removal') === undefined && typeof addedOn === 'string' && (reason === 'retention' || reason === 'objection')) {
    return { v: 1, kind, key, addedOn, reason };
  }
  throw new JsonlFileError(path, line, 'unexpectedShape');
}

export function isRemoval(line: OppositionLine): line is OppositionRemoval {
  return 'removal' in line;
}
