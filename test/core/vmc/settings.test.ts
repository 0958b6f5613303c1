import { describe, expect, it } from 'vitest';
import { DomainInputError } from '../../../src/core/errors';
import {
  computeVmc,
  DEFAULT_VMC_DEFAULTS,
  readVmcDefaults,
  vmcDefaultsByKindSchema,
  vmcDefaultsSchema,
  vmcSettingsFields,
  vmcSettingsLayout,
  VMC_INPUT_NAMES,
} from '../../../src/core/vmc';

describe('the VMC Settings fields', () => {
  it('declare one prefixed, unique param per customer kind and input', () => {
    const params = vmcSettingsFields.map((f) => f.param);
    expect(params).toHaveLength(2 * VMC_INPUT_NAMES.length);
    expect(new Set(params).size).toBe(params.length);
    expect(params.every((p) => /^autoCibleVmc(Particulier|Professionnel)[A-Z][A-Za-z]+$/.test(p))).toBe(true);
    expect(params).toContain('autoCibleVmcParticulierConversionRate');
  });

  it('store rates as percentages and carry the built-in defaults in those units', () => {
    const retention = vmcSettingsFields.find((f) => f.param === 'autoCibleVmcProfessionnelRetentionRate');
    expect(retention).toMatchObject({ unit: 'percent', scale: 100, min: 0, max: 100, defaultValue: 70 });
    for (const field of vmcSettingsFields) {
      expect(field.defaultValue / field.scale).toBeCloseTo(DEFAULT_VMC_DEFAULTS[field.customerKind][field.input], 10);
      expect(field.label.fr.length).toBeGreaterThan(0);
      expect(field.label.en.length).toBeGreaterThan(0);
    }
  });
});

describe('reading the defaults from the config', () => {
  it('falls back to the built-in defaults for params never saved', () => {
    expect(readVmcDefaults(() => undefined)).toEqual(DEFAULT_VMC_DEFAULTS);
    expect(readVmcDefaults(() => null)).toEqual(DEFAULT_VMC_DEFAULTS);
  });

  it('turns percentages back into fractions and accepts numbers sent as strings', () => {
    const config: Record<string, unknown> = {
      autoCibleVmcParticulierRetentionRate: 75,
      autoCibleVmcParticulierConversionRate: '3',
      autoCibleVmcParticulierAverageAmount: 400,
    };
    const read = readVmcDefaults((param) => config[param]).PARTICULIER;
    expect(read.retentionRate).toBe(0.75);
    expect(read.conversionRate).toBe(0.03);
    expect(read.averageAmount).toBe(400);
    expect(read.periodYears).toBe(DEFAULT_VMC_DEFAULTS.PARTICULIER.periodYears);
  });

  it('keeps an impossible saved value so the computation names it', () => {
    const config: Record<string, unknown> = { autoCibleVmcProfessionnelPeriodYears: true };
    const read = readVmcDefaults((param) => config[param]).PROFESSIONNEL;
    const run = () => computeVmc(read);
    expect(run).toThrow(DomainInputError);
    expect(run).toThrowError(expect.objectContaining({ input: 'periodYears' }));
  });
});

describe('the defaults schemas', () => {
  it('accept the built-in defaults', () => {
    expect(vmcDefaultsByKindSchema.parse(DEFAULT_VMC_DEFAULTS)).toEqual(DEFAULT_VMC_DEFAULTS);
  });

  it('reject a zero conversion rate at its path', () => {
    const result = vmcDefaultsSchema.safeParse({ ...DEFAULT_VMC_DEFAULTS.PARTICULIER, conversionRate: 0 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toEqual([['conversionRate']]);
  });
});

describe('the admin form layout', () => {
  it('shows every field once, two a row, in one panel per customer kind', () => {
    const layout = vmcSettingsLayout();
    expect(layout).toHaveLength(2);
    const cells = layout.flatMap((panel) => panel.rows.flat());
    expect(layout.every((panel) => panel.rows.every((row) => row.length === 2))).toBe(true);
    expect(cells.flatMap((c) => (c === false ? [] : [c.name]))).toEqual(vmcSettingsFields.map((f) => f.param));
  });
});
