/**
 * A record an interrupted run started to anonymise, found no longer due when a rerun checks it again (the person
 * came back, the policy or `--today` changed) before anything was erased. The anonymisation is abandoned: the keys
 * the list step may have put on the opposition list for it (`reason` `retention`; an `objection` stays) are taken
 * back off — an `opposition` audit entry `removed` then a removal line, as `opposition remove` writes them —, the
 * addresses it shared with another record and unlinked before the interruption are linked back (`relink-shared.ts`),
 * and a last `done` entry says it was abandoned and why, which closes the record's journal: a rerun does nothing more
 * for it. Killed halfway, the rerun checks again and finishes (a key already off the list is not written twice).
 */
import type { OppositionKey } from '../../../core/consent';
import type { RetentionAction } from '../../../core/retention';
import type { JournalEntry } from '../../audit/journal';
import type { EspoRecord } from '../../espo/types';
import type { ApplyRecordResult, RetentionApplyInput } from './apply-types';
import { identifierKeys } from './identifier-keys';
import type { PersonEntityType } from './persons';
import { skipped } from './preview-record';
import type { Decision } from './record-audit';
import { recordAuditor } from './record-audit';
import { NOTHING_RELINKED, relinkShared } from './relink-shared';
import type { RelinkOutcome } from './relink-shared';
import type { StartedKeys } from './started-keys';

export interface AbandonTarget {
  readonly entityType: PersonEntityType;
  readonly record: EspoRecord;
  /** The live plan's decision, which says why the record is kept. */
  readonly decision: Decision;
  readonly action: RetentionAction;
  /** The journal entry of the interrupted run: a step before `erased`. */
  readonly resume: JournalEntry;
}

/** The result of an abandoned (or, in a dry run, to-be-abandoned) record: skipped as no longer due, with the step it stopped at. */
export function abandonedResult(target: AbandonTarget, relink: RelinkOutcome = NOTHING_RELINKED): ApplyRecordResult {
  return {
    ...skipped(target.entityType, target.record, 'notDue'), ruleId: target.decision.ruleId, resumedFrom: target.resume.step,
    ...(relink.relinked > 0 ? { addressesRelinked: relink.relinked } : {}), ...(relink.lost > 0 ? { addressesNotRelinked: relink.lost } : {}),
  };
}

/** Whether a result is an abandoned anonymisation: a record an interrupted run had started, skipped as no longer due. */
export function isAbandoned(result: ApplyRecordResult): boolean {
  return result.skipReason === 'notDue' && result.resumedFrom !== null;
}

const id = (key: OppositionKey): string => `${key.kind}:${key.key}`;

export async function abandonRecord(input: RetentionApplyInput, target: AbandonTarget, started: StartedKeys): Promise<ApplyRecordResult> {
  const writers = input.writers;
  if (writers === undefined) throw new TypeError('a real run needs writers');
  const { entityType, record } = target;
  const keys = (await started.of(entityType, record.id)) ?? identifierKeys(record, input.hash);
  const listed = [...new Map(keys.map((key) => [id(key), key])).values()].filter((key) => writers.opposition.entry(key)?.reason === 'retention');
  const now = input.now ?? (() => new Date());
  for (const key of listed) {
    await writers.audit.append({
      v: 1, kind: 'opposition', at: now().toISOString(), actor: input.actor, action: 'removed', identifierHash: { kind: key.kind, key: key.key }, reason: 'retention',
    });
    await writers.opposition.remove([key], input.today);
  }
  const relink = await relinkShared(input.gateway, entityType, record, await started.sharedWith(entityType, record.id), input.hash);
  await recordAuditor(input, entityType, record.id, target.decision)('done', {
    detail: {
      outcome: 'abandoned', reason: 'notDue', action: target.action, stoppedAfter: target.resume.step, keysRemoved: listed.length,
      addressesRelinked: relink.relinked, addressesNotRelinked: relink.lost,
    },
  });
  return abandonedResult(target, relink);
}
