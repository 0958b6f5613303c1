/**
 * What an interrupted anonymisation may have changed before its erase: the keys it may have put on the opposition
 * list — the identifier hashes of its `started` entry (the list step adds those of them no other record uses) —
 * and the shared addresses the erase step may have unlinked — the `sharedWith` of its `opposed` entry
 * (`relink-shared.ts`). Read from the audit log once per run, and only when a run has to undo those steps; the
 * run appends no `started` entry for a record it resumes.
 */
import type { OppositionKey } from '../../../core/consent';
import { readAuditLog } from '../../audit/audit-log';
import { journalKey } from '../../audit/journal';
import { parseSharedWith } from './relink-shared';
import type { SharedHolderRef } from './relink-shared';

interface Started {
  readonly keys: readonly OppositionKey[];
  /** From the `opposed` entry that followed the `started` one; none before it is written. */
  readonly sharedWith: readonly SharedHolderRef[];
}

export class StartedKeys {
  private byRecord: Promise<ReadonlyMap<string, Started>> | null = null;

  constructor(private readonly auditPath: string) {}

  private async entry(entityType: string, recordId: string): Promise<Started | undefined> {
    this.byRecord ??= load(this.auditPath);
    return (await this.byRecord).get(journalKey(entityType, recordId));
  }

  /** The hashes of the record's last `started` entry, or undefined when the log has none. */
  async of(entityType: string, recordId: string): Promise<readonly OppositionKey[] | undefined> {
    return (await this.entry(entityType, recordId))?.keys;
  }

  /** The shared addresses the last attempt named before it could unlink them. */
  async sharedWith(entityType: string, recordId: string): Promise<readonly SharedHolderRef[]> {
    return (await this.entry(entityType, recordId))?.sharedWith ?? [];
  }
}

async function load(path: string): Promise<ReadonlyMap<string, Started>> {
  const byRecord = new Map<string, Started>();
  for (const entry of await readAuditLog(path)) {
    if (entry.kind !== 'record') continue;
    const key = journalKey(entry.entityType, entry.recordId);
    if (entry.step === 'started' && entry.identifierHashes !== undefined) byRecord.set(key, { keys: entry.identifierHashes, sharedWith: [] });
    const sharedWith = entry.detail?.sharedWith;
    const started = byRecord.get(key);
    if (entry.step === 'opposed' && started !== undefined && Array.isArray(sharedWith)) {
      byRecord.set(key, { ...started, sharedWith: parseSharedWith(sharedWith.filter((line): line is string => typeof line === 'string')) });
    }
  }
  return byRecord;
}
