/** What `autocible doctor` checks, in order; a failed check skips the ones that depend on it. */
export type DoctorCheckId = 'config' | 'reachable' | 'auth' | 'version' | 'extension' | 'permissions' | 'readAccess' | 'stream';

export type DoctorStatus = 'pass' | 'fail' | 'skip';

/** Why a check ended as it did; the CLI turns (id, reason, vars) into a sentence and a fix, in FR or EN. */
export type DoctorReason =
  | 'ok'
  | 'skipped'
  | 'configInvalid'
  | 'unreachable'
  | 'notEspo'
  | 'redirected'
  | 'authRejected'
  | 'authForbidden'
  | 'manifestMissing'
  | 'versionUnknown'
  | 'versionOutside'
  | 'extensionMissing'
  | 'vehicleScopeHidden'
  | 'permissionsMissing'
  | 'readMissing'
  | 'streamMissing'
  | 'unexpected';

export interface DoctorCheck {
  readonly id: DoctorCheckId;
  readonly status: DoctorStatus;
  readonly reason: DoctorReason;
  /** Values for the message: never secrets, never personal data. */
  readonly vars: Readonly<Record<string, string>>;
}

export interface DoctorReport {
  /** True only when every check passed. */
  readonly ok: boolean;
  readonly checks: readonly DoctorCheck[];
}

/** Scopes the jobs read and edit (README, "The API user and its role"). */
export const REQUIRED_SCOPES = ['Contact', 'Lead', 'Account', 'AutoCibleVehicle', 'TargetList'] as const;

/**
 * Scopes whose stream `retention apply` lists (`GET {Entity}/{id}/stream`) to delete the notes of anonymised
 * people; EspoCRM answers 403 "No stream access." when the role's Stream level is "no"
 * (`Tools/Stream/RecordService::checkAccess`).
 */
export const STREAM_SCOPES = ['Contact', 'Lead'] as const;

/**
 * Scopes the jobs only read (README, "The API user and its role"): won opportunities and inbound activity keep people
 * (`retention plan` stops without them), and an address a User also has is unlinked, never erased (without User read,
 * `retention apply` unlinks every address: nothing is erased, nothing goes on the opposition list).
 */
export const READ_SCOPES = ['Opportunity', 'Call', 'Meeting', 'Email', 'User'] as const;

/** Metadata that only exists once the extension is installed. */
export const EXTENSION_MARKERS = ['entityDefs.Contact.fields.autoCibleScore', 'scopes.AutoCibleVehicle'] as const;
