// The VMC job: the four values of the side panel written into each Contact's and Account's VMC fields.
export { runVmcJob } from './run-vmc-job';
export { DatasetVmcSource } from './dataset-source';
export { VmcRecordError } from './errors';
export { CUSTOMER_KIND_ATTRIBUTE, VMC_COMPUTED_AT_ATTRIBUTE, VMC_VALUE_ATTRIBUTES, vmcChanges, vmcSelect, vmcValues } from './vmc-fields';
export { VMC_ENTITY_TYPES } from './types';
export type { VmcBadRecord, VmcEntityType, VmcJobContext, VmcJobInput, VmcLine, VmcReport, VmcSource, VmcTarget, VmcValues } from './types';
