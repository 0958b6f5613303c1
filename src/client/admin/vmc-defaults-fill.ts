// What the VMC defaults admin form shows for a param that was never saved: the value the panels apply.
import { vmcSettingsFields } from '../../core/vmc';

/**
 * A param with no stored value: the same test as `readVmcDefaults` (src/core/vmc/settings.ts), which then
 * applies the built-in default. A stored value, 0 or even an impossible one, is never replaced.
 */
function isUnset(raw: unknown): boolean {
  return raw === null || raw === undefined || raw === '';
}

/**
 * Every VMC Settings param with no stored value, with the value the panels use instead, in config units
 * (`VmcSettingField.defaultValue`, derived from `DEFAULT_VMC_DEFAULTS`; rates as percentages).
 */
export function vmcDefaultsToFill(get: (param: string) => unknown): Record<string, number> {
  const fill: Record<string, number> = {};
  for (const field of vmcSettingsFields) {
    if (isUnset(get(field.param))) fill[field.param] = field.defaultValue;
  }
  return fill;
}
