/** Builds the core's `RetentionInput` of one person from what EspoCRM (or the offline files) knows. */
import type { RetentionInput } from '../../../core/retention';
import type { EspoGateway } from '../../espo/gateway';
import type { EspoRecord } from '../../espo/types';
import { inboundActivity } from './activity-dates';
import type { RetentionLookups } from './lookups';
import type { PersonEntityType } from './persons';
import { lifecycleStageOf, textOf } from './persons';

/**
 * Our `autoCibleLastInboundContactAt` and last workshop visit, collection (`createdAt`), inbound emails,
 * held inbound calls and held meetings, won opportunities and the person's vehicles. Dates come as the host
 * stores them; the plan reads their calendar day and reports unreadable ones. A person with no usable
 * date at all goes to `review` (core plan), never to anonymisation.
 */
export async function gatherRetentionInput(
  gateway: EspoGateway,
  entityType: PersonEntityType,
  record: EspoRecord,
  lookups: RetentionLookups,
  signal?: AbortSignal,
): Promise<RetentionInput> {
  const activity = await inboundActivity(gateway, entityType, record, signal);
  const wonOpportunities = await lookups.wonCloseDates(entityType, record.id, signal);
  const vehicles = await lookups.vehicles(entityType, record.id, signal);
  return {
    id: record.id,
    entityType,
    createdAt: textOf(record, 'createdAt'),
    lifecycleStage: lifecycleStageOf(record),
    legalHold: record.autoCibleLegalHold === true,
    lastInboundContactAt: textOf(record, 'autoCibleLastInboundContactAt'),
    lastWorkshopVisitAt: textOf(record, 'autoCibleLastWorkshopVisitAt'),
    ...activity,
    wonOpportunities,
    vehicles: vehicles.map(({ id, purchaseDate, financingEndDate, lastWorkshopVisitAt }) => ({ id, purchaseDate, financingEndDate, lastWorkshopVisitAt })),
  };
}
