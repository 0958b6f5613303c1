import type { FactValue } from './fact-types';

/** Same fact value: the same scalar, or lists with the same codes in the same order. */
export function sameValue(kept: FactValue, value: FactValue): boolean {
  if (kept === value) return true;
  if (!Array.isArray(kept) || !Array.isArray(value) || kept.length !== value.length) return false;
  for (let j = 0; j < value.length; j += 1) if (kept[j] !== value[j]) return false;
  return true;
}

/** A list as a reason may keep it: a frozen copy, so it never shows a caller's array that changes after scoring. */
export function keptValue(value: FactValue): FactValue {
  return Array.isArray(value) ? Object.freeze(value.slice()) : value;
}

/**
 * How many recent texts or reasons a rule keeps for values other than numbers: records take turns between
 * a few codes or lists of codes, and looking through a handful is cheaper than a map lookup (which hashes
 * a key, joined from the codes for a list) or than making a reason again (a frozen copy for a list).
 */
export const RECENT_VALUES = 8;

/** Puts `item` first in `recent`, dropping the oldest past `RECENT_VALUES`. */
export function remember<T>(recent: T[], item: T): T {
  if (recent.length >= RECENT_VALUES) recent.pop();
  recent.unshift(item);
  return item;
}
