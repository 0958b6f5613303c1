// The derive job: the computed fields of AutoCibleVehicle (category, energy family, next contrôle technique) written.
export { runDeriveJob } from './run-derive-job';
export { DatasetDeriveSource } from './dataset-source';
export { DeriveRecordError, DeriveSourceError } from './errors';
export { DERIVE_SELECT, DERIVED_FIELDS, deriveVehicle, SOURCE_OF, VEHICLE_ENTITY_TYPE } from './derive-fields';
export type { DerivedField, DerivedValues, SourceField, VehicleDerivation } from './derive-fields';
export type { DeriveBadRecord, DeriveJobContext, DeriveJobInput, DeriveLine, DeriveReport, DeriveSource, DeriveTarget } from './types';
