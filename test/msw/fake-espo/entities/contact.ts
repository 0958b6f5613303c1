import type { FakeEntityDef, SaveContext, StoredRecord } from '../types';
import { auditNames, linkMultiple, nulls, personName, syncEmailAndPhone, TEAMS, text } from './common';

const PERSON_LINKS = {
  targetLists: { kind: 'manyMany', entity: 'TargetList', foreign: 'contacts', columns: { optedOut: { attribute: 'targetListIsOptedOut', default: false } } },
  account: { kind: 'belongsTo', entity: 'Account', key: 'accountId' },
  autoCibleVehicles: { kind: 'hasMany', entity: 'AutoCibleVehicle', foreignKey: 'contactId' },
  emails: { kind: 'hasChildren', entity: 'Email' },
  calls: { kind: 'manyMany', entity: 'Call', foreign: 'contacts' },
  meetings: { kind: 'manyMany', entity: 'Meeting', foreign: 'contacts' },
  opportunities: { kind: 'manyMany', entity: 'Opportunity', foreign: 'contacts' },
} as const;

function onSave(record: StoredRecord, ctx: SaveContext): void {
  record.name = personName(record);
  syncEmailAndPhone(record);
  const accountId = text(record.accountId);
  const account = accountId === null ? undefined : ctx.findRecord('Account', accountId);
  record.accountName = text(account?.name);
  record.accountType = text(account?.type);
  record.accountIsInactive = accountId === null ? null : false;
  linkMultiple(record, 'accounts', accountId === null ? [] : [accountId], () => record.accountName as string | null,
    { role: record.title ?? null, isInactive: false });
  record.campaignName = null;
  auditNames(record, ctx);
}

/** Contact as EspoCRM 9.2.7 returns it (recordings `contact-*.json`). */
export const contactDef: FakeEntityDef = {
  entityType: 'Contact',
  attributes: {
    id: '', ...nulls('name'), deleted: false,
    ...nulls('salutationName', 'firstName', 'lastName', 'title', 'description', 'emailAddress', 'phoneNumber'),
    doNotCall: false,
    ...nulls('addressStreet', 'addressCity', 'addressState', 'addressCountry', 'addressPostalCode',
      'accountIsInactive', 'accountType', 'createdAt', 'modifiedAt'),
    hasPortalUser: false,
    ...nulls('middleName', 'emailAddressIsOptedOut', 'emailAddressIsInvalid', 'phoneNumberIsOptedOut', 'phoneNumberIsInvalid',
      'streamUpdatedAt', 'accountId', 'accountName', 'campaignId', 'campaignName', 'createdById', 'createdByName',
      'modifiedById', 'modifiedByName', 'assignedUserId', 'assignedUserName', 'portalUserId', 'portalUserName',
      'originalLeadId', 'originalLeadName'),
  },
  detailOnly: {
    emailAddressData: [], phoneNumberData: [], accountsIds: [], accountsNames: {}, accountsColumns: {}, ...TEAMS,
    isFollowed: false, followersIds: [], followersNames: {},
  },
  createOnly: {
    accountIsInactive: false, targetListIsOptedOut: false, emailAddressIsOptedOut: false, emailAddressIsInvalid: false,
    phoneNumberIsOptedOut: false, phoneNumberIsInvalid: false,
  },
  createKeys: [
    'id', 'name', 'deleted', 'doNotCall', 'createdAt', 'modifiedAt', 'hasPortalUser', 'streamUpdatedAt',
    'emailAddressData', 'phoneNumberData', 'accountName', 'accountsIds', 'accountsNames', 'accountsColumns', 'campaignName',
    'createdById', 'createdByName', 'modifiedByName', 'assignedUserName', 'teamsIds', 'teamsNames', 'isFollowed',
    'followersIds', 'followersNames',
  ],
  createWhenSent: { accountType: 'accountId' },
  listAlways: ['accountIsInactive', 'accountId', 'accountName', 'createdById', 'assignedUserId'],
  selectAdds: { firstName: ['name'], lastName: ['name'] },
  orderAdds: { name: ['salutationName', 'firstName', 'lastName', 'middleName'] },
  defaultOrderBy: 'createdAt',
  defaultOrder: 'desc',
  required: ['lastName'],
  enums: { salutationName: ['', 'Mr.', 'Ms.', 'Mrs.', 'Dr.'] },
  duplicateCheck: ['name', 'emailAddress'],
  textFilter: ['name', 'firstName', 'lastName', 'emailAddress'],
  links: PERSON_LINKS,
  onSave,
};

/** Lead: a person like Contact, without account links. No recording; shaped after Contact. */
export const leadDef: FakeEntityDef = {
  ...contactDef,
  entityType: 'Lead',
  attributes: {
    id: '', ...nulls('name'), deleted: false,
    ...nulls('salutationName', 'firstName', 'lastName', 'middleName', 'title', 'description', 'emailAddress', 'phoneNumber',
      'accountName', 'source', 'emailAddressIsOptedOut', 'emailAddressIsInvalid', 'phoneNumberIsOptedOut', 'phoneNumberIsInvalid',
      'createdAt', 'modifiedAt', 'streamUpdatedAt', 'createdById', 'createdByName', 'modifiedById', 'modifiedByName',
      'assignedUserId', 'assignedUserName'),
    status: 'New', doNotCall: false,
  },
  detailOnly: { emailAddressData: [], phoneNumberData: [], ...TEAMS, isFollowed: false, followersIds: [], followersNames: {} },
  createOnly: { targetListIsOptedOut: false },
  createWhenSent: {},
  listAlways: ['createdById', 'assignedUserId'],
  enums: { salutationName: ['', 'Mr.', 'Ms.', 'Mrs.', 'Dr.'], status: ['New', 'Assigned', 'In Process', 'Converted', 'Recycled', 'Dead'] },
  links: {
    targetLists: { kind: 'manyMany', entity: 'TargetList', foreign: 'leads', columns: { optedOut: { attribute: 'targetListIsOptedOut', default: false } } },
  },
  onSave: (record, ctx) => {
    record.name = personName(record);
    syncEmailAndPhone(record);
    auditNames(record, ctx);
  },
};
