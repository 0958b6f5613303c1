import type { FakeEntityDef } from '../types';
import { AUDIT_ATTRIBUTES, auditNames, nulls, syncEmailAndPhone, TEAMS } from './common';

/** Account (recordings `account-list.json`, `account-related-*.json`). */
export const accountDef: FakeEntityDef = {
  entityType: 'Account',
  attributes: {
    id: '', ...nulls('name'), deleted: false,
    ...nulls('website', 'emailAddress', 'phoneNumber', 'type', 'industry', 'sicCode', 'description',
      'billingAddressStreet', 'billingAddressCity', 'billingAddressState', 'billingAddressCountry', 'billingAddressPostalCode',
      'emailAddressIsOptedOut', 'emailAddressIsInvalid', 'phoneNumberIsOptedOut', 'phoneNumberIsInvalid', 'streamUpdatedAt'),
    ...AUDIT_ATTRIBUTES,
    isStarred: false,
  },
  detailOnly: { emailAddressData: [], phoneNumberData: [], ...TEAMS, isFollowed: false, followersIds: [], followersNames: {} },
  createOnly: { targetListIsOptedOut: false },
  createKeys: ['id', 'name', 'deleted', 'createdAt', 'modifiedAt', 'emailAddressData', 'phoneNumberData', 'createdById',
    'createdByName', 'modifiedByName', 'assignedUserName', 'teamsIds', 'teamsNames', 'isFollowed', 'followersIds', 'followersNames'],
  listAlways: ['createdById', 'assignedUserId', 'isStarred'],
  defaultOrderBy: 'createdAt',
  defaultOrder: 'desc',
  required: ['name'],
  enums: { type: ['', 'Customer', 'Investor', 'Partner', 'Reseller'] },
  textFilter: ['name', 'emailAddress'],
  links: {
    contacts: { kind: 'hasMany', entity: 'Contact', foreignKey: 'accountId' },
    opportunities: { kind: 'hasMany', entity: 'Opportunity', foreignKey: 'accountId' },
    autoCibleVehicles: { kind: 'hasMany', entity: 'AutoCibleVehicle', foreignKey: 'accountId' },
    targetLists: { kind: 'manyMany', entity: 'TargetList', foreign: 'accounts', columns: { optedOut: { attribute: 'targetListIsOptedOut', default: false } } },
  },
  onSave: (record, ctx) => {
    syncEmailAndPhone(record);
    auditNames(record, ctx);
  },
};
