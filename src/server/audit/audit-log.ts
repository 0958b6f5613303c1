import type { AuditEntry } from './audit-entry';
import { auditEntrySchema } from './audit-entry';
import type { Journal, JournalEntry } from './journal';
import { applyToJournal, buildJournal } from './journal';
import { AppendOnlyJsonl, readJsonl } from './jsonl-file';
import { JsonlFileError } from './jsonl-file-error';

/** The audit log's name in the state directory. */
export const AUDIT_FILE = 'audit.jsonl';

/** Reads every entry of the log; a missing file is an empty log. */
export async function readAuditLog(path: string): Promise<readonly AuditEntry[]> {
  const lines = await readJsonl(path);
  return lines.map((line, index) => {
    const parsed = auditEntrySchema.safeParse(line);
    if (!parsed.success) throw new JsonlFileError(path, index + 1, 'unexpectedShape');
    if (parsed.data.kind !== 'record') return parsed.data;
    // exactOptionalPropertyTypes: zod's optional output is `T | undefined`; rebuild without undefined keys.
    const { identifierHashes, detail, ...rest } = parsed.data;
    return { ...rest, ...(identifierHashes === undefined ? {} : { identifierHashes }), ...(detail === undefined ? {} : { detail }) };
  });
}

/** The progress journal of a log file, for a dry run that must not create the file. */
export async function readJournal(path: string): Promise<Journal> {
  return buildJournal(await readAuditLog(path));
}

/** The append-only audit log: every entry is on disk (fsync) before `append` resolves. */
export class AuditLog {
  private constructor(
    private readonly file: AppendOnlyJsonl,
    private readonly entries: Map<string, JournalEntry>,
  ) {}

  static async open(path: string): Promise<AuditLog> {
    const journal = buildJournal(await readAuditLog(path));
    return new AuditLog(await AppendOnlyJsonl.open(path), journal);
  }

  get path(): string {
    return this.file.path;
  }

  /** Last step per record, kept up to date as entries are appended. */
  get journal(): Journal {
    return this.entries;
  }

  async append(entry: AuditEntry): Promise<void> {
    await this.file.append(entry);
    applyToJournal(this.entries, entry);
  }

  async close(): Promise<void> {
    await this.file.close();
  }
}
