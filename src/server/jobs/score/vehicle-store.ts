/**
 * The vehicles of a file source, column by column in typed arrays: enum codes as option numbers, dates as day
 * numbers, numbers as numbers, about 60 bytes a vehicle where an object takes several hundred. Each owner (contact,
 * account) has a chain of its vehicles. A vehicle with a value that does not fit (a code the catalogue does not
 * know, a date with a time) is kept whole, packed, on the side: nothing is ever lost or changed.
 */
import { getField } from '../../../core/catalogue';
import type { FieldDef } from '../../../core/catalogue';
import { isoFromDay, parseDay } from '../../../core/scoring';
import { VEHICLE_FACT_ATTRIBUTES } from './attributes';
import { Packer } from './packer';
import type { RawRecord } from './types';

const NONE = -0x80000000;

interface Column {
  readonly attribute: string;
  readonly field: FieldDef;
  /** Enum columns: code → number and back (0 is "no value"). */
  readonly codes?: ReadonlyMap<string, number>;
}

const COLUMNS: readonly Column[] = VEHICLE_FACT_ATTRIBUTES.map((attribute) => {
  const field = getField('AutoCibleVehicle', attribute);
  const codes = field.enum === undefined ? undefined : new Map(field.enum.options.map((o, i) => [o.code, i + 1]));
  return codes === undefined ? { attribute, field } : { attribute, field, codes };
});

const OVERFLOW = new Packer(VEHICLE_FACT_ATTRIBUTES);

const isNumber = (column: Column): boolean => column.field.type === 'int' || column.field.type === 'float';

function encode(column: Column, value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return isNumber(column) ? Number.NaN : NONE;
  if (column.codes !== undefined) return typeof value === 'string' ? column.codes.get(value) : undefined;
  if (column.field.type === 'date') return typeof value === 'string' && value.length === 10 ? parseDay(value) : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function decode(column: Column, stored: number): unknown {
  if (isNumber(column)) return Number.isNaN(stored) ? undefined : stored;
  if (stored === NONE) return undefined;
  if (column.codes !== undefined) return column.field.enum?.options[stored - 1]?.code;
  return isoFromDay(stored);
}

// Columns grow by pages of this many vehicles: no copy when they grow (a copy would hold the old and the
// new arrays at once), and at most one page not yet filled.
const PAGE_BITS = 14;
const PAGE = 1 << PAGE_BITS;

/** One page of the columns, plus the links to the next vehicle of the same contact and account. */
interface Page {
  readonly columns: readonly (Float64Array | Int32Array)[];
  readonly nextOfContact: Int32Array;
  readonly nextOfAccount: Int32Array;
}

function newPage(): Page {
  return { columns: COLUMNS.map((column) => newColumn(column, PAGE)), nextOfContact: new Int32Array(PAGE), nextOfAccount: new Int32Array(PAGE) };
}

export class VehicleStore {
  private size = 0;
  private readonly pages: Page[] = [];
  private readonly contactHeads = new Map<string, number>();
  private readonly accountHeads = new Map<string, number>();
  private readonly overflow = new Map<number, string>();

  add(vehicle: RawRecord): void {
    const encoded = COLUMNS.map((column) => encode(column, vehicle[column.attribute]));
    const index = this.size;
    const at = index & (PAGE - 1);
    if (at === 0) this.pages.push(newPage());
    const page = this.pageOf(index);
    if (encoded.some((value) => value === undefined)) this.overflow.set(index, OVERFLOW.pack(vehicle));
    else encoded.forEach((value, c) => ((page.columns[c] as Float64Array | Int32Array)[at] = value as number));
    page.nextOfContact[at] = link(this.contactHeads, vehicle.contactId, index);
    page.nextOfAccount[at] = link(this.accountHeads, vehicle.accountId, index);
    this.size += 1;
  }

  ofContact(id: string): RawRecord[] {
    return this.chain(this.contactHeads.get(id), 'nextOfContact');
  }

  ofAccount(id: string): RawRecord[] {
    return this.chain(this.accountHeads.get(id), 'nextOfAccount');
  }

  private pageOf(index: number): Page {
    return this.pages[index >>> PAGE_BITS] as Page;
  }

  private chain(head: number | undefined, next: 'nextOfContact' | 'nextOfAccount'): RawRecord[] {
    const out: RawRecord[] = [];
    for (let i = head ?? -1; i >= 0; i = this.pageOf(i)[next][i & (PAGE - 1)] ?? -1) out.push(this.vehicle(i));
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
      const value = decode(column, (columns[c] as Float64Array | Int32Array)[at] ?? Number.NaN);
      if (value !== undefined) record[column.attribute] = value;
    });
    return record;
  }
}

/** Makes `index` the owner's first vehicle; returns the previous first (or -1). */
function link(heads: Map<string, number>, owner: unknown, index: number): number {
  if (typeof owner !== 'string' || owner === '') return -1;
  const previous = heads.get(owner) ?? -1;
  heads.set(owner, index);
  return previous;
}

function newColumn(column: Column, capacity: number): Float64Array | Int32Array {
  return isNumber(column) ? new Float64Array(capacity) : new Int32Array(capacity);
}
