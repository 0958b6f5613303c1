/** The records that follow a person's retention clock, and how their attributes are read. */
import type { LifecycleStageCode } from '../../../core/catalogue';
import { LIFECYCLE_STAGE } from '../../../core/catalogue';
import type { EspoRecord } from '../../espo/types';

/**
 * Contacts and Leads. Accounts are left out on purpose: in this catalogue they are companies (legal
 * persons, outside the RGPD); a sole trader's personal data lives on their Contact, which is covered.
 */
export const PERSON_ENTITY_TYPES = ['Contact', 'Lead'] as const;
export type PersonEntityType = (typeof PERSON_ENTITY_TYPES)[number];

export function isPersonEntityType(value: string): value is PersonEntityType {
  return (PERSON_ENTITY_TYPES as readonly string[]).includes(value);
}

/** What the plan reads of a person (the retention fields too, so `--write` can compare). */
export const PLAN_SELECT = [
  'createdAt', 'emailAddress', 'autoCibleLifecycleStage', 'autoCibleLegalHold', 'autoCibleLastInboundContactAt',
  'autoCibleLastWorkshopVisitAt', 'autoCibleRetentionAnchorDate', 'autoCibleRetentionAnchorSource',
  'autoCibleRetentionDeadline', 'autoCibleRetentionStatus',
] as const;

/** A non-empty string attribute, or null. */
export function textOf(record: Readonly<Record<string, unknown>>, attribute: string): string | null {
  const value = record[attribute];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** A value EspoCRM's Data Privacy erase leaves behind (`ERASED:<id>`, platform.md §5). */
export function isErasedValue(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith('ERASED:');
}

/**
 * The companies (Accounts) a contact currently works for: the primary `accountId` unless its link is marked
 * inactive (`accountIsInactive`, which EspoCRM returns with every Contact, listed or read), and, on a whole record,
 * each of `accountsIds` whose `accountsColumns` entry is not `isInactive` (the person left that company).
 */
export function currentAccountIds(record: EspoRecord): string[] {
  const ids = new Set<string>();
  const primary = textOf(record, 'accountId');
  if (primary !== null && record.accountIsInactive !== true) ids.add(primary);
  const columns: unknown = record.accountsColumns;
  const inactive = (id: string): boolean => {
    const column: unknown = typeof columns === 'object' && columns !== null ? Reflect.get(columns, id) : undefined;
    return typeof column === 'object' && column !== null && Reflect.get(column, 'isInactive') === true;
  };
  const listed: unknown = record.accountsIds;
  if (Array.isArray(listed)) for (const id of listed) if (typeof id === 'string' && id !== '' && !inactive(id)) ids.add(id);
  if (primary !== null && inactive(primary)) ids.delete(primary);
  return [...ids];
}

export function lifecycleStageOf(record: EspoRecord): LifecycleStageCode | null {
  const value = record.autoCibleLifecycleStage;
  return LIFECYCLE_STAGE.options.find((option) => option.code === value)?.code ?? null;
}

/** Already anonymised by a previous run: nothing more to plan or do. */
export function isAnonymised(record: EspoRecord): boolean {
  return record.autoCibleRetentionStatus === 'ANONYMISED';
}
