// The course's VMC (domain.md §4.3): formulas, input resolution, admin defaults, summaries, UI texts.

// Formulas
export {
  acquisitionCost,
  computeVmc,
  profitPerTransaction,
  vmcBrute,
  vmcBruteCompounded,
  vmcBruteConsistent,
  vmcMarge,
  vmcNette,
  vmcNetteMarge,
} from './formulas';
export type { AcquisitionCostInput, VmcBruteInput, VmcMargeInput } from './formulas';
export type { VmcInputName, VmcInputs, VmcResult } from './types';
export { assertVmcInput, assertVmcInputs, VMC_INPUT_BOUNDS, VMC_INPUT_NAMES } from './validate';
export { roundCents } from './money';

// Inputs of one customer
export { HISTORY_INPUTS, resolveVmcInputs } from './inputs';
export type { Purchase, ResolveVmcInputsArgs, ResolvedVmcInputs, VmcInputSource } from './inputs';
export { vmcCustomerKind } from './customer-kind';

// One record's VMC as the panel shows it and the `vmc` job stores it, and its purchase history
export { attemptVmc, recordVmc, vmcInputLabelKey, VMC_OUTPUTS } from './record-vmc';
export type { RecordVmc, VmcOutcome, VmcOutputName } from './record-vmc';
export { HISTORY_MAX_SIZE, toHistory, wonOpportunitiesRequest } from './history';
export type { History, HistoryEndpoint, HistoryParams, HistoryRequest } from './history';

// Admin defaults and their Settings params
export { CUSTOMER_KINDS, DEFAULT_VMC_DEFAULTS } from './defaults';
export { vmcDefaultsByKindSchema, vmcDefaultsSchema } from './defaults-schema';
export type { CustomerKind, VmcDefaults, VmcDefaultsByKind } from './defaults';
export { readVmcDefaults, vmcSettingsFields } from './settings';
export { VMC_ADMIN, vmcSettingsLayout } from './admin';
export type { VmcSettingField, VmcSettingUnit } from './settings';
export type { VmcSettingsPanel } from './admin';

// Summaries and UI texts
export { summariseVmcBySegment } from './summary';
export type { VmcSegmentSummary, VmcStats, VmcSummaryRow } from './summary';
export { vmcUiLabels } from './ui-labels';
