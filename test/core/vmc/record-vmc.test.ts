import { describe, expect, it } from 'vitest';
import { DEFAULT_VMC_DEFAULTS, recordVmc, vmcCustomerKind, vmcInputLabelKey, vmcUiLabels } from '../../../src/core/vmc';
import type { VmcDefaults } from '../../../src/core/vmc';

/** The course's worked example (domain.md §4.3): 2 a year, 400 €, 75 %, 3 years, 3 €, 3 %, margin 40 %. */
const WORKED: VmcDefaults = {
  purchasesPerYear: 2, averageAmount: 400, retentionRate: 0.75, periodYears: 3, costToReach: 3, conversionRate: 0.03, marginRate: 0.4,
};

const values = (vmc: ReturnType<typeof recordVmc>) => Object.fromEntries(Object.entries(vmc.outputs).map(([name, o]) => [name, o.ok ? o.value : o.input]));

describe('one record’s VMC, as the panel shows it and the job stores it', () => {
  it('gives the course’s worked example from the defaults when there is no purchase', () => {
    const vmc = recordVmc({ purchases: [], defaults: WORKED, customerKind: 'PARTICULIER', today: '2025-01-01' });
    expect(values(vmc)).toEqual({ vmcBrute: 1400, acquisitionCost: 100, vmcNette: 1300, vmcMarge: 560, vmcNetteMarge: 460 });
    expect(vmc.invalidInputs).toEqual([]);
  });

  it('makes only the outputs that read an impossible input impossible, and names each such input once', () => {
    const vmc = recordVmc({ purchases: [], defaults: { ...WORKED, conversionRate: 0, marginRate: 2 }, customerKind: 'PARTICULIER', today: '2025-01-01' });
    expect(values(vmc)).toEqual({ vmcBrute: 1400, acquisitionCost: 'conversionRate', vmcNette: 'conversionRate', vmcMarge: 'marginRate', vmcNetteMarge: 'marginRate' });
    expect(vmc.invalidInputs).toEqual(['conversionRate', 'marginRate']);
  });

  it('makes every output impossible when a purchase is, naming the purchase', () => {
    const vmc = recordVmc({ purchases: [{ date: '2024-01-01', amount: -1 }], defaults: WORKED, customerKind: 'PARTICULIER', today: '2025-01-01' });
    expect(Object.values(vmc.outputs).every((o) => !o.ok)).toBe(true);
    expect(vmc.invalidInputs).toEqual(['purchases[0].amount']);
    expect(vmc.resolved.ok).toBe(false);
    expect(vmcUiLabels[vmcInputLabelKey('purchases[0].amount')]?.en).toBe('Purchase history');
    expect(vmcUiLabels[vmcInputLabelKey('conversionRate')]?.en).toBe('Conversion rate');
  });

  it('reads the purchase history before the defaults', () => {
    const vmc = recordVmc({ purchases: [{ date: '2024-07-01', amount: 1000 }], defaults: DEFAULT_VMC_DEFAULTS.PARTICULIER, customerKind: 'PARTICULIER', today: '2025-01-01' });
    // One purchase over the one-year minimum: 1 × 1 000 + 1 000 × 0.6 × 5.
    expect(values(vmc).vmcBrute).toBe(4000);
  });
});

describe('the customer kind of a record’s VMC', () => {
  it('is professional for an account, whatever it holds', () => {
    expect(vmcCustomerKind('Account', undefined)).toBe('PROFESSIONNEL');
    expect(vmcCustomerKind('Account', 'PARTICULIER')).toBe('PROFESSIONNEL');
  });

  it('is the contact’s own kind, private when empty or unknown, even with an account', () => {
    expect(vmcCustomerKind('Contact', 'PROFESSIONNEL')).toBe('PROFESSIONNEL');
    for (const kind of ['PARTICULIER', null, undefined, '', 'OTHER']) expect(vmcCustomerKind('Contact', kind)).toBe('PARTICULIER');
  });
});
