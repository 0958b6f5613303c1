import { z } from 'zod';
import { parseDay } from '../../catalogue';
import type { FactDef } from '../fact-types';

/** A calendar date in a model file. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((text) => parseDay(text) !== undefined)
  .meta({ description: 'A calendar date YYYY-MM-DD' });

export const Scalar = z.union([z.number(), z.string(), z.boolean()]);
export type ScalarValue = z.infer<typeof Scalar>;

export const ScalarList = z.array(z.union([z.number(), z.string()])).min(1);

/** A count of days, months or years for a date window. */
export function period(max: number, unit: string): z.ZodNumber {
  return z.number().int().min(0).max(max).meta({ description: `Number of ${unit}` });
}

function describe(fact: FactDef): string {
  return `fact "${fact.name}" (${fact.type})`;
}

function codesOf(fact: FactDef): readonly string[] {
  return fact.enum?.options.map((o) => o.code) ?? [];
}

/** A message when `code` is not an option of the enum fact, listing a few valid codes. */
export function checkCode(code: string, fact: FactDef): string | undefined {
  const codes = codesOf(fact);
  if (codes.includes(code)) return undefined;
  const shown = codes.length > 12 ? `${codes.slice(0, 12).join(', ')}…` : codes.join(', ');
  return `value "${code}" is not a code of fact "${fact.name}" (one of ${shown})`;
}

/** A message when `value` does not have the type of the fact it is compared with. */
export function checkScalar(value: ScalarValue, fact: FactDef): string | undefined {
  switch (fact.type) {
    case 'number':
      return typeof value === 'number' ? undefined : `${describe(fact)} needs a number, got ${JSON.stringify(value)}`;
    case 'date':
      return typeof value === 'string' && parseDay(value) !== undefined && value.length === 10
        ? undefined
        : `${describe(fact)} needs a date YYYY-MM-DD, got ${JSON.stringify(value)}`;
    case 'bool':
      return typeof value === 'boolean' ? undefined : `${describe(fact)} needs true or false, got ${JSON.stringify(value)}`;
    case 'enum':
    case 'multiEnum':
      return typeof value === 'string' ? checkCode(value, fact) : `${describe(fact)} needs a code, got ${JSON.stringify(value)}`;
    case 'string':
      return typeof value === 'string' ? undefined : `${describe(fact)} needs text, got ${JSON.stringify(value)}`;
  }
}

/** The value as the core compares it: dates become day numbers. */
export function internal(value: ScalarValue, fact: FactDef): ScalarValue {
  return fact.type === 'date' && typeof value === 'string' ? (parseDay(value) ?? Number.NaN) : value;
}
