import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acquisitionCost,
  computeVmc,
  roundCents,
  vmcBrute,
  vmcBruteCompounded,
  vmcBruteConsistent,
  vmcMarge,
  vmcNette,
  vmcNetteMarge,
} from '../../../src/core/vmc';
import type { VmcInputs } from '../../../src/core/vmc';

const amount = (max: number) => fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true });
const fraction = fc.double({ min: 0, max: 1, noNaN: true });

const validInputs: fc.Arbitrary<VmcInputs> = fc.record({
  purchasesPerYear: amount(50),
  averageAmount: amount(200_000),
  retentionRate: fraction,
  periodYears: fc.double({ min: 1, max: 30, noNaN: true }),
  costToReach: amount(10_000),
  conversionRate: fc.double({ min: 0.0001, max: 1, noNaN: true }),
  marginRate: fraction,
});

type Monotone = 'purchasesPerYear' | 'averageAmount' | 'retentionRate' | 'periodYears';

/** A second, larger-or-equal value of one input, within its valid range. */
function raised(inputs: VmcInputs, name: Monotone, step: number): VmcInputs {
  const raisedValue = name === 'retentionRate' ? Math.min(1, inputs[name] + step) : inputs[name] + step;
  return { ...inputs, [name]: raisedValue };
}

describe('VMC invariants', () => {
  it('VMC nette is VMC brute minus the acquisition cost', () => {
    fc.assert(
      fc.property(validInputs, (inputs) => {
        expect(vmcNette(inputs)).toBe(roundCents(vmcBrute(inputs) - acquisitionCost(inputs)));
        expect(vmcNetteMarge(inputs)).toBe(roundCents(vmcMarge(inputs) - acquisitionCost(inputs)));
      }),
    );
  });

  it.each<Monotone>(['purchasesPerYear', 'averageAmount', 'retentionRate', 'periodYears'])(
    'VMC brute never decreases when %s grows (P ≥ 1)',
    (name) => {
      fc.assert(
        fc.property(validInputs, fc.double({ min: 0, max: 10, noNaN: true }), (inputs, step) => {
          expect(vmcBrute(raised(inputs, name, step))).toBeGreaterThanOrEqual(vmcBrute(inputs));
        }),
      );
    },
  );

  it('the margin variant is VMC brute scaled by the margin rate, to the cent', () => {
    fc.assert(
      fc.property(validInputs, (inputs) => {
        // vmcBrute is rounded to the cent, so the two differ by at most a cent.
        const exact = vmcBrute(inputs) * inputs.marginRate;
        expect(Math.abs(vmcMarge(inputs) - exact)).toBeLessThanOrEqual(0.01);
      }),
    );
  });

  it('compounded retention never exceeds the consistent variant, which never falls below the course when f ≥ 1', () => {
    fc.assert(
      fc.property(validInputs, (inputs) => {
        expect(vmcBruteCompounded(inputs)).toBeLessThanOrEqual(vmcBruteConsistent(inputs) + 0.01);
        if (inputs.purchasesPerYear >= 1) expect(vmcBruteConsistent(inputs)).toBeGreaterThanOrEqual(vmcBrute(inputs) - 0.01);
      }),
    );
  });

  it('computes finite outputs rounded to the cent for every valid input', () => {
    fc.assert(
      fc.property(validInputs, (inputs) => {
        for (const value of Object.values(computeVmc(inputs))) {
          expect(Number.isFinite(value)).toBe(true);
          expect(roundCents(value)).toBe(value);
        }
      }),
    );
  });
});
