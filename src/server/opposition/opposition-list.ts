/**
 * The opposition list (« liste repoussoir », domain.md §2.2 and §2.9 step 5): salted hashes of the email
 * addresses and phone numbers of people who must never come back through an import or go out in an
 * export — those who objected and those anonymised at the end of their retention period. One JSON line per
 * change, append-only, never an identifier in clear. Kept at least 3 years from the objection.
 */
import type { OppositionKey } from '../../core/consent';
import { AppendOnlyJsonl, readJsonl } from '../audit/jsonl-file';
import type { OppositionEntry, OppositionLine, OppositionReason } from './opposition-line';
import { isRemoval, parseOppositionLine } from './opposition-line';

const id = (key: OppositionKey): string => `${key.kind}:${key.key}`;

/** The keys given, each once, in order. */
const distinct = (keys: readonly OppositionKey[]): OppositionKey[] => [...new Map(keys.map((key) => [id(key), key])).values()];

/**
 * Whether an entry for a key changes what the list says of it: the key is not listed, or it is listed for `retention`
 * and the entry is an `objection`. An objection outranks retention: an anonymisation `retention apply` abandons takes
 * its own `retention` keys back off, never a key the person objected with meanwhile.
 */
const changes = (current: OppositionEntry | undefined, reason: OppositionReason): boolean =>
  current === undefined || (current.reason === 'retention' && reason === 'objection');

export class OppositionList {
  private file: AppendOnlyJsonl | null = null;

  private constructor(
    readonly path: string,
    /** The entry currently listing each key. */
    private readonly entries: Map<string, OppositionEntry>,
  ) {}

  /**
   * Reads the list, applying its lines in order (a removal unlists, a later entry lists again; an `objection`
   * entry after a `retention` one makes the key listed as objection); a missing file is an empty list. Throws
   * `JsonlFileError` on a corrupt line.
   */
  static async load(path: string): Promise<OppositionList> {
    const entries = new Map<string, OppositionEntry>();
    for (const [index, value] of (await readJsonl(path)).entries()) {
      const line = parseOppositionLine(value, path, index + 1);
      if (isRemoval(line)) entries.delete(id(line));
      else if (changes(entries.get(id(line)), line.reason)) entries.set(id(line), line);
    }
    return new OppositionList(path, entries);
  }

  /** How many keys are listed now. */
  get size(): number {
    return this.entries.size;
  }

  has(key: OppositionKey): boolean {
    return this.entries.has(id(key));
  }

  /** The entry listing `key` (its day and reason), or undefined when the key is not listed. */
  entry(key: OppositionKey): OppositionEntry | undefined {
    return this.entries.get(id(key));
  }

  /** True when any of the person's keys is on the list: the person must not be imported nor exported. */
  isOpposed(keys: readonly OppositionKey[]): boolean {
    return keys.some((key) => this.has(key));
  }

  /**
   * Appends the keys not yet listed, and for an `objection` those listed only for `retention` (fsync before
   * resolving); returns how many lines were written.
   */
  async add(keys: readonly OppositionKey[], addedOn: string, reason: OppositionReason): Promise<number> {
    const fresh = distinct(keys.filter((key) => changes(this.entry(key), reason)));
    for (const key of fresh) {
      const entry: OppositionEntry = { v: 1, kind: key.kind, key: key.key, addedOn, reason };
      await this.append(entry);
      this.entries.set(id(key), entry);
    }
    return fresh.length;
  }

  /** Appends a removal line for each listed key (fsync before resolving); returns how many were listed. */
  async remove(keys: readonly OppositionKey[], removedOn: string): Promise<number> {
    const listed = distinct(keys.filter((key) => this.has(key)));
    for (const key of listed) {
      await this.append({ v: 1, kind: key.kind, key: key.key, removedOn, removal: true });
      this.entries.delete(id(key));
    }
    return listed.length;
  }

  private async append(line: OppositionLine): Promise<void> {
    this.file ??= await AppendOnlyJsonl.open(this.path);
    await this.file.append(line);
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
