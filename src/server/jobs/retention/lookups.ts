/**
 * Purchases and vehicles of a person, the other inputs of the customer clock. Two strategies: `indexed`
 * reads every won opportunity and vehicle once per run (the plan over thousands of people), `live` asks
 * for one person's right before acting on them (`apply`: a car bought during a long run must count).
 */
import type { EspoGateway } from '../../espo/gateway';
import { where } from '../../espo/query/where';
import type { WhereItem } from '../../espo/query/where';
import { WON_STAGE } from '../purchases';
import type { AccountPurchases, AccountSale, PersonVehicle } from './account-purchases';
import { accountPurchasesOf, liveAccountPurchases, VEHICLE_SELECT, vehicleOf } from './account-purchases';
import type { PersonEntityType } from './persons';
import { textOf } from './persons';
import { datesOf, readAll } from './read-all';
import { withSignal } from './signal-option';

export type { AccountPurchases, PersonVehicle } from './account-purchases';
export { VEHICLE_SELECT } from './account-purchases';

export interface RetentionLookups {
  /** `closeDate` of the person's won opportunities. */
  wonCloseDates(entityType: PersonEntityType, id: string, signal?: AbortSignal): Promise<readonly string[]>;
  vehicles(entityType: PersonEntityType, id: string, signal?: AbortSignal): Promise<readonly PersonVehicle[]>;
  /** Won opportunities and fleet vehicles of the companies `accountIds`, the person `personId`'s own left out. */
  accountPurchases(accountIds: readonly string[], personId: string, signal?: AbortSignal): Promise<AccountPurchases>;
}

/**
 * The close dates of the won opportunities of a contact: those whose primary contact it is (`contactId`)
 * and those that list it among their contacts (the `contacts` many-to-many link, with `linkedWith` as for
 * calls, platform §4.4), each once. A sale recorded either way restarts the customer's clock.
 */
async function wonCloseDatesOf(gateway: EspoGateway, id: string, signal: AbortSignal | undefined): Promise<string[]> {
  const won = where.equals('stage', WON_STAGE);
  const query = (match: WhereItem) => readAll(gateway, 'Opportunity', { ...withSignal(signal), select: ['closeDate'], where: [match, won] });
  const [primary, listed] = await Promise.all([query(where.equals('contactId', id)), query(where.linkedWith('contacts', [id]))]);
  const byId = new Map([...primary, ...listed].map((record) => [record.id, record]));
  return datesOf([...byId.values()], 'closeDate');
}

/**
 * Per person: what `retention apply` re-checks just before it erases anyone. Leads have neither
 * opportunities nor vehicles until converted.
 */
export function liveLookups(gateway: EspoGateway): RetentionLookups {
  return {
    wonCloseDates: async (entityType, id, signal) => (entityType === 'Contact' ? wonCloseDatesOf(gateway, id, signal) : []),
    vehicles: async (entityType, id, signal) => {
      if (entityType !== 'Contact') return [];
      const vehicles = await readAll(gateway, 'AutoCibleVehicle', { ...withSignal(signal), select: VEHICLE_SELECT, where: [where.equals('contactId', id)] });
      return vehicles.map(vehicleOf);
    },
    accountPurchases: async (accountIds, personId, signal) => liveAccountPurchases(gateway, accountIds, personId, signal),
  };
}

function push<T>(map: Map<string, T[]>, key: string | null, value: T): void {
  if (key === null) return;
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * Reads every won opportunity and every vehicle with a contact or a company once; memory holds dates and ids only.
 * Opportunities count for their primary contact (`contactId`) and their company (`accountId`): the contacts they
 * merely list (the many-to-many `contacts` link, which a list call does not return) are read again by
 * `retention plan` for every contact it would not keep, and by `retention apply` before erasing anyone (`liveLookups`).
 */
export async function indexedLookups(gateway: EspoGateway, signal?: AbortSignal): Promise<RetentionLookups> {
  const won = new Map<string, string[]>();
  const wonByAccount = new Map<string, AccountSale[]>();
  const vehicles = new Map<string, PersonVehicle[]>();
  const fleets = new Map<string, PersonVehicle[]>();
  for await (const record of gateway.iterate('Opportunity', { ...withSignal(signal), select: ['contactId', 'accountId', 'closeDate'], where: [where.equals('stage', WON_STAGE)] })) {
    const closeDate = textOf(record, 'closeDate');
    if (closeDate === null) continue;
    push(won, textOf(record, 'contactId'), closeDate);
    push(wonByAccount, textOf(record, 'accountId'), { contactId: textOf(record, 'contactId'), closeDate });
  }
  const withOwner = where.or(where.isNotNull('contactId'), where.isNotNull('accountId'));
  for await (const record of gateway.iterate('AutoCibleVehicle', { ...withSignal(signal), select: VEHICLE_SELECT, where: [withOwner] })) {
    const vehicle = vehicleOf(record);
    push(vehicles, vehicle.contactId, vehicle);
    push(fleets, vehicle.accountId, vehicle);
  }
  return {
    wonCloseDates: async (entityType, id) => (entityType === 'Contact' ? won.get(id) ?? [] : []),
    vehicles: async (entityType, id) => (entityType === 'Contact' ? vehicles.get(id) ?? [] : []),
    accountPurchases: async (accountIds, personId) =>
      accountPurchasesOf(accountIds.flatMap((id) => wonByAccount.get(id) ?? []), accountIds.flatMap((id) => fleets.get(id) ?? []), personId),
  };
}
