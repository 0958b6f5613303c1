/**
 * EspoCRM reads GET parameters the PHP way (§4.3): `where[0][type]=in&where[0][value][]=Ada`. Nested objects
 * become `[key]` segments, arrays of scalars `[]`, arrays of objects `[index]` — exactly as the recordings
 * `contact-list-where-*.json` show. Brackets stay literal and commas in `select` stay readable.
 */
export type QueryScalar = string | number | boolean;
export type QueryValue =
  | QueryScalar
  | null
  | undefined
  | readonly QueryValue[]
  | { readonly [key: string]: QueryValue };

function encodeValue(value: QueryScalar): string {
  return encodeURIComponent(String(value)).replace(/%2C/gu, ',');
}

function isScalar(value: QueryValue): value is QueryScalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function append(out: string[], key: string, value: QueryValue): void {
  if (value === null || value === undefined) return;
  if (isScalar(value)) {
    out.push(`${key}=${encodeValue(value)}`);
    return;
  }
  if (Array.isArray(value)) {
    const items: readonly QueryValue[] = value;
    items.forEach((item, index) => append(out, isScalar(item) ? `${key}[]` : `${key}[${index}]`, item));
    return;
  }
  for (const [child, childValue] of Object.entries(value)) append(out, `${key}[${child}]`, childValue);
}

/** Serialises parameters in insertion order; `null`/`undefined` are left out. No leading `?`. */
export function serializeQuery(params: { readonly [key: string]: QueryValue }): string {
  const out: string[] = [];
  for (const [key, value] of Object.entries(params)) append(out, key, value);
  return out.join('&');
}
