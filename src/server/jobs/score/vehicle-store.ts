/**
 * The vehicles of a file source, column by column in typed arrays (vehicle-columns.ts): about 24 bytes a vehicle
 * with its links, where an object takes several hundred. Each owner kind (contacts, accounts) chains its vehicles
 * (owner-chains.ts). A vehicle with a value that does not fit its column is kept whole, packed, on the side:
 * nothing is lost or changed (but -0, read back as 0).
 */
import { VEHICLE_FACT_ATTRIBUTES } from './attributes';
import { IdTable } from './id-table';
import { OwnerChains } from './owner-chains';
import { Packer } from './packer';
import type { RawRecord } from './types';
import type { ColumnArray } from './vehicle-columns';
import { vehicleColumns } from './vehicle-columns';

const COLUMNS = vehicleColumns(VEHICLE_FACT_ATTRIBUTES);
const OVERFLOW = new Packer(VEHICLE_FACT_ATTRIBUTES);

// Columns grow by pages of this many vehicles: no copy when they grow (a copy would hold the old and the
// new arrays at once), and at most one page not yet filled.
const PAGE_BITS = 14;
const PAGE = 1 << PAGE_BITS;

type Page = readonly ColumnArray[];

const newPage = (): Page => COLUMNS.map((column) => column.allocate(PAGE));

export class VehicleStore {
  private size = 0;
  private readonly pages: Page[] = [];
  private readonly contacts: OwnerChains;
  private readonly accounts: OwnerChains;
  private readonly overflow = new Map<number, string>();

  /** The id tables may be shared with other indexes of the same owners (one copy of each id). */
  constructor(ids: { readonly contacts?: IdTable; readonly accounts?: IdTable } = {}) {
    // Most vehicles have a contact; few have an account (fleets).
    this.contacts = new OwnerChains(ids.contacts ?? new IdTable(), { sparse: false });
    this.accounts = new OwnerChains(ids.accounts ?? new IdTable(), { sparse: true });
  }

  add(vehicle: RawRecord): void {
    const index = this.size;
    const at = index & (PAGE - 1);
    if (at === 0) this.pages.push(newPage());
    const page = this.pageOf(index);
    const encoded = COLUMNS.map((column) => column.encode(vehicle[column.attribute]));
    if (encoded.some((value) => value === undefined)) this.overflow.set(index, OVERFLOW.pack(vehicle));
    else encoded.forEach((value, c) => ((page[c] as ColumnArray)[at] = value ?? 0));
    this.contacts.link(vehicle.contactId, index);
    this.accounts.link(vehicle.accountId, index);
    this.size += 1;
  }

  /** The contact's vehicles in file order. */
  ofContact(id: string): RawRecord[] {
    return this.contacts.of(id).map((index) => this.vehicle(index));
  }

  /** The account's vehicles in file order. */
  ofAccount(id: string): RawRecord[] {
    return this.accounts.of(id).map((index) => this.vehicle(index));
  }

  private pageOf(index: number): Page {
    return this.pages[index >>> PAGE_BITS] as Page;
  }

  private vehicle(index: number): RawRecord {
    const packed = this.overflow.get(index);
    if (packed !== undefined) return OVERFLOW.unpack(packed);
    const columns = this.pageOf(index);
    const at = index & (PAGE - 1);
    const record: Record<string, unknown> = {};
    COLUMNS.forEach((column, c) => {
      const value = column.decode((columns[c] as ColumnArray)[at] ?? 0);
      if (value !== undefined) record[column.attribute] = value;
    });
    return record;
  }
}
