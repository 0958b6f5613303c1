/**
 * What the companies a contact works for bought (B2B): the won opportunities and the fleet vehicles of their
 * Accounts. The relationship is the company's; its current contacts are a customer's contacts while it lasts
 * (core/retention/category.ts). The person's own opportunities (primary contact) and vehicles (driver) are left
 * out: they already count as theirs.
 */
import type { RetentionVehicle } from '../../../core/retention';
import type { EspoGateway } from '../../espo/gateway';
import { where } from '../../espo/query/where';
import type { EspoRecord } from '../../espo/types';
import { WON_STAGE } from '../purchases';
import { textOf } from './persons';
import { readAll } from './read-all';
import { withSignal } from './signal-option';

/** A vehicle as the retention and consent jobs read it. */
export interface PersonVehicle {
  readonly id: string;
  /** The person it is linked to (driver or private owner). */
  readonly contactId: string | null;
  /** The company it belongs to: a fleet vehicle. */
  readonly accountId: string | null;
  readonly purchaseDate: string | null;
  readonly financingEndDate: string | null;
  /** End of the manufacturer warranty. */
  readonly warrantyEndDate: string | null;
  readonly lastWorkshopVisitAt: string | null;
}

export const VEHICLE_SELECT = ['contactId', 'accountId', 'purchaseDate', 'financingEndDate', 'warrantyEndDate', 'lastWorkshopVisitAt'] as const;

export function vehicleOf(record: EspoRecord): PersonVehicle {
  return {
    id: record.id,
    contactId: textOf(record, 'contactId'),
    accountId: textOf(record, 'accountId'),
    purchaseDate: textOf(record, 'purchaseDate'),
    financingEndDate: textOf(record, 'financingEndDate'),
    warrantyEndDate: textOf(record, 'warrantyEndDate'),
    lastWorkshopVisitAt: textOf(record, 'lastWorkshopVisitAt'),
  };
}

/** The dates of a vehicle the plan reads. */
export function retentionVehicle({ id, purchaseDate, financingEndDate, warrantyEndDate, lastWorkshopVisitAt }: PersonVehicle): RetentionVehicle {
  return { id, purchaseDate, financingEndDate, warrantyEndDate, lastWorkshopVisitAt };
}

export interface AccountPurchases {
  /** `closeDate` of the companies' won opportunities. */
  readonly wonCloseDates: readonly string[];
  /** The companies' fleet vehicles. */
  readonly vehicles: readonly PersonVehicle[];
}

export const NO_ACCOUNT_PURCHASES: AccountPurchases = { wonCloseDates: [], vehicles: [] };

/** A won opportunity as the account index keeps it. */
export interface AccountSale {
  readonly contactId: string | null;
  readonly closeDate: string;
}

/** The purchases of `accountIds` among `sales` and `vehicles`, those of the person `personId` left out, each vehicle once. */
export function accountPurchasesOf(sales: readonly AccountSale[], vehicles: readonly PersonVehicle[], personId: string): AccountPurchases {
  const fleet = new Map(vehicles.filter((vehicle) => vehicle.contactId !== personId).map((vehicle) => [vehicle.id, vehicle]));
  return { wonCloseDates: sales.filter((sale) => sale.contactId !== personId).map((sale) => sale.closeDate), vehicles: [...fleet.values()] };
}

/** Two list requests (won opportunities, vehicles of the companies), none without a company. */
export async function liveAccountPurchases(gateway: EspoGateway, accountIds: readonly string[], personId: string, signal?: AbortSignal): Promise<AccountPurchases> {
  if (accountIds.length === 0) return NO_ACCOUNT_PURCHASES;
  const ofAccounts = where.in('accountId', accountIds);
  const won = await readAll(gateway, 'Opportunity', { ...withSignal(signal), select: ['contactId', 'closeDate'], where: [ofAccounts, where.equals('stage', WON_STAGE)] });
  const vehicles = await readAll(gateway, 'AutoCibleVehicle', { ...withSignal(signal), select: VEHICLE_SELECT, where: [ofAccounts] });
  const sales = won.flatMap((record) => {
    const closeDate = textOf(record, 'closeDate');
    return closeDate === null ? [] : [{ contactId: textOf(record, 'contactId'), closeDate }];
  });
  return accountPurchasesOf(sales, vehicles.map(vehicleOf), personId);
}
