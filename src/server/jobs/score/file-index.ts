/**
 * What a file source keeps in memory between its passes: the vehicles in columns (vehicle-store.ts), the
 * accounts and per account its contacts' relationship fields (its members) as packed strings (packer.ts), only
 * the attributes facts read, and the line of each id's first row (first-lines.ts), so that a row repeating an id
 * is reported rather than used twice. Accounts are numbered by one id table shared with the vehicles' account
 * links, contacts by one shared with the vehicles' contact links. The records to score themselves are streamed,
 * never kept.
 */
import type { ScoredType } from '../../state/score-state';
import { ACCOUNT_FACT_ATTRIBUTES, MEMBER_ATTRIBUTES, withheldByRetention } from './attributes';
import type { FileRow, RowReader } from './file-rows';
import { duplicateIdDetail, FirstLines } from './first-lines';
import { FlatFirstLines } from './flat-first-lines';
import { IdTable } from './id-table';
import { Packer } from './packer';
import type { BadRecord, RawRecord, RowsRead } from './types';
import { VehicleStore } from './vehicle-store';
const ACCOUNTS = new Packer(ACCOUNT_FACT_ATTRIBUTES);
const MEMBERS = new Packer(MEMBER_ATTRIBUTES);

const present = (value: unknown): boolean => value !== null && value !== undefined && value !== '';

/** Per account number: its packed record, or its members' packed records joined by line breaks. */
type ByAccount = (string | undefined)[];

/** Sets the text of account `number` or, with `join`, appends to it. */
function put(list: ByAccount, number: number, text: string, join: boolean): void {
  while (list.length <= number) list.push(undefined);
  const previous = list[number];
  list[number] = join && previous !== undefined ? `${previous}\n${text}` : text;
}

const at = (list: ByAccount, number: number): string | undefined => (number < 0 ? undefined : list[number]);

export class FileIndex {
  private readonly accountIds = new IdTable();
  private readonly contactIds = new IdTable();
  private readonly vehicles = new VehicleStore({ accounts: this.accountIds, contacts: this.contactIds });
  private readonly accounts: ByAccount = [];
  private readonly members: ByAccount = [];
  /**
   * Per type, the line of each id's first row: the accounts' are complete once `build` has read them, the
   * contacts' and the leads' fill as their rows are read (`see`). The vehicles' are `build`'s own, dropped once it
   * returns (flat-first-lines.ts): nothing reads the vehicles' ids afterwards.
   */
  private readonly firsts: Readonly<Record<ScoredType, FirstLines>> = {
    Account: new FirstLines(this.accountIds),
    Contact: new FirstLines(this.contactIds),
    Lead: new FirstLines(),
  };

  /**
   * Reads vehicles and accounts once; returns the vehicle rows that could not be read. The accounts' members
   * come from the contacts: `addMember` for each, or `readMembers`.
   */
  async build(reader: RowReader, signal: AbortSignal, read: RowsRead = () => undefined): Promise<BadRecord[]> {
    const bad: BadRecord[] = [];
    let rows = 0;
    // Every 10 000 rows: a 2M-row file takes most of a minute to index, with nothing else to show for it.
    const tick = (entityType: string): void => {
      rows += 1;
      if (rows % 10_000 === 0) read(entityType, rows);
    };
    const vehicleFirsts = new FlatFirstLines();
    const rejected = (row: Extract<FileRow, { kind: 'rejected' }>): BadRecord =>
      ({ entityType: 'AutoCibleVehicle', id: null, line: row.line, reason: row.reason, ...(row.field ? { field: row.field } : {}), ...(row.detail ? { detail: row.detail } : {}) });
    try {
      for await (const row of reader.rows('AutoCibleVehicle', signal)) {
        tick('AutoCibleVehicle');
        if (row.kind === 'rejected') {
          bad.push(rejected(row));
          continue;
        }
        const { id } = row.record;
        const first = vehicleFirsts.see(id, row.line);
        if (first === row.line) this.vehicles.add(row.record);
        else bad.push({ entityType: 'AutoCibleVehicle', id, line: row.line, reason: 'duplicateId', detail: duplicateIdDetail(first, 'read') });
      }
    } finally {
      vehicleFirsts.release();
    }
    rows = 0;
    for await (const row of reader.rows('Account', signal)) {
      tick('Account');
      // A later row with the same id is left out (the accounts' pass reports it): the first is the account.
      if (row.kind === 'record' && this.see('Account', row.record.id, row.line) === row.line) {
        put(this.accounts, this.accountIds.intern(row.record.id), ACCOUNTS.pack(row.record), false);
      }
    }
    return bad;
  }

  /**
   * Notes a row of `entityType` and returns the line of the first row with its id: `line` itself, unless the row
   * repeats an earlier one's id (`duplicateIdDetail`). A row read again gives the same answer.
   */
  see(entityType: ScoredType, id: string, line: number): number {
    return this.firsts[entityType].see(id, line);
  }

  /** The line of the first row with this id, 0 when none was seen: never notes a row (see `see`). */
  firstLine(entityType: ScoredType, id: string): number {
    return this.firsts[entityType].firstLine(id);
  }

  /** Forgets the members added so far (a read of the contacts that did not finish). */
  clearMembers(): void {
    this.members.length = 0;
  }

  /** Adds a contact, read in file order, to its account's members. */
  addMember(contact: RawRecord): void {
    // A contact retention withholds (due for anonymisation, anonymised) lends its account nothing either.
    if (typeof contact.accountId !== 'string' || contact.accountId === '' || withheldByRetention(contact)) return;
    // A contact with nothing but its account link adds nothing to the account's facts.
    if (!MEMBER_ATTRIBUTES.slice(1).some((attribute) => present(contact[attribute]))) return;
    put(this.members, this.accountIds.intern(contact.accountId), MEMBERS.pack(contact), true);
  }

  /** Reads the members from the contacts, for a run that has not read them all. */
  async readMembers(reader: RowReader, signal: AbortSignal): Promise<void> {
    this.clearMembers();
    // Contacts without an account are most of them, and add nothing here: left unread. So a contact whose first row
    // has no account, repeated with one, lends it that row here (the contacts' pass reports the repeat either way).
    for await (const row of reader.rows('Contact', signal, { onlyWith: 'accountId' })) {
      if (row.kind === 'record' && this.see('Contact', row.record.id, row.line) === row.line) this.addMember(row.record);
    }
  }

  vehiclesOfContact(id: string): RawRecord[] {
    return this.vehicles.ofContact(id);
  }

  vehiclesOfAccount(id: string): RawRecord[] {
    return this.vehicles.ofAccount(id);
  }

  account(id: unknown): RawRecord | undefined {
    const text = typeof id === 'string' ? at(this.accounts, this.accountIds.find(id)) : undefined;
    return text === undefined ? undefined : { id, ...ACCOUNTS.unpack(text) };
  }

  membersOf(id: string): RawRecord[] {
    return MEMBERS.unpackAll(at(this.members, this.accountIds.find(id)));
  }
}
