/**
 * The opposition list is decided by key, not by address row. A key another record holds — the same mailbox
 * or number spelled another way (`jeanne.dupont@gmail.com` on the expired lead, `jeannedupont@gmail.com` on
 * the customer contact) — is left off: listing it would oppose that customer, and `consent sync` would then
 * opt them out of every channel. EspoCRM cannot search by key, so each address with other possible spellings
 * is looked up with a `like` that every spelling matches (`spelling-pattern.ts`), and the key of each record
 * found is compared. When the lookup cannot be completed — Users unreadable (403), or more than
 * `CANDIDATE_LIMIT` candidates of one type — the key is left off too (`unproven`): the erased person's other
 * spellings are then not blocked, which is less protection for them but never silences a kept customer.
 */
import type { HashFunction, OppositionKey, OppositionKind } from '../../../core/consent';
import { oppositionKey, oppositionKeys } from '../../../core/consent';
import { ADDRESS_OWNER_TYPES } from '../../espo/address-owners';
import type { AddressOwnerType } from '../../espo/address-owners';
import type { EspoGateway } from '../../espo/gateway';
import { where } from '../../espo/query/where';
import type { EspoRecord } from '../../espo/types';
import { identifierKeys } from './identifier-keys';
import { searchOwners } from './owner-search';
import type { PersonRef } from './owner-search';
import { addressesOf, KINDS } from './shared-addresses';
import type { Kind, SharedAddresses } from './shared-addresses';
import { withSignal } from './signal-option';
import { spellingPattern } from './spelling-pattern';

/** Candidates read per owner type and address; past it the key counts as held (a broad pattern, a short name). */
export const CANDIDATE_LIMIT = 20;

export interface KeysToOppose {
  /** The keys to put on the list. */
  readonly keys: readonly OppositionKey[];
  /** Keys left off because another record holds them under another spelling. */
  readonly keptElsewhere: number;
  /** Keys left off because no complete check was possible. */
  readonly unproven: number;
}

const KIND_OF: Readonly<Record<Kind, OppositionKind>> = { emailAddress: 'email', phoneNumber: 'phone' };

const sameKey = (a: OppositionKey, b: OppositionKey): boolean => a.kind === b.kind && a.key === b.key;

interface Probe {
  readonly gateway: EspoGateway;
  readonly self: PersonRef;
  readonly hash: HashFunction;
  readonly signal: AbortSignal | undefined;
}

/** Whether `candidate` holds `key`: its primary address first, then (one read) all of them. */
async function holds(probe: Probe, entityType: AddressOwnerType, candidate: EspoRecord, kind: Kind, key: OppositionKey): Promise<boolean> {
  const primary = candidate[kind];
  if (typeof primary === 'string' && oppositionKey(key.kind, primary, probe.hash)?.key === key.key) return true;
  const full = await probe.gateway.get(entityType, candidate.id, withSignal(probe.signal));
  return full !== null && identifierKeys(full, probe.hash).some((k) => sameKey(k, key));
}

type Verdict = 'free' | 'kept' | 'unproven';

async function verdictOf(probe: Probe, kind: Kind, value: string, key: OppositionKey): Promise<Verdict> {
  const pattern = spellingPattern(kind, value);
  if (pattern === null) return 'free';
  for (const entityType of ADDRESS_OWNER_TYPES) {
    const query = { select: [kind], where: [where.like(kind, pattern)], limit: CANDIDATE_LIMIT };
    const search = await searchOwners(probe.gateway, entityType, probe.self, query, probe.signal);
    if (!search.complete) return 'unproven';
    for (const candidate of search.others) if (await holds(probe, entityType, candidate, kind, key)) return 'kept';
  }
  return 'free';
}

/**
 * The person's keys minus those of the shared addresses (they stay with the records using them) and those
 * another record holds under another spelling.
 */
export async function keysToOppose(
  gateway: EspoGateway, self: PersonRef, record: EspoRecord, shared: SharedAddresses, hash: HashFunction, signal?: AbortSignal,
): Promise<KeysToOppose> {
  const probe: Probe = { gateway, self, hash, signal };
  const left = [...oppositionKeys({ emails: shared.emails, phones: shared.phones }, hash)];
  const checked: OppositionKey[] = [];
  let keptElsewhere = 0;
  let unproven = 0;
  for (const kind of KINDS) {
    for (const value of addressesOf(record, kind)) {
      const key = oppositionKey(KIND_OF[kind], value, hash);
      if (key === undefined || [...left, ...checked].some((k) => sameKey(k, key))) continue;
      checked.push(key);
      const verdict = await verdictOf(probe, kind, value, key);
      if (verdict === 'free') continue;
      left.push(key);
      if (verdict === 'kept') keptElsewhere += 1;
      else unproven += 1;
    }
  }
  const keys = identifierKeys(record, hash).filter((key) => !left.some((k) => sameKey(k, key)));
  return { keys, keptElsewhere, unproven };
}
