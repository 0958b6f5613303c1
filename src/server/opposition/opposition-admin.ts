/**
 * What an administrator does with the opposition list by hand (`autocible opposition`): look identifiers
 * up, add a person who objected by phone or letter, take off a person who gave a new, proven consent. A
 * change is written to the audit log before the list line, under the run lock of `retention apply`.
 * Reports name identifiers by kind and position only: never the identifier, never its hash.
 */
import { join } from 'node:path';
import type { HashFunction, OppositionKey, OppositionKind } from '../../core/consent';
import type { AuditActor } from '../audit/audit-entry';
import { AUDIT_FILE, AuditLog } from '../audit/audit-log';
import { ensureInstallationSalt, installationHash, readInstallationSalt } from '../audit/installation-hash';
import { acquireRunLock } from '../audit/run-lock';
import type { PersonIdentifiers } from './opposition-check';
import { OPPOSITION_FILE } from './opposition-check';
import type { ResolvedIdentifier } from './opposition-identifiers';
import { resolveIdentifiers } from './opposition-identifiers';
import type { OppositionEntry, OppositionReason } from './opposition-line';
import { OppositionList } from './opposition-list';

/** What a command did (or, in a dry run, would do) for one identifier; `duplicate`: same key as an earlier one. */
export type OppositionAction = 'added' | 'wouldAdd' | 'alreadyListed' | 'removed' | 'wouldRemove' | 'notListed' | 'duplicate';

/** One identifier of a report: the list as it was read, and the action. */
export interface OppositionLookupLine {
  /** 1-based position among the identifiers of its kind, in the order given. */
  readonly index: number;
  readonly kind: OppositionKind;
  /** False when the identifier is not an e-mail address or a French/E.164 phone number. */
  readonly valid: boolean;
  /** Whether the key was listed before the command. */
  readonly listed: boolean;
  readonly addedOn: string | null;
  readonly reason: OppositionReason | null;
  /** Null for `check` and for an invalid identifier. */
  readonly action: OppositionAction | null;
}

export interface OppositionAdminReport {
  readonly lines: readonly OppositionLookupLine[];
  /** False when the state directory has no salt: nothing was ever listed there. */
  readonly hasSalt: boolean;
  /** True when this run created the salt (first `add --yes` of the installation). */
  readonly saltCreated: boolean;
}

export interface OppositionLookupOptions {
  readonly stateDir: string;
  readonly identifiers: PersonIdentifiers;
}

export interface OppositionChangeOptions extends OppositionLookupOptions {
  readonly change: 'add' | 'remove';
  /** Day written on the list line, `YYYY-MM-DD`. */
  readonly today: string;
  readonly dryRun: boolean;
  readonly actor: AuditActor;
  /** Clock of the audit timestamps. @defaultValue `() => new Date()` */
  readonly now?: () => Date;
}

/** The only reason an administrator may add: `retention` belongs to `retention apply`. */
const ADD_REASON: OppositionReason = 'objection';

// Without a salt nothing is listed; keys then only tell duplicates apart, in memory, and are never written.
const UNSALTED: HashFunction = (input) => input;

/** `listedKeys`: the forms of the identifier the list holds (its key, or a key an older AutoCible gave it). */
type Planned = OppositionLookupLine & Pick<ResolvedIdentifier, 'key'> & { readonly listedKeys: readonly OppositionKey[] };

/** The entry that says why an identifier is listed: an objection under any of its forms outranks retention. */
function listingEntry(list: OppositionList | null, listedKeys: readonly OppositionKey[]): OppositionEntry | undefined {
  const entries = listedKeys.flatMap((form) => list?.entry(form) ?? []);
  return entries.find((entry) => entry.reason === ADD_REASON) ?? entries[0];
}

