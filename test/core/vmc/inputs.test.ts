import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainInputError } from '../../../src/core/errors';
import { DEFAULT_VMC_DEFAULTS, resolveVmcInputs, VMC_INPUT_NAMES } from '../../../src/core/vmc';
import type { Purchase, ResolveVmcInputsArgs } from '../../../src/core/vmc';

const defaults = DEFAULT_VMC_DEFAULTS.PARTICULIER;
const base = { defaults, customerKind: 'PARTICULIER', today: '2024-01-01' } as const;

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return expect.fail('must throw');
}

describe('resolving the VMC inputs of one customer', () => {
  it('takes every input from the defaults of its kind when it has no purchase', () => {
    const { inputs, sources } = resolveVmcInputs({ ...base, purchases: [] });
    expect(inputs).toEqual(defaults);
    for (const name of VMC_INPUT_NAMES) expect(sources[name]).toEqual({ type: 'default', customerKind: 'PARTICULIER' });
  });

  it('takes purchases per year and average amount from the history, the rest from the defaults', () => {
    const purchases = [
      { date: '2020-01-01', amount: 10_000 },
      { date: '2022-01-01', amount: 20_000 },
    ];
    const { inputs, sources } = resolveVmcInputs({ ...base, purchases });
    // 2020-01-01 → 2024-01-01 is 1 461 days = 4 years of 365.25 days.
    expect(inputs).toEqual({ ...defaults, purchasesPerYear: 0.5, averageAmount: 15_000 });
    const history = { type: 'history', purchaseCount: 2, from: '2020-01-01', to: '2024-01-01', windowYears: 4 };
    expect(sources.purchasesPerYear).toEqual(history);
    expect(sources.averageAmount).toEqual(history);
    expect(sources.periodYears).toEqual({ type: 'default', customerKind: 'PARTICULIER' });
  });

  it('observes at least one year, so a purchase last month reads as one a year', () => {
    const { inputs, sources } = resolveVmcInputs({ ...base, purchases: [{ date: '2023-12-01', amount: 500 }] });
    expect(inputs.purchasesPerYear).toBe(1);
    expect(sources.purchasesPerYear).toMatchObject({ windowYears: 1, from: '2023-12-01', to: '2024-01-01' });
  });

  it('extends the window to a purchase dated after today', () => {
    const purchases = [{ date: '2024-06-01', amount: 100 }, { date: '2026-06-01', amount: 300 }];
    const { inputs, sources } = resolveVmcInputs({ ...base, purchases });
    expect(sources.averageAmount).toMatchObject({ from: '2024-06-01', to: '2026-06-01' });
    expect(inputs.averageAmount).toBe(200);
    expect(inputs.purchasesPerYear).toBeCloseTo(2 / (730 / 365.25), 10);
  });

  it.each([
    [{ date: '2023-01-01', amount: -5 }, 'purchases[1].amount'],
    [{ date: '2023-01-01', amount: Number.NaN }, 'purchases[1].amount'],
    [{ date: '2023-02-30', amount: 5 }, 'purchases[1].date'],
    [{ date: '01/02/2023', amount: 5 }, 'purchases[1].date'],
  ])('rejects the impossible purchase %o naming %s', (bad, input) => {
    const error = thrownBy(() => resolveVmcInputs({ ...base, purchases: [{ date: '2022-01-01', amount: 1 }, bad] }));
    expect(error).toBeInstanceOf(DomainInputError);
    expect(error).toMatchObject({ input });
  });

  it('rejects an impossible today', () => {
    expect(thrownBy(() => resolveVmcInputs({ ...base, today: '2024-13-01', purchases: [] }))).toMatchObject({ input: 'today' });
  });
});

const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const purchase: fc.Arbitrary<Purchase> = fc.record({ date: isoDate, amount: fc.double({ min: 0, max: 1e6, noNaN: true }) });

describe('input resolution invariants', () => {
  it('reports a source for every input, history for f and m exactly when purchases exist', () => {
    fc.assert(
      fc.property(fc.array(purchase, { maxLength: 30 }), isoDate, fc.constantFrom('PARTICULIER', 'PROFESSIONNEL'), (purchases, today, kind) => {
        const args: ResolveVmcInputsArgs = { purchases, today, customerKind: kind, defaults: DEFAULT_VMC_DEFAULTS[kind] };
        const { inputs, sources } = resolveVmcInputs(args);
        for (const name of VMC_INPUT_NAMES) {
          const fromHistory = purchases.length > 0 && (name === 'purchasesPerYear' || name === 'averageAmount');
          expect(sources[name].type).toBe(fromHistory ? 'history' : 'default');
          if (!fromHistory) expect(inputs[name]).toBe(DEFAULT_VMC_DEFAULTS[kind][name]);
        }
        if (purchases.length > 0) {
          const mean = purchases.reduce((s, p) => s + p.amount, 0) / purchases.length;
          expect(inputs.averageAmount).toBeCloseTo(mean, 6);
          expect(inputs.purchasesPerYear).toBeGreaterThan(0);
          expect(inputs.purchasesPerYear).toBeLessThanOrEqual(purchases.length);
        }
      }),
    );
  });
});
