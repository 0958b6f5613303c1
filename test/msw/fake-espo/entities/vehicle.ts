import type { FakeEntityDef } from '../types';
import { AUDIT_ATTRIBUTES, auditNames, linkName, nulls, TEAMS } from './common';

/**
 * The probe `AutoCibleVehicle` entity the recordings were captured with (`autociblevehicle-*.json`): a `fuelType`
 * enum and belongs-to links to Contact and Account. Tests of the real extension pass their own definition.
 */
export const vehicleDef: FakeEntityDef = {
  entityType: 'AutoCibleVehicle',
  attributes: {
    id: '', ...nulls('name'), deleted: false,
    ...nulls('plate', 'vin', 'fuelType', 'purchaseDate', 'mileage', 'contactId', 'contactName', 'accountId', 'accountName'),
    ...AUDIT_ATTRIBUTES,
  },
  detailOnly: { ...TEAMS },
  createKeys: ['id', 'name', 'deleted', 'createdAt', 'modifiedAt', 'contactName', 'accountName', 'createdById',
    'createdByName', 'modifiedByName', 'assignedUserName', 'teamsIds', 'teamsNames'],
  listAlways: ['createdById', 'assignedUserId'],
  defaultOrderBy: 'createdAt',
  defaultOrder: 'desc',
  required: ['name'],
  enums: { fuelType: ['', 'Petrol', 'Diesel', 'Electric', 'Hybrid', 'LPG'] },
  textFilter: ['name', 'plate'],
  links: {
    contact: { kind: 'belongsTo', entity: 'Contact', key: 'contactId' },
    account: { kind: 'belongsTo', entity: 'Account', key: 'accountId' },
  },
  onSave: (record, ctx) => {
    linkName(record, ctx, 'contact', 'Contact');
    linkName(record, ctx, 'account', 'Account');
    auditNames(record, ctx);
  },
};
