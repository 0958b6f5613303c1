import type { FakeScopeAcl, FakeUser, StoredRecord } from './types';

const FULL: FakeScopeAcl = { create: 'yes', read: 'all', edit: 'all', delete: 'all' };

/** Test credentials. Not secrets: they only open the in-memory fake. */
export const FAKE_CREDENTIALS = {
  adminPassword: 'fake-admin-password',
  apiKey: 'fake-api-key-harness',
  hmacApiKey: 'fake-hmac-api-key',
  hmacSecretKey: 'fake-hmac-secret-key',
  noAccessApiKey: 'fake-api-key-noaccess',
} as const;

/** The ids of the recordings' users, so records seeded from them name real users. */
export const ADMIN_ID = '6b02c9008860de11a';
export const API_USER_ID = '6b02c90189922aeaa';

export const adminUser: FakeUser = {
  id: ADMIN_ID, userName: 'admin', name: 'Admin', type: 'admin', password: FAKE_CREDENTIALS.adminPassword,
  acl: {}, dataPrivacyPermission: 'yes',
};

/**
 * `harness-api` of the recordings (README): full Contact/Account/Lead/TargetList/Campaign/Opportunity access,
 * Webhook=true, the `AutoCibleVehicle` role entry; no Activities, no Data Privacy permission.
 */
export const apiUser: FakeUser = {
  id: API_USER_ID, userName: 'harness-api', name: 'harness-api', type: 'api', apiKey: FAKE_CREDENTIALS.apiKey,
  acl: {
    Contact: FULL, Account: FULL, Lead: FULL, TargetList: FULL, Campaign: FULL, Opportunity: FULL, AutoCibleVehicle: FULL,
    Webhook: true,
  },
  dataPrivacyPermission: 'no',
};

/** The same API user, authenticating with HMAC. */
export const hmacUser: FakeUser = {
  ...apiUser, id: '6b02c90189922aeab', userName: 'harness-hmac', name: 'harness-hmac',
  apiKey: FAKE_CREDENTIALS.hmacApiKey, secretKey: FAKE_CREDENTIALS.hmacSecretKey,
};

/** `harness-noaccess`: a role that disables those scopes. */
export const noAccessUser: FakeUser = {
  id: '6b02c90199922aeac', userName: 'harness-noaccess', name: 'harness-noaccess', type: 'api',
  apiKey: FAKE_CREDENTIALS.noAccessApiKey, acl: {}, dataPrivacyPermission: 'no',
};

export const DEFAULT_USERS: readonly FakeUser[] = [adminUser, apiUser, hmacUser, noAccessUser];

export type AclAction = 'create' | 'read' | 'edit' | 'delete';

/** Role check as EspoCRM does it for API calls: admins pass; a missing/false scope refuses everything. */
export function allows(user: FakeUser, scope: string, action: AclAction): boolean {
  if (user.type === 'admin') return true;
  const entry = user.acl[scope];
  if (entry === undefined || entry === false) return false;
  if (entry === true) return true;
  const level = entry[action];
  return level !== 'no';
}

export function allowsBoolean(user: FakeUser, scope: string): boolean {
  return user.type === 'admin' || user.acl[scope] === true;
}

/**
 * Stream access to one record (`Acl::checkEntity($entity, 'stream')`): the role's Stream level, or its Read
 * level when Stream is not set. The fake has no teams: "team" counts as "own" (assigned to, else created by,
 * the user).
 */
export function allowsStream(user: FakeUser, scope: string, record: StoredRecord): boolean {
  if (user.type === 'admin') return true;
  const entry = user.acl[scope];
  if (entry === undefined || entry === false) return false;
  if (entry === true) return true;
  const level = entry.stream ?? entry.read;
  if (level === 'all') return true;
  if (level === 'no') return false;
  const owner = 'assignedUserId' in record ? record.assignedUserId : record.createdById;
  return owner === user.id;
}

/** Whether the role lets `user` edit `field` of `scope` (field-level security; admins always may). */
export function mayEditField(user: FakeUser, scope: string, field: string): boolean {
  return user.type === 'admin' || user.fieldAcl?.[scope]?.[field]?.edit !== 'no';
}
