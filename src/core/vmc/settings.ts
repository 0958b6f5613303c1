/**
 * The admin defaults as EspoCRM Settings (config) params: one float field per customer kind and input,
 * each a top-level config key (a jsonObject param would have no edit form; research note on admin
 * settings, §3). This table is the single source for the Settings entityDefs, their fr/en labels, the
 * admin form layout and the client's reading of `getConfig()`.
 */
import { CUSTOMER_KINDS, DEFAULT_VMC_DEFAULTS } from './defaults';
import { VMC_INPUT_BOUNDS, VMC_INPUT_NAMES } from './validate';
import { vmcUiLabels } from './ui-labels';
import type { CustomerKind, VmcDefaults, VmcDefaultsByKind } from './defaults';
import type { VmcInputName } from './types';

export type VmcSettingUnit = 'count' | 'money' | 'percent' | 'years';

export interface VmcSettingField {
  /** Settings field name and config key, e.g. `autoCibleVmcParticulierRetentionRate`. */
  readonly param: string;
  readonly customerKind: CustomerKind;
  readonly input: VmcInputName;
  readonly unit: VmcSettingUnit;
  /** Config value = input value × scale: rates are typed as percentages (75 for 0.75). */
  readonly scale: 1 | 100;
  /** Form bounds in config units (an exclusive lower bound is left to the core check). */
  readonly min: number;
  readonly max?: number;
  /** Built-in default in config units; EspoCRM stores nothing until an admin saves the form. */
  readonly defaultValue: number;
  readonly label: { readonly fr: string; readonly en: string };
}

const UNITS: Readonly<Record<VmcInputName, VmcSettingUnit>> = {
  purchasesPerYear: 'count',
  averageAmount: 'money',
  retentionRate: 'percent',
  periodYears: 'years',
  costToReach: 'money',
  conversionRate: 'percent',
  marginRate: 'percent',
};

const KIND_PARAM: Readonly<Record<CustomerKind, string>> = { PARTICULIER: 'Particulier', PROFESSIONNEL: 'Professionnel' };

function capitalise(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function settingField(kind: CustomerKind, input: VmcInputName): VmcSettingField {
  const unit = UNITS[input];
  const scale = unit === 'percent' ? 100 : 1;
  const bounds = VMC_INPUT_BOUNDS[input];
  const inputLabel = vmcUiLabels[`autoCibleVmc${capitalise(input)}`] ?? { fr: input, en: input };
  const kindLabel = vmcUiLabels[`autoCibleVmcKind${KIND_PARAM[kind]}`] ?? { fr: kind, en: kind };
  const suffix = unit === 'percent' ? ' (%)' : '';
  return {
    param: `autoCibleVmc${KIND_PARAM[kind]}${capitalise(input)}`,
    customerKind: kind,
    input,
    unit,
    scale,
    min: bounds.min * scale,
    ...(bounds.max === undefined ? {} : { max: bounds.max * scale }),
    defaultValue: Math.round(DEFAULT_VMC_DEFAULTS[kind][input] * scale * 1e6) / 1e6,
    label: { fr: `${kindLabel.fr} — ${inputLabel.fr}${suffix}`, en: `${kindLabel.en} — ${inputLabel.en}${suffix}` },
  };
}

/** Every VMC Settings field: both kinds × the seven inputs, in `VMC_INPUT_NAMES` order. */
export const vmcSettingsFields: readonly VmcSettingField[] = CUSTOMER_KINDS.flatMap((kind) =>
  VMC_INPUT_NAMES.map((input) => settingField(kind, input)),
);

function readOne(field: VmcSettingField, raw: unknown): number {
  if (raw === null || raw === undefined || raw === '') return DEFAULT_VMC_DEFAULTS[field.customerKind][field.input];
  // A value of the wrong type becomes NaN, which computeVmc reports as an impossible input.
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : Number.NaN;
  return value / field.scale;
}

/**
 * Reads the defaults from EspoCRM's config (`getConfig().get` in the browser, the Settings API on the
 * server). A param never saved falls back to {@link DEFAULT_VMC_DEFAULTS}; values are not range-checked
 * here so the panel can name the impossible one.
 */
export function readVmcDefaults(get: (param: string) => unknown): VmcDefaultsByKind {
  const read = (kind: CustomerKind): VmcDefaults => {
    const value = (input: VmcInputName): number => {
      const field = settingField(kind, input);
      return readOne(field, get(field.param));
    };
    return {
      purchasesPerYear: value('purchasesPerYear'),
      averageAmount: value('averageAmount'),
      retentionRate: value('retentionRate'),
      periodYears: value('periodYears'),
      costToReach: value('costToReach'),
      conversionRate: value('conversionRate'),
      marginRate: value('marginRate'),
    };
  };
  return { PARTICULIER: read('PARTICULIER'), PROFESSIONNEL: read('PROFESSIONNEL') };
}
