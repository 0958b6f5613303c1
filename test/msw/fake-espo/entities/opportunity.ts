import { where } from '../../../../src/server/espo/query/where';
import type { FakeEntityDef } from '../types';
import { AUDIT_ATTRIBUTES, auditNames, linkName, nulls, TEAMS } from './common';

/** Opportunity (recordings `opportunity-*.json`, `account-related-opportunities-won.json`). */
export const opportunityDef: FakeEntityDef = {
  entityType: 'Opportunity',
  attributes: {
    id: '', ...nulls('name'), deleted: false,
    ...nulls('amount', 'amountCurrency', 'stage', 'closeDate', 'probability', 'description', 'accountId', 'accountName'),
    ...AUDIT_ATTRIBUTES,
  },
  detailOnly: { ...TEAMS, contactsIds: [], contactsNames: {} },
  createKeys: ['id', 'name', 'deleted', 'createdAt', 'modifiedAt', 'accountName', 'createdById', 'createdByName',
    'modifiedByName', 'assignedUserName', 'teamsIds', 'teamsNames'],
  listAlways: ['accountId', 'accountName', 'createdById', 'assignedUserId'],
  defaultOrderBy: 'createdAt',
  defaultOrder: 'desc',
  required: ['name'],
  primaryFilters: {
    open: [where.notIn('stage', ['Closed Won', 'Closed Lost'])],
    won: [where.equals('stage', 'Closed Won')],
    lost: [where.equals('stage', 'Closed Lost')],
  },
  // EspoCRM 9's metadata (Crm entityDefs Opportunity.json): `contacts` is many-to-many, beside the primary `contact`.
  links: { account: { kind: 'belongsTo', entity: 'Account', key: 'accountId' }, contacts: { kind: 'manyMany', entity: 'Contact', foreign: 'opportunities' } },
  onSave: (record, ctx) => {
    linkName(record, ctx, 'account', 'Account');
    auditNames(record, ctx);
  },
};