function plan(resolved: readonly ResolvedIdentifier[], list: OppositionList | null, change: 'add' | 'remove' | null, dryRun: boolean): Planned[] {
  const seen = new Set<string>();
  return resolved.map(({ index, kind, key, legacy }) => {
    const listedKeys = key === undefined || list === null ? [] : [key, ...legacy].filter((form) => list.entry(form) !== undefined);
    const entry = listingEntry(list, listedKeys);
    const base = {
      index, kind, key, listedKeys, valid: key !== undefined, listed: entry !== undefined, addedOn: entry?.addedOn ?? null, reason: entry?.reason ?? null,
    };
    if (key === undefined || change === null) return { ...base, action: null };
    const id = `${key.kind}:${key.key}`;
    const first = !seen.has(id);
    seen.add(id);
    if (!first) return { ...base, action: 'duplicate' };
    // Listed only for `retention` (an anonymisation under way, which a rerun may abandon): the objection is recorded too.
    if (change === 'add') return { ...base, action: entry?.reason === ADD_REASON ? 'alreadyListed' : dryRun ? 'wouldAdd' : 'added' };
    return { ...base, action: entry === undefined ? 'notListed' : dryRun ? 'wouldRemove' : 'removed' };
  });
}

const report = (planned: readonly Planned[], hasSalt: boolean, saltCreated = false): OppositionAdminReport => ({
  lines: planned.map(({ key: _key, listedKeys: _listed, ...line }) => line), hasSalt, saltCreated,
});

async function readList(stateDir: string, salt: string | null): Promise<{ hash: HashFunction; list: OppositionList | null }> {
  if (salt === null) return { hash: UNSALTED, list: null };
  return { hash: installationHash(salt), list: await OppositionList.load(join(stateDir, OPPOSITION_FILE)) };
}

/** Whether each identifier is listed, with the day and reason of its entry. Reads only. */
export async function checkOpposition(options: OppositionLookupOptions): Promise<OppositionAdminReport> {
  const salt = await readInstallationSalt(options.stateDir);
  const { hash, list } = await readList(options.stateDir, salt);
  return report(plan(resolveIdentifiers(options.identifiers, hash), list, null, true), salt !== null);
}

/** Audit entry, then list line, for each key the plan changes; the audit log is opened only when needed. */
async function write(planned: readonly Planned[], list: OppositionList, options: OppositionChangeOptions): Promise<void> {
  const now = options.now ?? (() => new Date());
  const changes = planned.filter((line) => line.action === 'added' || line.action === 'removed');
  if (changes.length === 0) return;
  const audit = await AuditLog.open(join(options.stateDir, AUDIT_FILE));
  try {
    for (const { key, action, listedKeys } of changes) {
      if (key === undefined) continue;
      const added = action === 'added';
      // A removal takes off every form the identifier is listed under, each with its audit entry first.
      for (const changed of added ? [key] : listedKeys) {
        await audit.append({
          v: 1, kind: 'opposition', at: now().toISOString(), actor: options.actor, action: added ? 'added' : 'removed',
          identifierHash: { kind: changed.kind, key: changed.key }, reason: added ? ADD_REASON : 'newConsent',
        });
        await (added ? list.add([changed], options.today, ADD_REASON) : list.remove([changed], options.today));
      }
    }
  } finally {
    await audit.close();
  }
}

/**
 * Adds (reason `objection`) or removes the identifiers' keys. A dry run writes nothing, not even the salt.
 * Adding creates the salt when missing, and records the objection of a key listed only for `retention` (the
 * objection then outranks it); removing without a salt has nothing to remove. Idempotent.
 */
export async function changeOpposition(options: OppositionChangeOptions): Promise<OppositionAdminReport> {
  const { stateDir, change, dryRun } = options;
  const existing = await readInstallationSalt(stateDir);
  if (dryRun || (existing === null && change === 'remove')) {
    const { hash, list } = await readList(stateDir, existing);
    return report(plan(resolveIdentifiers(options.identifiers, hash), list, change, dryRun), existing !== null);
  }
  const lock = await acquireRunLock(stateDir);
  try {
    const salt = await ensureInstallationSalt(stateDir);
    const list = await OppositionList.load(join(stateDir, OPPOSITION_FILE));
    try {
      const planned = plan(resolveIdentifiers(options.identifiers, installationHash(salt)), list, change, false);
      await write(planned, list, options);
      return report(planned, true, existing === null);
    } finally {
      await list.close();
    }
  } finally {
    await lock.release();
  }
}
