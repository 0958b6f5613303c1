import type { EnumDef, EnumOption } from '../types';

/** An option whose code keeps its literal type, so derived functions can return exact codes. */
export type TypedEnumOption<C extends string> = EnumOption & { readonly code: C };

/** An `EnumDef` that remembers the union of its codes. */
export interface TypedEnumDef<C extends string> extends EnumDef {
  readonly options: readonly TypedEnumOption<C>[];
}

/** The union of the codes of a typed enumeration, e.g. `CodeOf<typeof VEHICLE_CATEGORY>`. */
export type CodeOf<E> = E extends TypedEnumDef<infer C> ? C : never;

export function option<const C extends string>(
  code: C,
  fr: string,
  en: string,
  aliases?: readonly string[],
): TypedEnumOption<C> {
  // exactOptionalPropertyTypes: leave `aliases` out rather than set it to undefined.
  return aliases === undefined ? { code, label: { fr, en } } : { code, label: { fr, en }, aliases };
}

export function defineEnum<const C extends string>(
  id: string,
  options: readonly TypedEnumOption<C>[],
): TypedEnumDef<C> {
  return { id, options };
}
