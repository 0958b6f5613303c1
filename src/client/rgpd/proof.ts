/** A consent proof can be a whole paragraph of wording: the panel shows its start, the full text in a tooltip. */

export const PROOF_MAX_CHARS = 60;

export interface ShortText {
  readonly short: string;
  readonly full: string;
}

/** Cuts on code points, so an emoji or an accented letter is never split. */
export function truncateProof(proof: string, max = PROOF_MAX_CHARS): ShortText {
  const full = proof.trim();
  const chars = Array.from(full);
  if (chars.length <= max) return { short: full, full };
  return { short: `${chars.slice(0, max - 1).join('').trimEnd()}…`, full };
}
