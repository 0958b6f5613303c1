/**
 * The VMC fields of Contact and Account (src/core/catalogue/fields/vmc.ts) as the job reads and writes them: the
 * four values of the side panel and `autoCibleVmcComputedAt`, written along with a change only (as
 * `autoCibleScoredAt` is, `score-fields.ts`).
 */
import { roundCents } from '../../../core/vmc';
import type { RecordVmc } from '../../../core/vmc';
import { changedAttributes } from '../../espo/changes';
import type { VmcEntityType, VmcValues } from './types';

/** The catalogue attribute of each stored value. */
export const VMC_VALUE_ATTRIBUTES: Readonly<Record<keyof VmcValues, string>> = {
  vmcBrute: 'autoCibleVmcBrute',
  vmcNette: 'autoCibleVmcNette',
  vmcMarge: 'autoCibleVmcMarge',
  vmcNetteMarge: 'autoCibleVmcNetteMarge',
};

export const VMC_COMPUTED_AT_ATTRIBUTE = 'autoCibleVmcComputedAt';

/** A contact's customer kind: it picks the defaults (`vmcCustomerKind`). */
export const CUSTOMER_KIND_ATTRIBUTE = 'autoCibleCustomerKind';

const VALUE_NAMES = Object.keys(VMC_VALUE_ATTRIBUTES) as (keyof VmcValues)[];

/** What the job lists of a record: its VMC fields, and a contact's customer kind. Never a name or an address. */
export function vmcSelect(entityType: VmcEntityType): string[] {
  const fields = [...Object.values(VMC_VALUE_ATTRIBUTES), VMC_COMPUTED_AT_ATTRIBUTE];
  return entityType === 'Contact' ? [CUSTOMER_KIND_ATTRIBUTE, ...fields] : fields;
}

/** The stored values of a computation: each output, or null when an impossible input made it impossible. */
export function vmcValues(vmc: RecordVmc): VmcValues {
  const value = (name: keyof VmcValues): number | null => {
    const outcome = vmc.outputs[name];
    return outcome.ok ? outcome.value : null;
  };
  return { vmcBrute: value('vmcBrute'), vmcNette: value('vmcNette'), vmcMarge: value('vmcMarge'), vmcNetteMarge: value('vmcNetteMarge') };
}

/** The value fields a record should hold. */
export function desiredVmcFields(values: VmcValues): Record<string, number | null> {
  const fields: Record<string, number | null> = {};
  for (const name of VALUE_NAMES) fields[VMC_VALUE_ATTRIBUTES[name]] = values[name];
  return fields;
}

/**
 * A stored amount as the job compares it: rounded to the cent (a float column may give back 1234.5599999999999),
 * a numeric string read as a number, empty as null. Anything else is kept, so it differs and is rewritten.
 */
function storedAmount(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' && Number.isFinite(value)) return roundCents(value);
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return roundCents(Number(value));
  return value;
}

/**
 * What to write: the value fields whose value differs from the record, plus `autoCibleVmcComputedAt` when any
 * does. A record already holding these values gets nothing (no request at all), whatever its computed-at.
 */
export function vmcChanges(record: Readonly<Record<string, unknown>>, desired: Readonly<Record<string, number | null>>, computedAt: string): Record<string, unknown> {
  const current: Record<string, unknown> = {};
  for (const attribute of Object.keys(desired)) current[attribute] = storedAmount(record[attribute]);
  const changed = changedAttributes(current, desired);
  if (Object.keys(changed).length > 0) changed[VMC_COMPUTED_AT_ATTRIBUTE] = computedAt;
  return changed;
}

/** `YYYY-MM-DD HH:mm:ss` (UTC): the run's day with the clock's time of day, as `autoCibleScoredAt` is dated. */
export function computedAtOf(day: string, now: Date): string {
  return `${day} ${now.toISOString().slice(11, 19)}`;
}
