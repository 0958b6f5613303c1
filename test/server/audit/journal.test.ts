import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDIT_RECORD_EVENTS, AUDIT_STEPS, auditEntrySchema, buildJournal, isStepDone } from '../../../src/server/audit';
import type { AuditRecordEntry, AuditRecordEvent, AuditStep } from '../../../src/server/audit';

function entry(step: AuditStep | AuditRecordEvent, recordId = 'c1', ruleId = 'RET_PROSPECT_EXPIRED'): AuditRecordEntry {
  return {
    v: 1, kind: 'record', at: '2026-06-30T08:00:00.000Z', runId: 'r', actor: { apiUserId: null, osUser: 'u' }, step,
    entityType: 'Contact', recordId, ruleId, today: '2026-06-30', anchorDate: null, deadline: null,
  };
}

describe('the apply journal', () => {
  it('keeps the last step done per record', () => {
    const journal = buildJournal([entry('started'), entry('opposed'), entry('started', 'c2'), entry('erased')]);
    expect(journal.get('Contact/c1')).toEqual({ step: 'erased', ruleId: 'RET_PROSPECT_EXPIRED' });
    expect(journal.get('Contact/c2')?.step).toBe('started');
  });

  it('starts a record over when a new decision follows a finished one', () => {
    const steps = AUDIT_STEPS.map((step) => entry(step));
    expect(buildJournal([...steps, entry('started', 'c1', 'RET_CUSTOMER_EXPIRED')]).get('Contact/c1')).toEqual({ step: 'started', ruleId: 'RET_CUSTOMER_EXPIRED' });
  });

  it('tells which steps are done', () => {
    expect(isStepDone(undefined, 'started')).toBe(false);
    expect(isStepDone('erased', 'opposed')).toBe(true);
    expect(isStepDone('erased', 'erased')).toBe(true);
    expect(isStepDone('erased', 'notesCleaned')).toBe(false);
  });

  it('is never moved by a failed entry, wherever it comes', () => {
    const step = fc.constantFrom<AuditStep | 'failed'>(...AUDIT_STEPS, 'failed');
    fc.assert(fc.property(fc.array(fc.tuple(step, fc.constantFrom('c1', 'c2'))), fc.constantFrom('c1', 'c2'), (steps, failing) => {
      const entries = steps.map(([s, id]) => entry(s, id));
      expect(buildJournal([...entries, entry('failed', failing)])).toEqual(buildJournal(entries));
    }));
  });

  it('is never moved by an erasing entry (fields about to be erased), which the schema accepts', () => {
    const erasing = { ...entry('erasing'), detail: { fields: ['name', 'emailAddress'] } };
    expect(auditEntrySchema.safeParse(erasing).success).toBe(true);
    const step = fc.constantFrom<AuditStep | AuditRecordEvent>(...AUDIT_STEPS, ...AUDIT_RECORD_EVENTS);
    fc.assert(fc.property(fc.array(fc.tuple(step, fc.constantFrom('c1', 'c2'))), fc.constantFrom('c1', 'c2'), (steps, id) => {
      const entries = steps.map(([s, recordId]) => entry(s, recordId));
      expect(buildJournal([...entries, entry('erasing', id)])).toEqual(buildJournal(entries));
    }));
    expect(buildJournal([entry('started'), entry('opposed'), erasing]).get('Contact/c1')?.step).toBe('opposed');
  });

  it('never goes back to an earlier step, whatever order the entries come in (short of a new decision)', () => {
    const step = fc.constantFrom<AuditStep>(...AUDIT_STEPS.filter((s) => s !== 'started'));
    fc.assert(fc.property(fc.array(step, { minLength: 1 }), (steps) => {
      const last = buildJournal([entry('started'), ...steps.map((s) => entry(s))]).get('Contact/c1')?.step;
      const highest = Math.max(...steps.map((s) => AUDIT_STEPS.indexOf(s)));
      expect(last).toBe(AUDIT_STEPS[highest]);
    }));
  });
});
