/** A dry run of the apply steps for one record: what would be erased, changed and deleted. Reads only. */
import type { EspoGateway } from '../../espo/gateway';
import type { EspoRecord } from '../../espo/types';
import type { ApplyRecordResult } from './apply-types';
import { pendingVehicleChanges } from './erase-step';
import { fieldsStillHolding, freeTextStillHolding } from './erase-targets';
import type { AnonymiseTarget } from './anonymise-record';
import { notesToDelete } from './note-cleanup';
import { sharedAddresses, sharedCount, withoutShared } from './shared-addresses';

export async function previewRecord(gateway: EspoGateway, target: AnonymiseTarget, signal: AbortSignal): Promise<ApplyRecordResult> {
  const { entityType, record } = target;
  const vehicles = await pendingVehicleChanges(gateway, entityType, record.id, signal);
  const notes = await notesToDelete(gateway, entityType, record.id, signal);
  const shared = await sharedAddresses(gateway, entityType, record, signal);
  return {
    entityType, id: record.id, outcome: 'wouldAnonymise', ruleId: target.decision.ruleId, resumedFrom: target.resume?.step ?? null,
    erasedFields: [...fieldsStillHolding(entityType, withoutShared(record, shared)), ...freeTextStillHolding(entityType, record)],
    sharedAddressesUnlinked: sharedCount(shared), vehiclesChanged: vehicles.length, notesDeleted: notes.length, notesNeedingAdmin: [],
  };
}

/** Shorthand for records the run looked at but left alone. */
export function skipped(entityType: AnonymiseTarget['entityType'], record: EspoRecord, reason: NonNullable<ApplyRecordResult['skipReason']>): ApplyRecordResult {
  return {
    entityType, id: record.id, outcome: 'skipped', skipReason: reason, ruleId: null, resumedFrom: null,
    erasedFields: [], sharedAddressesUnlinked: 0, vehiclesChanged: 0, notesDeleted: 0, notesNeedingAdmin: [],
  };
}
