/**
 * "Same shape": same keys and value types recursively; arrays of equal length compared element by element;
 * ids and timestamps may differ, so objects keyed by record ids (`accountsNames`, `phoneNumbersMap`) compare
 * as maps (same size, same value shapes).
 */
const ID_KEY = /^(?:[A-Z][A-Za-z]*_)?[0-9a-f]{17}$/u;

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function isIdMap(value: Readonly<Record<string, unknown>>): boolean {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => ID_KEY.test(key));
}

function compareObjects(expected: Readonly<Record<string, unknown>>, actual: Readonly<Record<string, unknown>>, path: string, out: string[]): void {
  if (isIdMap(expected) && isIdMap(actual)) {
    const e = Object.values(expected);
    const a = Object.values(actual);
    if (e.length !== a.length) out.push(`${path}: ${e.length} map entries expected, got ${a.length}`);
    e.forEach((value, index) => shapeDiff(value, a[index], `${path}{${index}}`, out));
    return;
  }
  const expectedKeys = Object.keys(expected);
  const actualKeys = Object.keys(actual);
  for (const key of expectedKeys) if (!(key in actual)) out.push(`${path}.${key}: missing`);
  for (const key of actualKeys) if (!(key in expected)) out.push(`${path}.${key}: unexpected`);
  for (const key of expectedKeys) if (key in actual) shapeDiff(expected[key], actual[key], `${path}.${key}`, out);
}

/** Differences between the shapes of `expected` and `actual`; empty when they match. */
export function shapeDiff(expected: unknown, actual: unknown, path = '$', out: string[] = []): string[] {
  const e = kind(expected);
  const a = kind(actual);
  if (e !== a) {
    out.push(`${path}: ${e} expected, got ${a}`);
    return out;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const items: readonly unknown[] = actual;
    if (expected.length !== items.length) out.push(`${path}: ${expected.length} items expected, got ${items.length}`);
    expected.forEach((item: unknown, index) => {
      if (index < items.length) shapeDiff(item, items[index], `${path}[${index}]`, out);
    });
  } else if (e === 'object') {
    compareObjects(expected as Readonly<Record<string, unknown>>, actual as Readonly<Record<string, unknown>>, path, out);
  }
  return out;
}
