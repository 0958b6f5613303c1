export { runDoctor } from './run';
export type { DoctorInput } from './run';
export { findManifest, loadManifest, ManifestSchema } from './manifest';
export type { Manifest, ManifestResult } from './manifest';
export { compareVersions, parseVersion, satisfies, satisfiesAny } from './version-constraint';
export type { Version } from './version-constraint';
export { EXTENSION_MARKERS, REQUIRED_SCOPES, STREAM_SCOPES } from './types';
export type { DoctorCheck, DoctorCheckId, DoctorReason, DoctorReport, DoctorStatus } from './types';
