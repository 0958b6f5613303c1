import type { EnumDef } from '../catalogue';

/**
 * The distinct codes of `codes` in the enumeration's option order (unknown codes last, sorted), so
 * multi-enum facts do not depend on the order vehicles or contacts were listed in; `null` when empty.
 */
export function orderedCodes(codes: Iterable<string | null>, enumDef: EnumDef | undefined): readonly string[] | null {
  const present = new Set<string>();
  for (const code of codes) if (code !== null) present.add(code);
  if (present.size === 0) return null;
  const known = enumDef?.options.map((o) => o.code).filter((code) => present.has(code)) ?? [];
  const unknown = [...present].filter((code) => !known.includes(code)).sort();
  return [...known, ...unknown];
}
