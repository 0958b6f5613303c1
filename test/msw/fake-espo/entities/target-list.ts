import type { FakeEntityDef } from '../types';
import { AUDIT_ATTRIBUTES, auditNames, nulls, TEAMS } from './common';

const OPTED_OUT = { optedOut: { attribute: 'targetListIsOptedOut', default: false } } as const;

/** TargetList (recordings `targetlist-*.json`, §6). */
export const targetListDef: FakeEntityDef = {
  entityType: 'TargetList',
  attributes: {
    id: '', ...nulls('name'), deleted: false, entryCount: 0, optedOutCount: 0,
    ...nulls('description', 'categoryId', 'categoryName'), ...AUDIT_ATTRIBUTES,
  },
  detailOnly: { ...TEAMS },
  createOnly: { isOptedOut: false },
  createKeys: ['id', 'name', 'deleted', 'entryCount', 'optedOutCount', 'createdAt', 'modifiedAt', 'categoryName',
    'createdById', 'createdByName', 'modifiedByName', 'assignedUserName', 'teamsIds', 'teamsNames'],
  listAlways: ['createdById', 'assignedUserId'],
  defaultOrderBy: 'createdAt',
  defaultOrder: 'desc',
  required: ['name'],
  links: {
    contacts: { kind: 'manyMany', entity: 'Contact', foreign: 'targetLists', columns: OPTED_OUT },
    leads: { kind: 'manyMany', entity: 'Lead', foreign: 'targetLists', columns: OPTED_OUT },
    accounts: { kind: 'manyMany', entity: 'Account', foreign: 'targetLists', columns: OPTED_OUT },
  },
  onSave: auditNames,
};
