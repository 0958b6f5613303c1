/**
 * The opposition list (« liste repoussoir », domain.md §2.2 and §2.9 step 5): salted hashes of the email
 * addresses and phone numbers of people who must never come back through an import or go out in an
 * export — those who objected and those anonymised at the end of their retention period. One JSON line per
 * key, append-only, never an identifier in clear. Kept at least 3 years from the objection.
 */
import type { OppositionKey } from '../../core/consent';
import { AppendOnlyJsonl, readJsonl } from '../audit/jsonl-file';
import { JsonlFileError } from '../audit/jsonl-file-error';

/** Why a key is on the list. */
export type OppositionReason = 'retention' | 'objection';

/** One line of the file. */
export interface OppositionEntry {
  readonly v: 1;
  readonly kind: OppositionKey['kind'];
  readonly key: string;
  /** Day the key was added, `YYYY-MM-DD`: the list itself is kept at least 3 years from it. */
  readonly addedOn: string;
  readonly reason: OppositionReason;
}

function entryOf(value: unknown, path: string, line: number): OppositionEntry {
  const get = (name: string): unknown => (typeof value === 'object' && value !== null ? Reflect.get(value, name) : undefined);
  const kind = get('kind');
  const key = get('key');
  const addedOn = get('addedOn');
  const reason = get('reason');
  const valid = (kind === 'email' || kind === 'phone') && typeof key === 'string' && /^[0-9a-f]{64}$/u.test(key)
    && typeof addedOn === 'string' && (reason === 'retention' || reason === 'objection');
  if (!valid) throw new JsonlFileError(path, line, 'unexpectedShape');
  return { v: 1, kind, key, addedOn, reason };
}

const id = (key: OppositionKey): string => `${key.kind}:${key.key}`;

export class OppositionList {
  private file: AppendOnlyJsonl | null = null;

  private constructor(
    readonly path: string,
    private readonly keys: Set<string>,
  ) {}

  /** Reads the list; a missing file is an empty list. Throws `JsonlFileError` on a corrupt line. */
  static async load(path: string): Promise<OppositionList> {
    const lines = await readJsonl(path);
    const keys = new Set(lines.map((line, index) => id(entryOf(line, path, index + 1))));
    return new OppositionList(path, keys);
  }

  get size(): number {
    return this.keys.size;
  }

  has(key: OppositionKey): boolean {
    return this.keys.has(id(key));
  }

  /** True when any of the person's keys is on the list: the person must not be imported nor exported. */
  isOpposed(keys: readonly OppositionKey[]): boolean {
    return keys.some((key) => this.has(key));
  }

  /** Appends the keys not yet listed (fsync before resolving); returns how many were new. */
  async add(keys: readonly OppositionKey[], addedOn: string, reason: OppositionReason): Promise<number> {
    const fresh = [...new Map(keys.filter((key) => !this.has(key)).map((key) => [id(key), key])).values()];
    if (fresh.length === 0) return 0;
    this.file ??= await AppendOnlyJsonl.open(this.path);
    for (const key of fresh) {
      const entry: OppositionEntry = { v: 1, kind: key.kind, key: key.key, addedOn, reason };
      await this.file.append(entry);
      this.keys.add(id(key));
    }
    return fresh.length;
  }

  async close(): Promise<void> {
    await this.file?.close();
    this.file = null;
  }
}

/** `list.isOpposed(keys)` as a function, for callers that hold the list as a value. */
export function isOpposed(list: OppositionList, keys: readonly OppositionKey[]): boolean {
  return list.isOpposed(keys);
}
