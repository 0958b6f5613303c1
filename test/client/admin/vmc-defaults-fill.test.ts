import { describe, expect, it } from 'vitest';
import { vmcDefaultsToFill } from '../../../src/client/admin/vmc-defaults-fill';
import { DEFAULT_VMC_DEFAULTS, readVmcDefaults, vmcSettingsFields } from '../../../src/core/vmc';

describe('vmcDefaultsToFill', () => {
  it.each([
    ['absent', undefined],
    ['null', null],
    ['empty', ''],
  ])('fills every %s param with the value readVmcDefaults applies, in config units', (_label, raw) => {
    const fill = vmcDefaultsToFill(() => raw);
    const applied = readVmcDefaults(() => raw);
    expect(Object.keys(fill)).toEqual(vmcSettingsFields.map((f) => f.param));
    for (const f of vmcSettingsFields) {
      expect(fill[f.param], f.param).toBe(f.defaultValue);
      expect((fill[f.param] ?? Number.NaN) / f.scale, f.param).toBeCloseTo(applied[f.customerKind][f.input], 9);
      expect(applied[f.customerKind][f.input]).toBe(DEFAULT_VMC_DEFAULTS[f.customerKind][f.input]);
    }
  });

  it('shows rates as the percentages the form takes (0.6 → 60, 0.02 → 2)', () => {
    const fill = vmcDefaultsToFill(() => undefined);
    expect(fill.autoCibleVmcParticulierRetentionRate).toBe(60);
    expect(fill.autoCibleVmcParticulierConversionRate).toBe(2);
    expect(fill.autoCibleVmcProfessionnelAverageAmount).toBe(DEFAULT_VMC_DEFAULTS.PROFESSIONNEL.averageAmount);
  });

  it.each([0, '0', 45, 'abc', Number.NaN, false])('never replaces a stored value (%s)', (stored) => {
    expect(vmcDefaultsToFill(() => stored)).toEqual({});
  });

  it('fills only the params without a stored value', () => {
    const stored: Record<string, unknown> = { autoCibleVmcParticulierCostToReach: 0, autoCibleVmcProfessionnelMarginRate: 10 };
    const fill = vmcDefaultsToFill((param) => stored[param]);
    expect(Object.keys(fill)).toEqual(vmcSettingsFields.map((f) => f.param).filter((p) => !(p in stored)));
  });
});
