import { DomainInputError } from '../errors';
import type { VmcInputName, VmcInputs } from './types';

interface Bounds {
  readonly min: number;
  readonly minExclusive?: boolean;
  readonly max?: number;
}

/** Valid range of each input (domain.md §4.3 quirks 3, 4 and 6). */
export const VMC_INPUT_BOUNDS: Readonly<Record<VmcInputName, Bounds>> = {
  purchasesPerYear: { min: 0 },
  averageAmount: { min: 0 },
  retentionRate: { min: 0, max: 1 },
  periodYears: { min: 1 },
  costToReach: { min: 0 },
  conversionRate: { min: 0, minExclusive: true, max: 1 },
  marginRate: { min: 0, max: 1 },
};

/** Fixed order in which inputs are checked, so the first impossible one is always the one reported. */
export const VMC_INPUT_NAMES: readonly VmcInputName[] = [
  'purchasesPerYear',
  'averageAmount',
  'retentionRate',
  'periodYears',
  'costToReach',
  'conversionRate',
  'marginRate',
];

function describe(bounds: Bounds): string {
  const low = `${bounds.minExclusive === true ? '>' : '≥'} ${bounds.min}`;
  return bounds.max === undefined ? `must be a finite number ${low}` : `must be a finite number ${low} and ≤ ${bounds.max}`;
}

/** Throws {@link DomainInputError} naming `name` when `value` is outside its range. */
export function assertVmcInput(name: VmcInputName, value: unknown): number {
  const bounds = VMC_INPUT_BOUNDS[name];
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (bounds.minExclusive === true ? value > bounds.min : value >= bounds.min) &&
    (bounds.max === undefined || value <= bounds.max);
  if (!ok) throw new DomainInputError(name, value, describe(bounds));
  return value;
}

/** Checks every input in {@link VMC_INPUT_NAMES} order; throws on the first impossible one. */
export function assertVmcInputs(inputs: VmcInputs): VmcInputs {
  for (const name of VMC_INPUT_NAMES) assertVmcInput(name, inputs[name]);
  return inputs;
}
