import type { FakeEntityDef, SaveContext, StoredRecord } from '../types';
import { AUDIT_ATTRIBUTES, auditNames, linkMultiple, nulls, TEAMS, text } from './common';

const PARENT = nulls('parentId', 'parentType', 'parentName', 'accountId', 'accountName');
const EVENT_LINKS = {
  contacts: { kind: 'manyMany', entity: 'Contact', foreign: 'calls' },
  leads: { kind: 'manyMany', entity: 'Lead', foreign: 'calls' },
} as const;

function seconds(from: unknown, to: unknown): number | null {
  const a = text(from);
  const b = text(to);
  if (a === null || b === null) return null;
  return (Date.parse(`${b.replace(' ', 'T')}Z`) - Date.parse(`${a.replace(' ', 'T')}Z`)) / 1000;
}

/** Account of the event: the parent Account, or the parent Contact's account. */
function eventAccount(record: StoredRecord, ctx: SaveContext): void {
  const parentType = text(record.parentType);
  const parentId = text(record.parentId);
  const parent = parentType === null || parentId === null ? undefined : ctx.findRecord(parentType, parentId);
  const accountId = parentType === 'Account' ? parentId : text(parent?.accountId);
  record.accountId = accountId;
  record.accountName = accountId === null ? null : text(ctx.findRecord('Account', accountId)?.name);
}

function eventLinks(record: StoredRecord, ctx: SaveContext, entityType: string): void {
  const contactIds = ctx.linkedIds(entityType, record.id, 'contacts');
  const nameOf = (id: string): string | null => text(ctx.findRecord('Contact', id)?.name);
  linkMultiple(record, 'contacts', contactIds, nameOf, { status: 'None' });
  const userId = text(record.assignedUserId);
  linkMultiple(record, 'users', userId === null ? [] : [userId], (id) => ctx.userName(id), { status: 'Accepted' });
  linkMultiple(record, 'leads', [], () => null, {});
  record.leadsColumns = {};
}

/** Call (recordings `call-*.json`, `activities-*.json`). */
export const callDef: FakeEntityDef = {
  entityType: 'Call',
  attributes: {
    id: '', ...nulls('name'), deleted: false, status: 'Planned', ...nulls('dateStart', 'dateEnd'), duration: 300,
    direction: 'Outbound', ...nulls('description', 'uid'), ...PARENT, ...AUDIT_ATTRIBUTES,
  },
  detailOnly: {
    reminders: [], phoneNumbersMap: {}, usersIds: [], usersNames: {}, usersColumns: {}, contactsIds: [], contactsNames: {},
    contactsColumns: {}, leadsIds: [], leadsNames: {}, leadsColumns: {}, ...TEAMS,
  },
  createKeys: ['id', 'name', 'deleted', 'status', 'dateStart', 'dateEnd', 'duration', 'reminders', 'direction', 'uid',
    'createdAt', 'modifiedAt', 'phoneNumbersMap', 'parentId', 'parentType', 'parentName', 'accountId', 'accountName',
    'usersIds', 'usersNames', 'usersColumns', 'contactsIds', 'contactsNames', 'contactsColumns', 'leadsIds', 'leadsNames',
    'leadsColumns', 'createdById', 'createdByName', 'modifiedByName', 'assignedUserId', 'assignedUserName', 'teamsIds', 'teamsNames'],
  listAlways: ['createdById', 'assignedUserId'],
  selectAdds: { dateStart: ['dateEnd'], parentId: ['parentName'], parentType: ['parentName'] },
  defaultOrderBy: 'dateStart',
  defaultOrder: 'desc',
  required: ['name'],
  enums: { status: ['Planned', 'Held', 'Not Held'], direction: ['Outbound', 'Inbound'] },
  // "The API requires dateEnd and assignedUserId; sending duration alone gives 400" (README of the recordings).
  validate: (body) => (text(body.dateEnd) === null ? { field: 'dateEnd', type: 'required' }
    : text(body.assignedUserId) === null ? { field: 'assignedUserId', type: 'required' } : null),
  links: EVENT_LINKS,
  history: {
    keys: ['id', 'name', 'deleted', 'status', 'dateStart', 'dateEnd', 'duration', 'direction', 'createdAt', 'parentId',
      'parentType', 'assignedUserId', 'assignedUserName'],
    // "Attributes outside the union query come back as entity DEFAULTS" (activities-contact-history.json).
    forced: { direction: 'Outbound', duration: 300 },
    dateAttribute: 'dateStart',
  },
  onSave: (record, ctx) => {
    record.duration = seconds(record.dateStart, record.dateEnd) ?? record.duration;
    record.uid = text(record.uid) ?? `${ctx.newId()}-uid`;
    eventAccount(record, ctx);
    eventLinks(record, ctx, 'Call');
    const phones = ctx.linkedIds('Call', record.id, 'contacts').flatMap((id) => {
      const phone = text(ctx.findRecord('Contact', id)?.phoneNumber);
      return phone === null ? [] : [[`Contact_${id}`, phone] as const];
    });
    record.phoneNumbersMap = Object.fromEntries(phones);
    auditNames(record, ctx);
  },
};

/** Meeting (recordings `meeting-*.json`, `activities-contact-history.json`). */
export const meetingDef: FakeEntityDef = {
  ...callDef,
  entityType: 'Meeting',
  attributes: {
    id: '', ...nulls('name'), deleted: false, status: 'Planned', ...nulls('dateStart', 'dateEnd'), isAllDay: false,
    duration: 3600, ...nulls('joinUrl', 'description', 'dateStartDate', 'dateEndDate'), ...PARENT, ...AUDIT_ATTRIBUTES,
  },
  detailOnly: {
    usersIds: [], usersNames: {}, usersColumns: {}, contactsIds: [], contactsNames: {}, contactsColumns: {},
    leadsIds: [], leadsNames: {}, leadsColumns: {}, ...TEAMS, isFollowed: false,
  },
  createKeys: callDef.createKeys.filter((key) => !['direction', 'uid', 'phoneNumbersMap', 'reminders'].includes(key)),
  selectAdds: { dateStart: ['dateEnd', 'dateStartDate', 'dateEndDate'], parentId: ['parentName'], parentType: ['parentName'] },
  enums: { status: ['Planned', 'Held', 'Not Held'] },
  validate: () => null,
  links: { contacts: { kind: 'manyMany', entity: 'Contact', foreign: 'meetings' }, leads: { kind: 'manyMany', entity: 'Lead', foreign: 'meetings' } },
  history: {
    keys: ['id', 'name', 'deleted', 'status', 'dateStart', 'dateEnd', 'isAllDay', 'duration', 'joinUrl', 'createdAt',
      'dateStartDate', 'dateEndDate', 'parentId', 'parentType', 'assignedUserId', 'assignedUserName', 'isFollowed'],
    forced: { isFollowed: false },
    dateAttribute: 'dateStart',
  },
  onSave: (record, ctx) => {
    record.duration = seconds(record.dateStart, record.dateEnd) ?? record.duration;
    eventAccount(record, ctx);
    eventLinks(record, ctx, 'Meeting');
    auditNames(record, ctx);
  },
};
