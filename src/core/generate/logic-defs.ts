import type { EntityDef } from '../catalogue/types';

/**
 * Dynamic logic (9.1+, platform §2.5) making computed fields read-only in the UI. They stay
 * writable through the API because our jobs write them (a metadata `readOnly` would make the
 * host drop those writes silently, §8.13). The condition is always true: saved or new record.
 */
const ALWAYS = {
  conditionGroup: [
    {
      type: 'or',
      value: [
        { type: 'isEmpty', attribute: 'id' },
        { type: 'isNotEmpty', attribute: 'id' },
      ],
    },
  ],
};

export function generateLogicDefs(entity: EntityDef): Record<string, unknown> | undefined {
  const fields: Record<string, unknown> = {};
  for (const field of entity.fields) {
    if (field.computed === true) fields[field.name] = { readOnly: ALWAYS };
  }
  return Object.keys(fields).length === 0 ? undefined : { fields };
}
