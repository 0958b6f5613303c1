/**
 * Rounds an amount to the cent, half away from zero. Formulas are computed in floating point and
 * rounded only at the output, so 0.1 × 3 (0.30000000000000004 in binary floating point) shows as 0.3.
 * The relative epsilon absorbs representation error before rounding (1.005 → 1.01).
 */
export function roundCents(amount: number): number {
  const cents = Math.round(Math.abs(amount) * 100 * (1 + Number.EPSILON * 4));
  const rounded = (Math.sign(amount) * cents) / 100;
  return rounded === 0 ? 0 : rounded;
}
