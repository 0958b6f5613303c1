/** Builds the core's `RetentionInput` of one person from what EspoCRM (or the offline files) knows. */
import type { RetentionInput } from '../../../core/retention';
import type { EspoGateway } from '../../espo/gateway';
import type { EspoRecord } from '../../espo/types';
import { NO_ACCOUNT_PURCHASES, retentionVehicle } from './account-purchases';
import { inboundActivity } from './activity-dates';
import type { RetentionLookups } from './lookups';
import type { PersonEntityType } from './persons';
import { currentAccountIds, lifecycleStageOf, textOf } from './persons';

/**
 * Our `autoCibleLastInboundContactAt` and last workshop visit, collection (`createdAt`), inbound emails (from every
 * address the record holds), held inbound calls and held meetings, won opportunities and the person's vehicles,
 * and for a contact the purchases of the companies it currently works for (B2B). Dates come as the host stores
 * them; the plan reads their calendar day and reports unreadable ones. A person with no usable date at all goes to
 * `review` (core plan), never to anonymisation.
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
  const accounts = entityType === 'Contact' ? currentAccountIds(record) : [];
  const company = accounts.length === 0 ? NO_ACCOUNT_PURCHASES : await lookups.accountPurchases(accounts, record.id, signal);
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
    vehicles: vehicles.map(retentionVehicle),
    ...(accounts.length === 0 ? {} : { accountWonOpportunities: company.wonCloseDates, accountVehicles: company.vehicles.map(retentionVehicle) }),
  };
}
