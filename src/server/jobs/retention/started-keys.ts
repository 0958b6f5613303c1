/**
 * The keys an interrupted anonymisation may have put on the opposition list: the identifier hashes of its
 * `started` entry (the list step adds those of them no other record uses). Read from the audit log once per
 * run, and only when a run has to undo that step; the run appends no `started` entry for a record it resumes.
 */
import type { OppositionKey } from '../../../core/consent';
import { readAuditLog } from '../../audit/audit-log';
import { journalKey } from '../../audit/journal';

export class StartedKeys {
  private byRecord: Promise<ReadonlyMap<string, readonly OppositionKey[]>> | null = null;

  constructor(private readonly auditPath: string) {}

  /** The hashes of the record's last `started` entry, or undefined when the log has none. */
  async of(entityType: string, recordId: string): Promise<readonly OppositionKey[] | undefined> {
    this.byRecord ??= load(this.auditPath);
    return (await this.byRecord).get(journalKey(entityType, recordId));
  }
}

async function load(path: string): Promise<ReadonlyMap<string, readonly OppositionKey[]>> {
  const byRecord = new Map<string, readonly OppositionKey[]>();
  for (const entry of await readAuditLog(path)) {
    if (entry.kind === 'record' && entry.step === 'started' && entry.identifierHashes !== undefined) {
      byRecord.set(journalKey(entry.entityType, entry.recordId), entry.identifierHashes);
    }
  }
  return byRecord;
}
