/**
 * The vehicles of a file source, column by column in typed arrays (vehicle-columns.ts): about 30 bytes a vehicle
 * with its links, where an object takes several hundred. Owners (contacts, accounts) are numbered by id tables;
 * each owner has a chain of its vehicles, its head in a list indexed by owner number and the links beside the
 * columns. A vehicle with a value that does not fit its column is kept whole, packed, on the side: nothing is
 * lost or changed (but -0, read back as 0).
 */
import { VEHICLE_FACT_ATTRIBUTES } from './attributes';
import { IdTable } from './id-table';
import { IntList } from './int-list';
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

/** One page of the columns, plus the links to the previous vehicle of the same contact and account. */
interface Page {
  readonly columns: readonly ColumnArray[];
  readonly nextOfContact: Int32Array;
  readonly nextOfAccount: Int32Array;
}

function newPage(): Page {
  return { columns: COLUMNS.map((column) => column.allocate(PAGE)), nextOfContact: new Int32Array(PAGE), nextOfAccount: new Int32Array(PAGE) };
}

/** An owner kind: its id table and, per owner number, its last vehicle (-1: none). */
class Owners {
  readonly heads = new IntList(-1);

  constructor(readonly ids: IdTable) {}

  /** Makes `index` the owner's last vehicle; returns the previous last (or -1). */
  link(owner: unknown, index: number): number {
    if (typeof owner !== 'string' || owner === '') return -1;
    const number = this.ids.intern(owner);
    const previous = this.heads.get(number);
    this.heads.set(number, index);
    return previous;
  }

  head(owner: string): number {
    return this.heads.get(this.ids.find(owner));
  }
}

export class VehicleStore {
  private size = 0;
  private readonly pages: Page[] = [];
  private readonly contacts: Owners;
  private readonly accounts: Owners;
  private readonly overflow = new Map<number, string>();

  /** The id tables may be shared with other indexes of the same owners (one copy of each id). */
  constructor(ids: { readonly contacts?: IdTable; readonly accounts?: IdTable } = {}) {
    this.contacts = new Owners(ids.contacts ?? new IdTable());
    this.accounts = new Owners(ids.accounts ?? new IdTable());
  }

  add(vehicle: RawRecord): void {
    const index = this.size;
    const at = index & (PAGE - 1);
    if (at === 0) this.pages.push(newPage());
    const page = this.pageOf(index);
    const encoded = COLUMNS.map((column) => column.encode(vehicle[column.attribute]));
    if (encoded.some((value) => value === undefined)) this.overflow.set(index, OVERFLOW.pack(vehicle));
    else encoded.forEach((value, c) => ((page.columns[c] as ColumnArray)[at] = value ?? 0));
    page.nextOfContact[at] = this.contacts.link(vehicle.contactId, index);
    page.nextOfAccount[at] = this.accounts.link(vehicle.accountId, index);
    this.size += 1;
  }

  ofContact(id: string): RawRecord[] {
    return this.chain(this.contacts.head(id), 'nextOfContact');
  }

  ofAccount(id: string): RawRecord[] {
    return this.chain(this.accounts.head(id), 'nextOfAccount');
  }

  private pageOf(index: number): Page {
    return this.pages[index >>> PAGE_BITS] as Page;
  }

  private chain(head: number, next: 'nextOfContact' | 'nextOfAccount'): RawRecord[] {
    const out: RawRecord[] = [];
    for (let i = head; i >= 0; i = this.pageOf(i)[next][i & (PAGE - 1)] ?? -1) out.push(this.vehicle(i));
    // Chains are built by prepending: give the vehicles back in file order.
    return out.reverse();
  }

  private vehicle(index: number): RawRecord {
    const packed = this.overflow.get(index);
    if (packed !== undefined) return OVERFLOW.unpack(packed);
    const { columns } = this.pageOf(index);
    const at = index & (PAGE - 1);
    const record: Record<string, unknown> = {};
    COLUMNS.forEach((column, c) => {
      const value = column.decode((columns[c] as ColumnArray)[at] ?? 0);
      if (value !== undefined) record[column.attribute] = value;
    });
    return record;
  }
}
