/**
 * Records from files (a CSV directory or a JSONL file), streamed in file order: only the vehicle, account and
 * account-contact indexes stay in memory (see file-index.ts). A checkpoint is the last id processed in file
 * order; a rerun skips the rows up to it (or starts over when the file no longer holds that id). Accounts are
 * scored after contacts: the contacts' pass also gathers the accounts' members, read on their own only when a
 * run has not read every contact (issue 4: one read of the largest file less, about 8 s on 270 000 contacts).
 * A row whose id an earlier row of its type already had is reported (`duplicateId`, naming that row's line) and
 * left out: only the first is scored, or read as a vehicle, an account or an account's member.
 */
import type { ScoredType } from '../../state/score-state';
import { recordAttributes, withheldByRetention } from './attributes';
import { chunks } from './id-streams';
import { FileIndex } from './file-index';
import type { FileRow, RowReader } from './file-rows';
import { duplicateIdDetail } from './first-lines';
import { FlatFirstLines } from './flat-first-lines';
import type { BadRecord, IdsByType, LinkedQuery, RawRecord, RowsRead, ScoreBatch, ScoreItem, ScoreSource, SourcePlan } from './types';

type Kept = { readonly item: ScoreItem } | { readonly bad: BadRecord };
type IdRecord = RawRecord & { readonly id: string };
type RecordRow = Extract<FileRow, { kind: 'record' }>;

const ATTRIBUTES: Readonly<Record<ScoredType, readonly string[]>> = {
  Contact: recordAttributes('Contact'), Lead: recordAttributes('Lead'), Account: recordAttributes('Account'),
};

/**
 * The attributes the job reads, as the EspoCRM source selects them: a batch waiting to be scored holds about
 * half of each row (no names, e-mails, addresses), and the whole row is garbage at once.
 */
function trimmed(entityType: ScoredType, record: IdRecord): IdRecord {
  const kept: Record<string, unknown> & { id: string } = { id: record.id };
  for (const attribute of ATTRIBUTES[entityType]) if (record[attribute] !== undefined) kept[attribute] = record[attribute];
  return kept;
}

function modifiedAtOrAfter(record: RawRecord, since: Date): boolean {
  const value = record.modifiedAt;
  if (typeof value !== 'string') return false;
  const at = Date.parse(`${value.replace(' ', 'T')}Z`);
  return !Number.isNaN(at) && at >= since.getTime();
}

export class FileSource implements ScoreSource {
  readonly key: string;
  private readonly index = new FileIndex();
  /** Every contact has been read, and the accounts have their members. */
  private membersRead = false;

  constructor(private readonly reader: RowReader) {
    this.key = reader.key;
  }

  async prepare(signal: AbortSignal, read?: RowsRead): Promise<readonly BadRecord[]> {
    await this.reader.check();
    this.membersRead = false;
    const bad = await this.index.build(this.reader, signal, read);
    if (this.reader.brokenLines === undefined) return bad;
    for await (const row of this.reader.brokenLines(signal)) {
      if (row.kind === 'rejected') bad.push({ entityType: null, id: null, line: row.line, reason: row.reason, ...(row.detail ? { detail: row.detail } : {}) });
    }
    return bad;
  }

  async vehicleOwners(query: { since: Date } | { ids: readonly string[] }, signal: AbortSignal): Promise<IdsByType> {
    const ids = 'ids' in query ? new Set(query.ids) : null;
    const contacts = new Set<string>();
    const accounts = new Set<string>();
    // Every vehicle is read: their first rows are known as they come (the index does not keep them).
    const firsts = new FlatFirstLines();
    try {
      for await (const row of this.reader.rows('AutoCibleVehicle', signal)) {
        if (row.kind !== 'record' || firsts.see(row.record.id, row.line) !== row.line) continue;
        const wanted = ids === null ? 'since' in query && modifiedAtOrAfter(row.record, query.since) : ids.has(row.record.id);
        if (!wanted) continue;
        if (typeof row.record.contactId === 'string') contacts.add(row.record.contactId);
        if (typeof row.record.accountId === 'string') accounts.add(row.record.accountId);
      }
    } finally {
      firsts.release();
    }
    return { Contact: [...contacts].sort(), Lead: [], Account: [...accounts].sort() };
  }

