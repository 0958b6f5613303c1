/**
 * The VMC of one record, exactly as the side panel shows it and the `vmc` job stores it: inputs resolved from the
 * record's purchase history and the defaults of its customer kind, then each output computed on its own, so an
 * impossible input empties only the outputs that read it (the panel's « n/a », an empty field).
 */
import { DomainInputError } from '../errors';
import { acquisitionCost, vmcBrute, vmcMarge, vmcNette, vmcNetteMarge } from './formulas';
import { resolveVmcInputs } from './inputs';
import type { ResolveVmcInputsArgs, ResolvedVmcInputs } from './inputs';
import type { VmcInputs } from './types';
import { assertVmcInput, VMC_INPUT_NAMES } from './validate';

/** A computation's value, or the input that made it impossible. */
export type VmcOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly input: string };

/** Runs one computation; an impossible input (`DomainInputError`) becomes an outcome naming it, anything else is thrown. */
export function attemptVmc<T>(compute: () => T): VmcOutcome<T> {
  try {
    return { ok: true, value: compute() };
  } catch (error) {
    if (error instanceof DomainInputError) return { ok: false, input: error.input };
    throw error;
  }
}

export type VmcOutputName = 'vmcBrute' | 'acquisitionCost' | 'vmcNette' | 'vmcMarge' | 'vmcNetteMarge';

/** The outputs the panel shows, in its order; each rounded to the cent by its formula. */
export const VMC_OUTPUTS: Readonly<Record<VmcOutputName, (inputs: VmcInputs) => number>> = {
  vmcBrute,
  acquisitionCost,
  vmcNette,
  vmcMarge,
  vmcNetteMarge,
};

export interface RecordVmc {
  readonly resolved: VmcOutcome<ResolvedVmcInputs>;
  readonly outputs: Readonly<Record<VmcOutputName, VmcOutcome<number>>>;
  /**
   * Every impossible input, each once, in `VMC_INPUT_NAMES` order; or the one the history or `today` made
   * impossible (`purchases[2].amount`…), when no input could be resolved.
   */
  readonly invalidInputs: readonly string[];
}

function output(resolved: VmcOutcome<ResolvedVmcInputs>, compute: (inputs: VmcInputs) => number): VmcOutcome<number> {
  return resolved.ok ? attemptVmc(() => compute(resolved.value.inputs)) : resolved;
}

export function recordVmc(args: ResolveVmcInputsArgs): RecordVmc {
  const resolved = attemptVmc(() => resolveVmcInputs(args));
  const invalidInputs = resolved.ok
    ? VMC_INPUT_NAMES.filter((name) => !attemptVmc(() => assertVmcInput(name, resolved.value.inputs[name])).ok)
    : [resolved.input];
  return {
    resolved,
    outputs: {
      vmcBrute: output(resolved, VMC_OUTPUTS.vmcBrute),
      acquisitionCost: output(resolved, VMC_OUTPUTS.acquisitionCost),
      vmcNette: output(resolved, VMC_OUTPUTS.vmcNette),
      vmcMarge: output(resolved, VMC_OUTPUTS.vmcMarge),
      vmcNetteMarge: output(resolved, VMC_OUTPUTS.vmcNetteMarge),
    },
    invalidInputs,
  };
}

/**
 * The `vmcUiLabels` key that names an input: one of the seven inputs, the purchase history for a bad purchase
 * (`purchases[2].amount`), the input itself otherwise.
 */
export function vmcInputLabelKey(input: string): string {
  if ((VMC_INPUT_NAMES as readonly string[]).includes(input)) {
    return `autoCibleVmc${input.charAt(0).toUpperCase()}${input.slice(1)}`;
  }
  return input.startsWith('purchases[') ? 'autoCibleVmcPurchaseHistory' : input;
}
