/**
 * The attributes an update sent that the record EspoCRM answered with does not hold (platform doc §8.13: a
 * 200 does not mean the value was stored). Checked: the fields AutoCible owns (`autoCible…` on the host's
 * entities, every field of its own entities), with a scalar value. Core fields are left alone: EspoCRM derives
 * some of them (an opt-out flag on a record without an address stays false), and arrays come back enriched
 * (`emailAddressData` gains `lower`). A field missing from the answer counts as not stored: the API user
 * cannot read it back, so nothing says it was written.
 */
export function unstoredAttributes(
  entityType: string,
  sent: Readonly<Record<string, unknown>>,
  stored: Readonly<Record<string, unknown>>,
): string[] {
  const ownEntity = entityType.startsWith('AutoCible');
  const unstored: string[] = [];
  for (const [attribute, value] of Object.entries(sent)) {
    if (!(ownEntity || attribute.startsWith('autoCible')) || !isScalar(value)) continue;
    if (!(attribute in stored) || !sameStored(value, stored[attribute])) unstored.push(attribute);
  }
  return unstored;
}

function isScalar(value: unknown): value is string | number | boolean | null {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/**
 * A value cleared may come back as any empty form (null, '' or a bool column's false), and text without the spaces
 * around it: EspoCRM trims varchar values when it saves them (`StringTrim`).
 */
function sameStored(sent: string | number | boolean | null, stored: unknown): boolean {
  if (sent === stored) return true;
  if (sent === null || sent === '') return stored === null || stored === undefined || stored === '' || stored === false;
  if (typeof sent === 'string' && typeof stored === 'string') return sent.trim() === stored;
  return false;
}
