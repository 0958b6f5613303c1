import type { FakeEntityDef } from '../types';
import { nulls, personName, syncEmailAndPhone, TEAMS } from './common';

/**
 * User (staff, portal and API users): its e-mail and phone fields use the same address rows as Contacts,
 * Leads and Accounts (core `Repositories/EmailAddress`). No recording; shaped after Contact. The records of
 * this entity are not the fake's authenticating users (`users.ts`), which tests seed separately.
 */
export const userDef: FakeEntityDef = {
  entityType: 'User',
  attributes: {
    id: '', ...nulls('name'), deleted: false, userName: null, type: 'regular', isActive: true,
    ...nulls('salutationName', 'firstName', 'lastName', 'middleName', 'title', 'emailAddress', 'phoneNumber',
      'emailAddressIsOptedOut', 'emailAddressIsInvalid', 'phoneNumberIsOptedOut', 'phoneNumberIsInvalid', 'createdAt', 'modifiedAt', 'createdById'),
  },
  detailOnly: { emailAddressData: [], phoneNumberData: [], ...TEAMS },
  createKeys: ['id', 'name', 'deleted', 'createdAt', 'modifiedAt', 'emailAddressData', 'phoneNumberData'],
  listAlways: [],
  defaultOrderBy: 'userName',
  defaultOrder: 'asc',
  required: ['userName', 'lastName'],
  textFilter: ['name', 'userName', 'emailAddress'],
  onSave: (record) => {
    record.name = personName(record);
    syncEmailAndPhone(record);
  },
};
