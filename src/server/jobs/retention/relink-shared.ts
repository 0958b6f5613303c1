/**
 * The erase step unlinks the addresses the person shares with another record before the Data Privacy erase
 * (`erase-step.ts`). A run killed between the two leaves the person without them; if the rerun then finds the
 * person no longer due (they came back), the anonymisation is abandoned and the addresses must come back too.
 * The `opposed` entry, written before the unlink, names each shared address by a salted hash and the record that
 * also uses it (`sharedWith`: never an address, as everything in the audit log); the abandonment reads that record,
 * finds the address whose hash matches and links it to the person again, as a secondary address when the person
 * still has a primary one.
 */
import type { HashFunction } from '../../../core/consent';
import { ADDRESS_OWNER_TYPES } from '../../espo/address-owners';
import type { AddressOwnerType } from '../../espo/address-owners';
import type { EspoGateway } from '../../espo/gateway';
import type { EspoRecord } from '../../espo/types';
import type { PersonEntityType } from './persons';
import { addressesOf, KINDS, rowsOf } from './shared-addresses';
import type { AddressHolder, Kind, SharedAddress } from './shared-addresses';
import { withSignal } from './signal-option';

/** A shared address as the audit log names it: its kind, its salted hash, the record that also uses it. */
export interface SharedHolderRef {
  readonly kind: Kind;
  readonly hash: string;
  readonly holder: AddressHolder | null;
}

/** What an abandonment did with the addresses unlinked before the interruption. */
export interface RelinkOutcome {
  /** Linked to the person again. */
  readonly relinked: number;
  /** Not found on the record that used them (changed or deleted since), or no such record could be named. */
  readonly lost: number;
}

export const NOTHING_RELINKED: RelinkOutcome = { relinked: 0, lost: 0 };

/** The salted hash an address is named by in `sharedWith` (EspoCRM compares e-mail addresses without case). */
export function sharedAddressHash(kind: Kind, value: string, hash: HashFunction): string {
  return hash(`shared-${kind}:${kind === 'emailAddress' ? value.toLowerCase() : value}`);
}

/** `sharedWith` of the `opposed` entry: `<kind> <hash> <entityType> <id>`, or `<kind> <hash>` without a holder. */
export function sharedWithDetail(holders: readonly SharedAddress[], hash: HashFunction): string[] {
  return holders.map(({ kind, value, holder }) => [kind, sharedAddressHash(kind, value, hash), ...(holder === null ? [] : [holder.entityType, holder.id])].join(' '));
}

const isKind = (value: string | undefined): value is Kind => KINDS.some((kind) => kind === value);
const isOwnerType = (value: string | undefined): value is AddressOwnerType => ADDRESS_OWNER_TYPES.some((type) => type === value);

/** The references of a `sharedWith` detail; a line this version cannot read is left out. */
export function parseSharedWith(lines: readonly string[]): SharedHolderRef[] {
  return lines.flatMap((line) => {
    const [kind, hash, entityType, id] = line.split(' ');
    if (!isKind(kind) || hash === undefined || hash === '') return [];
    return [{ kind, hash, holder: isOwnerType(entityType) && id !== undefined && id !== '' ? { entityType, id } : null }];
  });
}

/** The holder's row of the address with `hashed` (its flags are the address's own, shared by every record). */
function holderRow(holder: EspoRecord, kind: Kind, hashed: string, hash: HashFunction): Record<string, unknown> | undefined {
  const matches = (value: unknown): value is string => typeof value === 'string' && sharedAddressHash(kind, value, hash) === hashed;
  const row = rowsOf(holder, kind).find((r) => matches(r[kind]));
  if (row !== undefined) return row;
  const primary = holder[kind];
  return matches(primary) ? primaryRow(holder, kind, primary) : undefined;
}

/** The row of a record's primary address, for a record read without its `…Data` list. */
function primaryRow(record: EspoRecord, kind: Kind, value: string): Record<string, unknown> {
  const flags = { primary: true, optOut: record[`${kind}IsOptedOut`] === true, invalid: record[`${kind}IsInvalid`] === true };
  return kind === 'emailAddress' ? { emailAddress: value, lower: value.toLowerCase(), ...flags } : { phoneNumber: value, ...flags };
}

/** The person's rows of `kind`; a record read without its `…Data` list has its primary address as the one row. */
function currentRows(person: EspoRecord, kind: Kind): Record<string, unknown>[] {
  const rows = rowsOf(person, kind);
  const primary = person[kind];
  if (rows.length > 0 || typeof primary !== 'string' || primary === '') return rows;
  return [primaryRow(person, kind, primary)];
}

/**
 * Links back to the person the shared addresses of `refs` it no longer holds, one update per kind of address.
 * Run again after an interruption, it finds them linked and changes nothing.
 */
export async function relinkShared(
  gateway: EspoGateway, entityType: PersonEntityType, person: EspoRecord, refs: readonly SharedHolderRef[], hash: HashFunction, signal?: AbortSignal,
): Promise<RelinkOutcome> {
  const holders = new Map<string, Promise<EspoRecord | null>>();
  const read = (holder: AddressHolder): Promise<EspoRecord | null> => {
    const key = `${holder.entityType}/${holder.id}`;
    let found = holders.get(key);
    if (found === undefined) {
      found = gateway.get(holder.entityType, holder.id, withSignal(signal));
      holders.set(key, found);
    }
    return found;
  };
  let relinked = 0;
  let lost = 0;
  for (const kind of KINDS) {
    const held = new Set(addressesOf(person, kind).map((value) => sharedAddressHash(kind, value, hash)));
    const back: Record<string, unknown>[] = [];
    for (const ref of refs) {
      if (ref.kind !== kind || held.has(ref.hash)) continue;
      const holder = ref.holder === null ? null : await read(ref.holder);
      const row = holder === null ? undefined : holderRow(holder, kind, ref.hash, hash);
      if (row === undefined) lost += 1;
      else back.push(row);
    }
    if (back.length === 0) continue;
    const rows = currentRows(person, kind);
    const primary = rows.find((row) => row.primary === true) ?? rows[0] ?? back[0];
    const all = [...rows, ...back].map((row) => ({ ...row, primary: row === primary }));
    await gateway.update(entityType, person.id, { [`${kind}Data`]: all, [kind]: primary?.[kind] ?? null }, withSignal(signal));
    relinked += back.length;
  }
  return { relinked, lost };
}
