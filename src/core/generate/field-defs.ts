import type { FieldDef } from '../catalogue/types';

/** One EspoCRM field definition as written to `entityDefs.{E}.fields.{f}`. */
export type EspoFieldDefs = Record<string, unknown>;

/**
 * EspoCRM field metadata for one catalogue field (platform §2.2).
 * Computed fields are NOT marked `readOnly`: the host silently drops read-only attributes
 * from API writes (platform §8.13), and our jobs write them through the API. They are
 * protected in the UI instead (inline edit off, dynamic-logic read-only: see logic-defs.ts).
 */
export function espoFieldDefs(field: FieldDef): EspoFieldDefs {
  const defs: EspoFieldDefs = { type: field.type, ...typeParams(field) };
  if (field.required === true) defs.required = true;
  if (field.audited) defs.audited = true;
  if (field.isPersonalData) defs.isPersonalData = true;
  defs.tooltip = true;
  if (field.computed === true) {
    defs.inlineEditDisabled = true;
    defs.massUpdateDisabled = true;
  }
  return defs;
}

function typeParams(field: FieldDef): EspoFieldDefs {
  switch (field.type) {
    case 'varchar':
      return { maxLength: field.maxLength ?? 150, trim: true };
    case 'text':
      return field.maxLength === undefined ? {} : { maxLength: field.maxLength };
    case 'enum':
      // "" first: enums must accept an empty value (platform §8.6).
      return { options: ['', ...enumCodes(field)], default: '', isSorted: false };
    case 'multiEnum':
      return { options: enumCodes(field), isSorted: false, allowCustomOptions: false };
    case 'int':
      return withRange(field, {});
    case 'float':
      return withRange(field, { decimalPlaces: 2 });
    case 'bool':
      return { default: false };
    case 'date':
    case 'datetime':
    case 'link':
      return {};
  }
}

function withRange(field: FieldDef, base: EspoFieldDefs): EspoFieldDefs {
  const out = { ...base };
  if (field.min !== undefined) out.min = field.min;
  if (field.max !== undefined) out.max = field.max;
  return out;
}

export function enumCodes(field: FieldDef): string[] {
  return field.enum === undefined ? [] : field.enum.options.map((o) => o.code);
}
