import type { AxiosInstance } from 'axios';
import type { EspoClient } from '../api/create-client';
import { isEspoContractError, isEspoHttpError, isEspoNetworkError, isEspoTimeoutError } from '../errors/guards';
import { isRedirect, redirectTarget } from '../transport/redirect-target';
import type { EspoAppUser } from '../schemas';
import type { ManifestResult } from './manifest';
import type { DoctorCheck, DoctorCheckId, DoctorReason } from './types';
import { EXTENSION_MARKERS, READ_SCOPES, REQUIRED_SCOPES, STREAM_SCOPES } from './types';
import { parseVersion, satisfiesAny } from './version-constraint';

export const check = (id: DoctorCheckId, status: DoctorCheck['status'], reason: DoctorReason, vars: Record<string, string> = {}): DoctorCheck =>
  ({ id, status, reason, vars });

/** Maps a client error to the reason a check failed. */
export function failure(id: DoctorCheckId, error: unknown): DoctorCheck {
  if (isEspoHttpError(error) && error.status === 401) return check(id, 'fail', 'authRejected', { status: '401' });
  if (isEspoHttpError(error) && error.status === 403) return check(id, 'fail', 'authForbidden', { status: '403' });
  if (isEspoNetworkError(error) || isEspoTimeoutError(error)) return check(id, 'fail', 'unreachable', { code: error.code });
  if (isEspoContractError(error)) return check(id, 'fail', 'notEspo', { status: '200' });
  if (isEspoHttpError(error)) return check(id, 'fail', 'unexpected', { status: String(error.status) });
  return check(id, 'fail', 'unexpected', { status: error instanceof Error ? error.name : 'unknown' });
}

/** An unauthenticated `GET App/user`: EspoCRM answers 401 (recording `auth-401-no-credentials.json`). */
export async function checkReachable(http: AxiosInstance, apiUrl: string, timeoutMs: number): Promise<DoctorCheck> {
  try {
    const response = await http.get<string>(`${apiUrl}App/user`, {
      timeout: timeoutMs, validateStatus: () => true, responseType: 'text', transformResponse: [(data: unknown) => data], maxRedirects: 0,
    });
    if (response.status === 401) return check('reachable', 'pass', 'ok');
    if (isRedirect(response.status)) {
      const location: unknown = response.headers.location;
      const target = redirectTarget(typeof location === 'string' ? location : null, apiUrl);
      return check('reachable', 'fail', 'redirected', { status: String(response.status), target: target ?? '?' });
    }
    return check('reachable', 'fail', 'notEspo', { status: String(response.status) });
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : 'unknown';
    return check('reachable', 'fail', 'unreachable', { code });
  }
}

/** `version` is a "global" config item (core `defaults/systemConfig.php`), readable by any user via `GET Settings`. */
export async function checkVersion(client: EspoClient, manifest: ManifestResult): Promise<DoctorCheck> {
  if (!manifest.ok) return check('version', 'fail', 'manifestMissing', { path: manifest.path ?? 'manifest.json' });
  const accepted = manifest.manifest.acceptableVersions;
  const settings = await client.getSettings();
  const version = settings.version === undefined ? null : parseVersion(settings.version);
  if (version === null) return check('version', 'fail', 'versionUnknown', { accepted: accepted.join(' | ') });
  const vars = { version: version.join('.'), accepted: accepted.join(' | ') };
  return satisfiesAny(version, accepted) ? check('version', 'pass', 'ok', vars) : check('version', 'fail', 'versionOutside', vars);
}

export async function checkExtension(client: EspoClient): Promise<DoctorCheck> {
  const values = await Promise.all(EXTENSION_MARKERS.map((key) => client.getMetadata(key)));
  const missing = EXTENSION_MARKERS.filter((_, index) => values[index] === null || values[index] === undefined);
  if (missing.length === 0) return check('extension', 'pass', 'ok');
  // EspoCRM leaves out of the metadata the scopes the user may not read: our fields there but not the vehicle
  // scope means the extension is installed and the API user's role has no AutoCibleVehicle row.
  if (missing.every((key) => key === 'scopes.AutoCibleVehicle')) return check('extension', 'fail', 'vehicleScopeHidden');
  return check('extension', 'fail', 'extensionMissing', { missing: missing.join(', ') });
}

type AclEntry = EspoAppUser['acl']['table'][string] | undefined;

/** A level of a role's table that lets the action happen (`all`, `team`, `own`, `yes`, true). */
const allowed = (level: unknown): boolean => (typeof level === 'string' && level !== 'no') || level === true;

/** `entry` (a scope's row) allows every action `levelsOf` reads from it; true and false stand for the whole row. */
const grantsAll = (entry: AclEntry, levelsOf: (row: Exclude<AclEntry, boolean | undefined>) => readonly unknown[]): boolean =>
  entry === true || (entry !== undefined && entry !== false && levelsOf(entry).every(allowed));

/**
 * One check of the role's table: `pass` for an administrator or when every scope is granted, else `fail` naming
 * the scopes (and `extra` grants) missing.
 */
function scopeCheck(
  me: EspoAppUser, id: DoctorCheckId, reason: DoctorReason, scopes: readonly string[], granted: (entry: AclEntry) => boolean, extra: readonly string[] = [],
): DoctorCheck {
  const user = me.user.userName;
  const name = typeof user === 'string' ? user : me.user.id;
  if (me.user.isAdmin === true || me.user.type === 'admin') return check(id, 'pass', 'ok', { user: name });
  const missing = [...scopes.filter((scope) => !granted(me.acl.table[scope])), ...extra];
  return missing.length === 0 ? check(id, 'pass', 'ok', { user: name }) : check(id, 'fail', reason, { user: name, missing: missing.join(', ') });
}

/** Read and edit on every scope the jobs need, and the Data Privacy permission (erase), from `App/user` acl. */
export function checkPermissions(me: EspoAppUser): DoctorCheck {
  const privacy = me.acl.dataPrivacyPermission === 'yes' ? [] : ['Data Privacy'];
  return scopeCheck(me, 'permissions', 'permissionsMissing', REQUIRED_SCOPES, (entry) => grantsAll(entry, (row) => [row.read, row.edit]), privacy);
}

/** Read on every scope the jobs only read, from `App/user` acl. */
export function checkReadAccess(me: EspoAppUser): DoctorCheck {
  return scopeCheck(me, 'readAccess', 'readMissing', READ_SCOPES, (entry) => grantsAll(entry, (row) => [row.read]));
}

/**
 * The role's Stream level on the scopes `retention apply` cleans the stream of, from `App/user` acl (the
 * table's `stream` action). A role that leaves Stream unset gets the Read level (core
 * `Acl/Table/DefaultTable::mergeTableListItem`), so an absent `stream` counts as `read`.
 */
export function checkStream(me: EspoAppUser): DoctorCheck {
  return scopeCheck(me, 'stream', 'streamMissing', STREAM_SCOPES, (entry) => grantsAll(entry, (row) => [row.stream ?? row.read]));
}
