/**
 * How the vehicle store (vehicle-store.ts) keeps each fact attribute in a typed array: enum codes as option
 * numbers in bytes, dates as days since 1900 in 16 bits, whole numbers in 32 bits. `encode` gives undefined for a
 * value the column cannot give back exactly (an unknown code, a date with a time or after 2079, a fraction in an
 * int field): the store then keeps that vehicle whole on the side. Only -0 comes back as 0, as JSON would give it.
 */
import { getField } from '../../../core/catalogue';
import type { FieldDef } from '../../../core/catalogue';
import { isoFromDay, parseDay } from '../../../core/scoring';

export type ColumnArray = Uint8Array | Uint16Array | Int32Array | Float64Array;

export interface Column {
  readonly attribute: string;
  /** Allocates the column for `size` vehicles, every entry "no value". */
  readonly allocate: (size: number) => ColumnArray;
  readonly encode: (value: unknown) => number | undefined;
  /** Undefined for "no value". */
  readonly decode: (stored: number) => unknown;
}

const DAY_1900 = parseDay('1900-01-01') ?? 0;
const NO_DAY = 0xffff;
const NO_INT = -0x80000000;

const empty = (value: unknown): boolean => value === null || value === undefined || value === '';

function enumColumn(attribute: string, codes: readonly string[]): Column {
  const numbers = new Map(codes.map((code, i) => [code, i + 1]));
  return {
    attribute,
    allocate: (size) => (codes.length < 0xff ? new Uint8Array(size) : new Uint16Array(size)),
    encode: (value) => (empty(value) ? 0 : typeof value === 'string' ? numbers.get(value) : undefined),
    decode: (stored) => (stored === 0 ? undefined : codes[stored - 1]),
  };
}

function dayOf(value: unknown): number | undefined {
  // Ten characters: a bare day, which isoFromDay gives back as it was.
  const day = typeof value === 'string' && value.length === 10 ? parseDay(value) : undefined;
  if (day === undefined) return undefined;
  const stored = day - DAY_1900;
  return stored >= 0 && stored < NO_DAY ? stored : undefined;
}

const dateColumn = (attribute: string): Column => ({
  attribute,
  allocate: (size) => new Uint16Array(size).fill(NO_DAY),
  encode: (value) => (empty(value) ? NO_DAY : dayOf(value)),
  decode: (stored) => (stored === NO_DAY ? undefined : isoFromDay(stored + DAY_1900)),
});

const intColumn = (attribute: string): Column => ({
  attribute,
  allocate: (size) => new Int32Array(size).fill(NO_INT),
  encode: (value) => {
    if (empty(value)) return NO_INT;
    const fits = typeof value === 'number' && Number.isInteger(value) && value > NO_INT && value <= 0x7fffffff;
    return fits ? value : undefined;
  },
  decode: (stored) => (stored === NO_INT ? undefined : stored),
});

const floatColumn = (attribute: string): Column => ({
  attribute,
  allocate: (size) => new Float64Array(size).fill(Number.NaN),
  encode: (value) => (empty(value) ? Number.NaN : typeof value === 'number' && Number.isFinite(value) ? value : undefined),
  decode: (stored) => (Number.isNaN(stored) ? undefined : stored),
});

/** A type no column holds: any value sends the vehicle to the side. */
const sideColumn = (attribute: string): Column => ({
  attribute,
  allocate: (size) => new Uint8Array(size),
  encode: (value) => (empty(value) ? 0 : undefined),
  decode: () => undefined,
});

export function columnOf(field: FieldDef, attribute: string): Column {
  if (field.type === 'enum' && field.enum !== undefined) return enumColumn(attribute, field.enum.options.map((o) => o.code));
  if (field.type === 'date') return dateColumn(attribute);
  if (field.type === 'int') return intColumn(attribute);
  if (field.type === 'float') return floatColumn(attribute);
  return sideColumn(attribute);
}

export function vehicleColumns(attributes: readonly string[]): readonly Column[] {
  return attributes.map((attribute) => columnOf(getField('AutoCibleVehicle', attribute), attribute));
}
