import { z } from 'zod';
import type { EntityDef, FieldDef } from '../catalogue/types';
import type { HostAttribute } from '../catalogue/host-fields';
import { normaliseEmail } from '../consent/normalise-email';
import { normalisePhone } from '../consent/normalise-phone';
import { validateIdentifier } from '../catalogue/identifiers';
import { enumCodes } from './field-defs';
import { isIsoDate } from '../catalogue/iso-date';
import { isEspoDateTime } from './dates';
import { ruleParams } from './value-rules';

// Each refinement names its rule in `params`, so a CSV report can word it in French or English.
const date = z.string().refine(isIsoDate, ruleParams('date'));
const dateTime = z.string().refine(isEspoDateTime, ruleParams('dateTime'));
// EspoCRM would refuse an invalid e-mail address (400, `valid`) and store a phone number as typed: both are
// checked here with the consent keys' own reading, so a row the opposition list cannot key is reported.
const email = z.string().refine((v) => v.trim() === '' || normaliseEmail(v) !== undefined, ruleParams('email'));
const phone = z.string().refine((v) => v.trim() === '' || normalisePhone(v) !== undefined, ruleParams('phone'));

/** zod schema of one catalogue field's API value (null means empty, as EspoCRM sends it). */
export function fieldSchema(field: FieldDef): z.ZodType {
  return field.required === true ? valueSchema(field) : valueSchema(field).nullable().optional();
}

function valueSchema(field: FieldDef): z.ZodType {
  switch (field.type) {
    case 'varchar':
    case 'text':
      return stringSchema(field);
    case 'enum':
      return z.union([z.enum(enumCodes(field) as [string, ...string[]]), z.literal('')]);
    case 'multiEnum':
      return z.array(z.enum(enumCodes(field) as [string, ...string[]]));
    case 'int':
      return withRange(z.number().int(), field);
    case 'float':
      return withRange(z.number(), field);
    case 'date':
      return date;
    case 'datetime':
      return dateTime;
    case 'bool':
      return z.boolean();
    case 'link':
      return z.string().min(1);
  }
}

function stringSchema(field: FieldDef): z.ZodType {
  let schema = z.string();
  if (field.maxLength !== undefined) schema = schema.max(field.maxLength);
  else if (field.type === 'varchar') schema = schema.max(150);
  const validator = field.validator;
  if (validator === undefined) return schema;
  return schema.refine((v) => v === '' || validateIdentifier(validator, v), ruleParams(validator));
}

function withRange(schema: z.ZodNumber, field: FieldDef): z.ZodNumber {
  let out = schema;
  if (field.min !== undefined) out = out.min(field.min);
  if (field.max !== undefined) out = out.max(field.max);
  return out;
}

function hostSchema(attr: HostAttribute): z.ZodType {
  const base: z.ZodType = (() => {
    switch (attr.kind) {
      case 'bool':
        return z.boolean();
      case 'float':
        return z.number();
      case 'date':
        return date;
      case 'datetime':
        return dateTime;
      case 'email':
        return email;
      case 'phone':
        return phone;
      default:
        return z.string();
    }
  })();
  return attr.required === true ? base : base.nullable().optional();
}

/** The API attribute a field is carried in (`link` fields travel as `{name}Id`). */
export function attributeOf(field: FieldDef): string {
  return field.type === 'link' ? `${field.name}Id` : field.name;
}

/**
 * Record schema for an entity: catalogue fields + the host attributes we use. Other host
 * attributes pass through untouched (EspoCRM records carry many we never read).
 */
export function recordSchema(entity: EntityDef, host: readonly HostAttribute[]) {
  const shape = hostShape(host);
  for (const field of entity.fields) shape[attributeOf(field)] = fieldSchema(field);
  return z.looseObject(shape);
}

/** Schema of an entity AutoCible adds no field to (EspoCRM's Opportunity): its host attributes alone. */
export function hostRecordSchema(host: readonly HostAttribute[]) {
  return z.looseObject(hostShape(host));
}

function hostShape(host: readonly HostAttribute[]): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {};
  for (const attr of host) shape[attr.attribute] = hostSchema(attr);
  return shape;
}
