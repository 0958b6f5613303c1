/**
 * The attributes of `desired` whose value differs from `current` — what an update should send (PATCH with
 * only changed attributes keeps audit notes and webhooks quiet, §4.9). Arrays and objects compare by JSON.
 */
export function changedAttributes(
  current: Readonly<Record<string, unknown>>,
  desired: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const [attribute, value] of Object.entries(desired)) {
    if (!sameValue(current[attribute], value)) changed[attribute] = value;
  }
  return changed;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
