import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDIT_STEPS, AuditLog, auditEntrySchema, buildJournal, readAuditLog, readJournal } from '../../../src/server/audit';
import type { AuditEntry, AuditOppositionEntry, AuditRecordEntry, AuditStep } from '../../../src/server/audit';

const actor = { apiUserId: null, osUser: 'admin' };

function record(step: AuditStep, recordId: string): AuditRecordEntry {
  return {
    v: 1, kind: 'record', at: '2026-06-30T08:00:00.000Z', runId: 'r', actor, step, entityType: 'Contact', recordId,
    ruleId: 'RET_PROSPECT_EXPIRED', today: '2026-06-30', anchorDate: null, deadline: null,
  };
}

function opposition(action: 'added' | 'removed'): AuditOppositionEntry {
  return {
    v: 1, kind: 'opposition', at: '2026-06-30T09:00:00.000Z', actor, action,
    identifierHash: { kind: 'email', key: 'a'.repeat(64) }, reason: action === 'added' ? 'objection' : 'newConsent',
  };
}

const toFile = async (entries: readonly AuditEntry[]): Promise<string> => {
  const path = join(await mkdtemp(join(tmpdir(), 'autocible-audit-')), 'audit.jsonl');
  await writeFile(path, entries.map((entry) => `${JSON.stringify(entry)}\n`).join(''));
  return path;
};

describe('opposition-list entries of the audit log', () => {
  it('are accepted by the schema and read back as written', async () => {
    expect(auditEntrySchema.safeParse(opposition('removed')).success).toBe(true);
    expect(auditEntrySchema.safeParse({ ...opposition('added'), reason: 'whim' }).success).toBe(false);
    expect(auditEntrySchema.safeParse({ ...opposition('added'), identifierHash: undefined }).success).toBe(false);
    const path = await toFile([record('started', 'c1'), opposition('added'), opposition('removed')]);
    expect(await readAuditLog(path)).toEqual([record('started', 'c1'), opposition('added'), opposition('removed')]);
  });

  it('never change the apply journal, wherever they come in the log', async () => {
    const step = fc.constantFrom<AuditStep>(...AUDIT_STEPS);
    const entries = fc.array(fc.oneof(
      fc.tuple(step, fc.constantFrom('c1', 'c2')).map(([s, id]): AuditEntry => record(s, id)),
      fc.constantFrom<'added' | 'removed'>('added', 'removed').map((action): AuditEntry => opposition(action)),
    ), { maxLength: 15 });
    fc.assert(fc.property(entries, (log) => {
      expect(buildJournal(log)).toEqual(buildJournal(log.filter((entry) => entry.kind !== 'opposition')));
    }));
    const log = [record('started', 'c1'), opposition('added'), record('opposed', 'c1'), opposition('removed')];
    const withOut = log.filter((entry) => entry.kind !== 'opposition');
    expect(await readJournal(await toFile(log))).toEqual(await readJournal(await toFile(withOut)));
  });

  it('let the audit log reopen for a resumed apply and append after them', async () => {
    const path = await toFile([record('started', 'c1'), opposition('added')]);
    const audit = await AuditLog.open(path);
    expect(audit.journal.get('Contact/c1')?.step).toBe('started');
    await audit.append(record('opposed', 'c1'));
    await audit.append(opposition('removed'));
    await audit.close();
    expect((await readJournal(path)).get('Contact/c1')?.step).toBe('opposed');
    expect((await readAuditLog(path)).filter((entry) => entry.kind === 'opposition')).toHaveLength(2);
  });
});
