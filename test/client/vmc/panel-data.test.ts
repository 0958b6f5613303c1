import { describe, expect, it } from 'vitest';
import { DEFAULT_VMC_DEFAULTS, vmcUiLabels } from '../../../src/core/vmc';
import { createFormatter } from '../../../src/client/vmc/format';
import { buildVmcPanelData } from '../../../src/client/vmc/panel-data';
import type { HistoryState, Translate } from '../../../src/client/vmc/panel-data';
import type { Purchase } from '../../../src/core/vmc';

/** English texts of vmcUiLabels; a key the panel asks for that is not there fails the test. */
const label: Translate = (key, values) => {
  const text = vmcUiLabels[key]?.en;
  if (text === undefined) throw new Error(`label ${key} is missing from vmcUiLabels`);
  return Object.entries(values ?? {}).reduce((t, [name, value]) => t.replace(`{${name}}`, value), text);
};

function data(history: HistoryState, overrides: Partial<typeof DEFAULT_VMC_DEFAULTS.PARTICULIER> = {}) {
  return buildVmcPanelData({
    history,
    customerKind: 'PARTICULIER',
    defaults: { ...DEFAULT_VMC_DEFAULTS.PARTICULIER, ...overrides },
    today: '2025-01-01',
    label,
    format: createFormatter('en_US', 'EUR'),
  });
}

const loaded = (purchases: Purchase[], total = purchases.length): HistoryState => ({
  status: 'loaded',
  history: { purchases, total },
});

describe('the VMC panel data', () => {
  it('lists the three course outputs, the two margin outputs and all seven inputs with their source', () => {
    const panel = data(loaded([{ date: '2024-01-01', amount: 1000 }]));
    expect(panel.outputs.map((r) => r.name)).toEqual(['vmcBrute', 'acquisitionCost', 'vmcNette']);
    expect(panel.marginRows.map((r) => r.name)).toEqual(['vmcMarge', 'vmcNetteMarge']);
    expect(panel.inputs).toHaveLength(7);
    expect(panel.inputs[0]).toEqual({
      name: 'purchasesPerYear',
      label: 'Purchases per year',
      value: '1',
      source: 'history of 1 won opportunities over 1 year(s)',
    });
    expect(panel.inputs[2]?.source).toBe('default for private individuals');
    expect(panel.errors).toEqual([]);
    expect(panel.notes).toEqual([]);
  });

  it('says when the history could not be loaded and when it was cut at 200 opportunities', () => {
    expect(data({ status: 'unavailable' }).notes).toEqual(['Purchase history not loaded: defaults used.']);
    const cut = data(loaded([{ date: '2024-01-01', amount: 1000 }], 350));
    expect(cut.notes).toEqual(['Only the 200 most recent won opportunities are counted.']);
  });

  it('names the purchase history when a purchase is impossible and shows every output as n/a', () => {
    const panel = data(loaded([{ date: '2024-01-01', amount: -1 }]));
    expect(panel.errors).toEqual(['Cannot compute: invalid value for “Purchase history”.']);
    expect([...panel.outputs, ...panel.marginRows].every((r) => r.value === 'n/a')).toBe(true);
    expect(panel.inputs).toEqual([]);
  });

  it('names each impossible default once and keeps the outputs that do not use it', () => {
    const panel = data({ status: 'unavailable' }, { marginRate: 2, periodYears: 0 });
    expect(panel.errors).toEqual([
      'Cannot compute: invalid value for “Period (years)”.',
      'Cannot compute: invalid value for “Margin on selling price (excl. VAT)”.',
    ]);
    expect(panel.outputs.find((r) => r.name === 'acquisitionCost')?.value).toBe('€750');
  });
});
