import type { FakeEntityDef } from './types';

/** Sets `value` at `path` inside nested plain objects, creating them as needed. */
export function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  const child = target[head];
  const next: Record<string, unknown> = typeof child === 'object' && child !== null && !Array.isArray(child)
    ? (child as Record<string, unknown>)
    : {};
  target[head] = next;
  setPath(next, rest, value);
}

/** Minimal `entityDefs`/`scopes` for the defined entity types (enough for clients that read metadata). */
export function seedMetadata(metadata: Record<string, unknown>, defs: readonly FakeEntityDef[]): void {
  for (const def of defs) {
    setPath(metadata, ['scopes', def.entityType], { entity: true, object: true, acl: true, stream: true });
    for (const attribute of Object.keys(def.attributes)) {
      const options = def.enums?.[attribute];
      const field: Record<string, unknown> = options ? { type: 'enum', options: [...options] } : { type: 'varchar' };
      if (def.required?.includes(attribute)) field.required = true;
      setPath(metadata, ['entityDefs', def.entityType, 'fields', attribute], field);
    }
  }
}
