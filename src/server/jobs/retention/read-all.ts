import { isEspoHttpError } from '../../espo/errors/guards';
import type { EspoGateway, GatewayIterateOptions } from '../../espo/gateway';
import type { EspoRecord } from '../../espo/types';
import { ActivityAccessError } from './activity-access-error';

/**
 * Every matching record through the gateway; a 403 becomes `ActivityAccessError` (the plan must not go on
 * without that source).
 */
export async function readAll(gateway: EspoGateway, entityType: string, options: GatewayIterateOptions): Promise<EspoRecord[]> {
  const records: EspoRecord[] = [];
  try {
    for await (const record of gateway.iterate(entityType, options)) records.push(record);
  } catch (error) {
    if (isEspoHttpError(error) && error.status === 403) throw new ActivityAccessError(entityType, error.status, { cause: error });
    throw error;
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
