import type { AuditDetail, AuditRecordEntry, AuditRecordEvent, AuditStep } from '../../audit/audit-entry';
import type { RetentionApplyInput } from './apply-types';

/** The decision a record's entries repeat: rule and dates, no personal data. */
export interface Decision {
  readonly ruleId: string;
  readonly anchorDate: string | null;
  readonly deadline: string | null;
}

/** Writes one record's entries; each resolves once the line is on disk. */
export function recordAuditor(input: RetentionApplyInput, entityType: string, recordId: string, decision: Decision) {
  const now = input.now ?? (() => new Date());
  return async (step: AuditStep | AuditRecordEvent, extra: Pick<AuditRecordEntry, 'identifierHashes'> & { detail?: AuditDetail } = {}): Promise<void> => {
    if (input.writers === undefined) throw new TypeError('a real run needs writers');
    await input.writers.audit.append({
      v: 1, kind: 'record', at: now().toISOString(), runId: input.runId, actor: input.actor, step, entityType, recordId,
      ruleId: decision.ruleId, today: input.today, anchorDate: decision.anchorDate, deadline: decision.deadline, ...extra,
    });
  };
}