  async linkedRecords(query: LinkedQuery, signal: AbortSignal): Promise<IdsByType> {
    let changedAccounts: ReadonlySet<string> = 'since' in query ? new Set() : new Set(query.accounts);
    if ('since' in query) {
      const found = new Set<string>();
      for await (const row of this.reader.rows('Account', signal)) {
        if (row.kind === 'record' && !this.repeatedAccount(row) && modifiedAtOrAfter(row.record, query.since)) found.add(row.record.id);
      }
      changedAccounts = found;
    }
    const listed = 'since' in query ? null : new Set(query.contacts);
    const accounts = new Set<string>();
    const contacts = new Set<string>();
    for await (const row of this.reader.rows('Contact', signal)) {
      // Every contact is read: its first row is known from here on.
      if (row.kind !== 'record' || this.index.see('Contact', row.record.id, row.line) !== row.line) continue;
      const { id, accountId } = row.record;
      if (typeof accountId !== 'string' || accountId === '') continue;
      const changed = listed === null ? 'since' in query && modifiedAtOrAfter(row.record, query.since) : listed.has(id);
      if (changed) accounts.add(accountId);
      if (changedAccounts.has(accountId)) contacts.add(id);
    }
    return { Contact: [...contacts].sort(), Lead: [], Account: [...accounts].sort() };
  }

  async *batches(entityType: ScoredType, plan: SourcePlan, signal: AbortSignal): AsyncGenerator<ScoreBatch> {
    if (entityType === 'Account' && !this.membersRead) {
      await this.index.readMembers(this.reader, signal);
      this.membersRead = true;
    }
    for await (const group of chunks(this.kept(entityType, plan, signal), plan.batchSize)) {
      const items = group.flatMap((k) => ('item' in k ? [k.item] : []));
      const rejected = group.flatMap((k) => ('bad' in k ? [k.bad] : []));
      yield { entityType, items, rejected, lastId: items.at(-1)?.id ?? null };
    }
  }

  private async *kept(entityType: ScoredType, plan: SourcePlan, signal: AbortSignal): AsyncGenerator<Kept> {
    const ids = new Set(plan.ids);
    const wanted = (record: RawRecord & { id: string }): boolean => plan.all || ids.has(record.id)
      || (plan.modifiedSince !== null && modifiedAtOrAfter(record, plan.modifiedSince));
    let skipping = plan.after !== null;
    for (let pass = 0; pass < 2; pass += 1) {
      for await (const row of entityType === 'Contact' ? this.contacts(signal) : this.reader.rows(entityType, signal)) {
        // Rows before the checkpoint are noted too, so that a later row repeating their id is still reported.
        const first = row.kind === 'record' ? this.index.see(entityType, row.record.id, row.line) : row.line;
        if (skipping) {
          skipping = !(row.kind === 'record' && row.record.id === plan.after);
          continue;
        }
        const kept = row.kind === 'record' && first !== row.line ? this.duplicate(entityType, row, first) : this.keep(entityType, row, wanted);
        if (kept !== null) yield kept;
      }
      // The checkpoint's id is gone (the file changed): start over rather than skip everything.
      if (!skipping) return;
      skipping = false;
    }
  }

  /** The contacts' rows; the first read to the end also gives the accounts their members. */
  private async *contacts(signal: AbortSignal): AsyncGenerator<FileRow> {
    const gather = !this.membersRead;
    if (gather) this.index.clearMembers();
    for await (const row of this.reader.rows('Contact', signal)) {
      if (gather && row.kind === 'record' && this.index.see('Contact', row.record.id, row.line) === row.line) this.index.addMember(row.record);
      yield row;
    }
    if (gather) this.membersRead = true;
  }

  /** An account row whose id an earlier row had (the accounts' first rows are known once `prepare` has run). */
  private repeatedAccount(row: RecordRow): boolean {
    const first = this.index.firstLine('Account', row.record.id);
    return first !== 0 && first !== row.line;
  }

  /** A row repeating the id of the row at line `first`: reported, never scored. */
  private duplicate(entityType: ScoredType, row: RecordRow, first: number): Kept {
    return { bad: { entityType, id: row.record.id, line: row.line, reason: 'duplicateId', detail: duplicateIdDetail(first, 'scored') } };
  }

  private keep(entityType: ScoredType, row: FileRow, wanted: (record: RawRecord & { id: string }) => boolean): Kept | null {
    if (row.kind === 'rejected') {
      return { bad: { entityType, id: null, line: row.line, reason: row.reason, ...(row.field ? { field: row.field } : {}), ...(row.detail ? { detail: row.detail } : {}) } };
    }
    if (!wanted(row.record)) return null;
    return { item: this.itemOf(entityType, row.record) };
  }

  private itemOf(entityType: ScoredType, row: IdRecord): ScoreItem {
    const { id } = row;
    const record = trimmed(entityType, row);
    // A person retention withholds is not scored: its vehicles and account are not unpacked.
    if (entityType === 'Lead' || withheldByRetention(record)) return { entityType, id, record, vehicles: [] };
    if (entityType === 'Account') return { entityType, id, record, vehicles: this.index.vehiclesOfAccount(id), contacts: this.index.membersOf(id) };
    return { entityType, id, record, vehicles: this.index.vehiclesOfContact(id), account: this.index.account(record.accountId) };
  }
}
