/**
 * E-mail addresses and phone numbers the person shares with another record. EspoCRM keeps one row per
 * address, linked to every Contact, Lead, Account and User that uses it, and the Data Privacy erase renames
 * that row (`Tools/DataPrivacy/Erasor.php`, platform §8.14): erasing a former lead's address would erase it on
 * the customer contact made from it, on a sole trader's account, or on the salesperson whose address was typed
 * on the lead. A shared address is therefore unlinked from the person (their record no longer holds it), never
 * erased, and never put on the opposition list, since it still belongs to someone whose data is kept. When the
 * API user may not read Users, no address can be proven unshared: every one is treated as shared.
 */
import { ADDRESS_OWNER_TYPES } from '../../espo/address-owners';
import type { AddressOwnerType } from '../../espo/address-owners';
import type { EspoGateway } from '../../espo/gateway';
import { where } from '../../espo/query/where';
import type { EspoRecord } from '../../espo/types';
import { searchOwners } from './owner-search';
import type { PersonRef } from './owner-search';
import type { PersonEntityType } from './persons';
import { isErasedValue } from './persons';

/** Another record that uses a shared address: where an abandoned anonymisation finds it again (`relink-shared.ts`). */
export interface AddressHolder {
  readonly entityType: AddressOwnerType;
  readonly id: string;
}

/** A shared address and the first other record found using it (null: Users unreadable, none could be named). */
export interface SharedAddress {
  readonly kind: Kind;
  readonly value: string;
  readonly holder: AddressHolder | null;
}

export interface SharedAddresses {
  readonly emails: readonly string[];
  readonly phones: readonly string[];
  readonly holders: readonly SharedAddress[];
}

export const NOTHING_SHARED: SharedAddresses = { emails: [], phones: [], holders: [] };

export const sharedCount = (shared: SharedAddresses): number => shared.emails.length + shared.phones.length;

export type Kind = 'emailAddress' | 'phoneNumber';

export const KINDS: readonly Kind[] = ['emailAddress', 'phoneNumber'];

export function rowsOf(record: EspoRecord, kind: Kind): Record<string, unknown>[] {
  const data: unknown = record[`${kind}Data`];
  return Array.isArray(data) ? data.filter((row): row is Record<string, unknown> => typeof row === 'object' && row !== null) : [];
}

/** The person's addresses of one kind (primary and others), without the erased ones. */
export function addressesOf(record: EspoRecord, kind: Kind): string[] {
  const values = [record[kind], ...rowsOf(record, kind).map((row) => row[kind])];
  const seen = new Set<string>();
  return values.filter((value): value is string => {
    if (typeof value !== 'string' || value === '' || isErasedValue(value)) return false;
    const key = kind === 'emailAddress' ? value.toLowerCase() : value;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A record other than the person's own that uses `value` (EspoCRM's `equals` matches any of a record's
 * addresses); `null` when none might (Users the API user may not read count as using it); `undefined` when none does.
 */
async function holderOf(gateway: EspoGateway, self: PersonRef, kind: Kind, value: string, signal?: AbortSignal): Promise<AddressHolder | null | undefined> {
  for (const entityType of ADDRESS_OWNER_TYPES) {
    // `limit: 1`: the second other record found ends the search; the first is enough to name a holder.
    const search = await searchOwners(gateway, entityType, self, { select: ['id'], where: [where.equals(kind, value)], limit: 1 }, signal);
    const first = search.others[0];
    if (first !== undefined) return { entityType, id: first.id };
    if (!search.complete) return null;
  }
  return undefined;
}

/** The person's addresses another Contact, Lead, Account or User uses (up to four list requests per address). */
export async function sharedAddresses(gateway: EspoGateway, entityType: PersonEntityType, record: EspoRecord, signal?: AbortSignal): Promise<SharedAddresses> {
  const self = { entityType, id: record.id };
  const holders: SharedAddress[] = [];
  for (const kind of KINDS) {
    for (const value of addressesOf(record, kind)) {
      const holder = await holderOf(gateway, self, kind, value, signal);
      if (holder !== undefined) holders.push({ kind, value, holder });
    }
  }
  const values = (kind: Kind): string[] => holders.filter((h) => h.kind === kind).map((h) => h.value);
  return { emails: values('emailAddress'), phones: values('phoneNumber'), holders };
}

function isShared(kind: Kind, value: unknown, shared: SharedAddresses): boolean {
  if (typeof value !== 'string') return false;
  return kind === 'emailAddress' ? shared.emails.some((email) => email.toLowerCase() === value.toLowerCase()) : shared.phones.includes(value);
}

/**
 * The attributes that unlink the shared addresses from the record, as EspoCRM saves them: the list of the
 * addresses it keeps (`{kind}Data`, the first kept one made primary) and the matching primary value. Empty
 * when the record holds none of them (already unlinked by an interrupted run).
 */
export function unlinkChanges(record: EspoRecord, shared: SharedAddresses): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const kind of KINDS) {
    const rows = rowsOf(record, kind);
    const holdsShared = isShared(kind, record[kind], shared) || rows.some((row) => isShared(kind, row[kind], shared));
    if (!holdsShared) continue;
    const kept = rows.filter((row) => !isShared(kind, row[kind], shared));
    const primary = kept.find((row) => row.primary === true) ?? kept[0];
    changes[`${kind}Data`] = kept.map((row) => ({ ...row, primary: row === primary }));
    changes[kind] = primary === undefined ? null : primary[kind] ?? null;
  }
  return changes;
}

/** The record as it reads once the shared addresses are unlinked. */
export function withoutShared(record: EspoRecord, shared: SharedAddresses): EspoRecord {
  return { ...record, ...unlinkChanges(record, shared) };
}
