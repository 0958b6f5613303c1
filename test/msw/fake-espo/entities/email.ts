import type { FakeEntityDef, SaveContext, StoredRecord } from '../types';
import { AUDIT_ATTRIBUTES, auditNames, linkMultiple, nulls, TEAMS, text } from './common';

const LINK_MULTIPLE = {
  toEmailAddressesIds: [], toEmailAddressesNames: {}, ccEmailAddressesIds: [], ccEmailAddressesNames: {},
  bccEmailAddressesIds: [], bccEmailAddressesNames: {}, replyToEmailAddressesIds: [], replyToEmailAddressesNames: {},
  attachmentsIds: [], attachmentsNames: {}, attachmentsTypes: {}, repliesIds: [], repliesNames: {}, repliesColumns: {},
  ...TEAMS, usersIds: [], usersNames: {}, assignedUsersIds: [], assignedUsersNames: {}, tasksIds: [], tasksNames: {},
  tasksColumns: {},
};

function addresses(value: unknown): string[] {
  return (text(value) ?? '').split(';').map((part) => part.trim()).filter((part) => part !== '');
}

/** The sender is matched to a Contact by address even without a parent (email-create-archived-inbound.json). */
function matchSender(record: StoredRecord, ctx: SaveContext): void {
  const from = text(record.from);
  const contact = from === null ? undefined : ctx.contactByEmail(from);
  record.fromEmailAddressName = from;
  record.fromEmailAddressId = from === null ? null : ctx.emailAddressId(from);
  record.nameHash = from !== null && contact ? { [from]: contact.name } : {};
  record.typeHash = from !== null && contact ? { [from]: 'Contact' } : {};
  record.idHash = from !== null && contact ? { [from]: contact.id } : {};
  record.personStringData = text(contact?.name) ?? from;
}

function onSave(record: StoredRecord, ctx: SaveContext): void {
  record.subject = record.name;
  matchSender(record, ctx);
  const to = addresses(record.to);
  linkMultiple(record, 'toEmailAddresses', to.map((address) => ctx.emailAddressId(address)), (id) =>
    to.find((address) => ctx.emailAddressId(address) === id) ?? null);
  record.messageId = text(record.messageId) ?? `dummy:${ctx.newId()}`;
  record.isNotRead = record.isRead !== true;
  for (const key of ['cc', 'bcc', 'replyTo']) record[key] = text(record[key]) ?? '';
  auditNames(record, ctx);
}

/** Email (recordings `email-*.json`, `activities-*.json`, `contact-related-emails-parent-only.json`). */
export const emailDef: FakeEntityDef = {
  entityType: 'Email',
  attributes: {
    id: '', ...nulls('name'), deleted: false, ...nulls('subject', 'from', 'to'), cc: '', bcc: '', replyTo: '',
    isRead: true, isNotRead: false, isReplied: false, isNotReplied: false, ...nulls('isImportant', 'inTrash', 'inArchive', 'folderId'),
    isUsers: false, isUsersSent: false, nameHash: {}, typeHash: {}, idHash: {}, ...nulls('messageId', 'body'), isHtml: true,
    status: 'Draft', hasAttachment: false, ...nulls('dateSent'), isAutoReply: false, isSystem: false, isJustSent: false,
    isBeingImported: false,
    ...nulls('fromName', 'fromAddress', 'fromString', 'replyToString', 'replyToName', 'replyToAddress', 'personStringData',
      'groupStatusFolder', 'fromEmailAddressId', 'fromEmailAddressName', 'parentId', 'parentType', 'parentName', 'sentById',
      'sentByName', 'repliedId', 'repliedName', 'createdEventId', 'createdEventName', 'groupFolderId', 'groupFolderName',
      'accountId', 'accountName'),
    ...AUDIT_ATTRIBUTES,
  },
  detailOnly: LINK_MULTIPLE,
  createKeys: ['id', 'name', 'deleted', 'subject', 'cc', 'bcc', 'replyTo', 'isRead', 'isNotRead', 'isReplied', 'isNotReplied',
    'folderId', 'isUsers', 'isUsersSent', 'nameHash', 'typeHash', 'idHash', 'messageId', 'hasAttachment', 'isAutoReply',
    'createdAt', 'modifiedAt', 'isSystem', 'isJustSent', 'isBeingImported', 'fromEmailAddressId', 'fromEmailAddressName',
    'parentName', 'createdById', 'createdByName', 'sentByName', 'modifiedByName', 'assignedUserName', 'repliedName',
    'createdEventName', 'groupFolderName', 'accountName', ...Object.keys(LINK_MULTIPLE)],
  listAlways: ['subject', 'fromName', 'fromAddress', 'fromString', 'replyToString', 'replyToName', 'replyToAddress',
    'personStringData', 'isRead', 'isReplied', 'isImportant', 'inTrash', 'inArchive', 'folderId', 'isUsers', 'messageId',
    'isHtml', 'hasAttachment', 'groupStatusFolder', 'fromEmailAddressId', 'parentId', 'parentType', 'parentName',
    'createdById', 'sentById', 'assignedUserId', 'createdEventName', 'groupFolderId', 'accountId'],
  defaultOrderBy: 'dateSent',
  defaultOrder: 'desc',
  required: ['name'],
  enums: { status: ['Draft', 'Sending', 'Sent', 'Archived', 'Failed'] },
  countDisabled: true,
  links: {},
  history: {
    keys: ['id', 'name', 'deleted', 'subject', 'fromName', 'fromAddress', 'fromString', 'from', 'isRead', 'isNotRead',
      'isReplied', 'isNotReplied', 'isImportant', 'inTrash', 'inArchive', 'folderId', 'isUsers', 'isUsersSent', 'nameHash',
      'typeHash', 'idHash', 'isHtml', 'status', 'hasAttachment', 'dateSent', 'isAutoReply', 'createdAt', 'isSystem',
      'isJustSent', 'isBeingImported', 'fromEmailAddressName', 'parentId', 'parentType', 'assignedUserId', 'assignedUserName'],
    forced: { isHtml: true, isImportant: false, inTrash: false, inArchive: false },
    dateAttribute: 'dateSent',
    typedListOmits: ['isRead', 'isImportant', 'inTrash', 'inArchive', 'folderId', 'isUsers'],
  },
  onSave,
};
