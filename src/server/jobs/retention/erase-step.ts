/** Step c: the Data Privacy erase of the person's personal-data fields, then their vehicles. */
import { isEspoHttpError } from '../../espo/errors';
import type { EspoGateway } from '../../espo/gateway';
import { where } from '../../espo/query/where';
import type { EspoRecord } from '../../espo/types';
import { ErasePermissionError } from './erase-permission-error';
import { fieldsStillHolding, freeTextStillHolding } from './erase-targets';
import type { PersonEntityType } from './persons';
import { readAll } from './read-all';
import { sharedCount, unlinkChanges, withoutShared } from './shared-addresses';
import type { SharedAddresses } from './shared-addresses';
import { VEHICLE_ANONYMISE_SELECT, vehicleChanges } from './vehicle-changes';
import { withSignal } from './signal-option';

export interface EraseOutcome {
  readonly fields: readonly string[];
  readonly vehiclesChanged: number;
  /** Addresses unlinked from the person and left to the other records that use them. */
  readonly sharedUnlinked: number;
}

/** The person's vehicles that still need a change, with the change. */
export async function pendingVehicleChanges(gateway: EspoGateway, entityType: PersonEntityType, id: string, signal?: AbortSignal) {
  if (entityType !== 'Contact') return [];
  const vehicles = await readAll(gateway, 'AutoCibleVehicle', { ...withSignal(signal), select: VEHICLE_ANONYMISE_SELECT, where: [where.equals('contactId', id)] });
  return vehicles.map((vehicle) => ({ id: vehicle.id, changes: vehicleChanges(vehicle) })).filter((v) => Object.keys(v.changes).length > 0);
}

/** What the caller is told as the step goes. */
export interface EraseEvents {
  /** The fields about to be erased or emptied, before any request for them is sent (only when there are some). */
  readonly erasing?: (fields: readonly string[]) => Promise<void>;
  /** The person's fields once they are erased, before the vehicles are changed (which may still fail). */
  readonly erased?: (fields: readonly string[]) => void;
}

/**
 * Sends only what the host still holds: after an interrupted run, nothing is erased twice. Addresses another
 * record shares are unlinked first (`shared-addresses.ts`), so the erase renames only the person's own. The
 * free text is emptied by an update (`FREE_TEXT_FIELDS`) and counted with the erased fields.
 */
export async function eraseStep(
  gateway: EspoGateway, entityType: PersonEntityType, record: EspoRecord, shared: SharedAddresses, signal?: AbortSignal, events: EraseEvents = {},
): Promise<EraseOutcome> {
  const unlink = unlinkChanges(record, shared);
  if (Object.keys(unlink).length > 0) await gateway.update(entityType, record.id, unlink, withSignal(signal));
  const fields = fieldsStillHolding(entityType, withoutShared(record, shared));
  const text = freeTextStillHolding(entityType, record);
  if (fields.length + text.length > 0) await events.erasing?.([...fields, ...text]);
  if (fields.length > 0) {
    try {
      await gateway.erase(entityType, record.id, fields, withSignal(signal));
    } catch (error) {
      // The missing Data Privacy permission is a 403 with an empty reason (dataprivacy-erase-403-api-user.json);
      // another 403 ("No edit access.", a forbidden field) fails this record with its own reason.
      if (isEspoHttpError(error) && error.status === 403 && (error.statusReason ?? '') === '') throw new ErasePermissionError(entityType, record.id, { cause: error });
      throw error;
    }
  }
  if (text.length > 0) await gateway.update(entityType, record.id, Object.fromEntries(text.map((field) => [field, null])), withSignal(signal));
  events.erased?.([...fields, ...text]);
  const vehicles = await pendingVehicleChanges(gateway, entityType, record.id, signal);
  for (const vehicle of vehicles) await gateway.update('AutoCibleVehicle', vehicle.id, vehicle.changes, withSignal(signal));
  return { fields: [...fields, ...text], vehiclesChanged: vehicles.length, sharedUnlinked: Object.keys(unlink).length === 0 ? 0 : sharedCount(shared) };
}
