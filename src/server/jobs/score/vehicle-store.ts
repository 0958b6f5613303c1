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

export class VehicleStore {
  private size = 0;
  // Day numbers and option numbers fit in 32 bits; only numeric fields need doubles.
  private columns: (Float64Array | Int32Array)[] = COLUMNS.map((column) => newColumn(column, 1024));
  private nextOfContact: Int32Array = new Int32Array(1024);
  private nextOfAccount: Int32Array = new Int32Array(1024);
  private readonly contactHeads = new Map<string, number>();
  private readonly accountHeads = new Map<string, number>();
  private readonly overflow = new Map<number, string>();

  add(vehicle: RawRecord): void {
    const encoded = COLUMNS.map((column) => encode(column, vehicle[column.attribute]));
    const index = this.size;
    this.grow();
    if (encoded.some((value) => value === undefined)) this.overflow.set(index, OVERFLOW.pack(vehicle));
    else encoded.forEach((value, c) => ((this.columns[c] as Float64Array | Int32Array)[index] = value as number));
    this.nextOfContact[index] = link(this.contactHeads, vehicle.contactId, index);
    this.nextOfAccount[index] = link(this.accountHeads, vehicle.accountId, index);
    this.size += 1;
  }

  ofContact(id: string): RawRecord[] {
    return this.chain(this.contactHeads.get(id), this.nextOfContact);
  }

  ofAccount(id: string): RawRecord[] {
    return this.chain(this.accountHeads.get(id), this.nextOfAccount);
  }

  private chain(head: number | undefined, next: Int32Array): RawRecord[] {
    const out: RawRecord[] = [];
    for (let i = head ?? -1; i >= 0; i = next[i] ?? -1) out.push(this.vehicle(i));
    // Chains are built by prepending: give the vehicles back in file order.
    return out.reverse();
  }

  private vehicle(index: number): RawRecord {
    const packed = this.overflow.get(index);
    if (packed !== undefined) return OVERFLOW.unpack(packed);
    const record: Record<string, unknown> = {};
    COLUMNS.forEach((column, c) => {
      const value = decode(column, (this.columns[c] as Float64Array | Int32Array)[index] ?? Number.NaN);
      if (value !== undefined) record[column.attribute] = value;
    });
    return record;
  }

  private grow(): void {
    if (this.size < this.nextOfContact.length) return;
    const capacity = this.nextOfContact.length * 2;
    this.columns = this.columns.map((column, c) => {
      const bigger = newColumn(COLUMNS[c] as Column, capacity);
      bigger.set(column);
      return bigger;
    });
    this.nextOfContact = grownLinks(this.nextOfContact, capacity);
    this.nextOfAccount = grownLinks(this.nextOfAccount, capacity);
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

function grownLinks(links: Int32Array, capacity: number): Int32Array {
  const bigger = new Int32Array(capacity);
  bigger.set(links);
  return bigger;
}
