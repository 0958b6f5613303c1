import { isEspoHttpError } from '../../espo/errors/guards';
import type { EspoGateway, GatewayIterateOptions } from '../../espo/gateway';
import type { EspoRecord } from '../../espo/types';
import { ActivityAccessError } from './activity-access-error';
import { LinkedRecordNotFoundError, missingLinkedRecord } from './linked-record-not-found-error';

/**
 * Every matching record through the gateway. A 403 becomes `ActivityAccessError` (the plan must not go on
 * without that source), except the 403 EspoCRM gives a `linkedWith` naming a record that no longer exists
 * ("Record 'Contact' `<id>` not found."): that is `LinkedRecordNotFoundError`, the person is gone.
 */
export async function readAll(gateway: EspoGateway, entityType: string, options: GatewayIterateOptions): Promise<EspoRecord[]> {
  const records: EspoRecord[] = [];
  try {
    for await (const record of gateway.iterate(entityType, options)) records.push(record);
  } catch (error) {
    if (!isEspoHttpError(error) || error.status !== 403) throw error;
    const missing = missingLinkedRecord(error.statusReason);
    if (missing !== null) throw new LinkedRecordNotFoundError(entityType, missing.entityType, missing.id, error.status, { cause: error });
    throw new ActivityAccessError(entityType, error.status, { cause: error });
  }
  return records;
}

/** The non-empty string values of `attribute`. */
export function datesOf(records: readonly EspoRecord[], attribute: string): string[] {
  return records.flatMap((record) => {
    const value = record[attribute];
    return typeof value === 'string' && value !== '' ? [value] : [];
  });
}
