/**
 * What a file source keeps in memory between its passes: the vehicles in columns (vehicle-store.ts), per id the
 * accounts and per account its contacts' relationship fields as packed strings (packer.ts), only the attributes
 * facts read. The records to score themselves are streamed, never kept.
 */
import { ACCOUNT_FACT_ATTRIBUTES, MEMBER_ATTRIBUTES } from './attributes';
import type { FileRow, RowReader } from './file-rows';
import { append, Packer } from './packer';
import type { BadRecord, RawRecord } from './types';
import { VehicleStore } from './vehicle-store';
const ACCOUNTS = new Packer(ACCOUNT_FACT_ATTRIBUTES);
const MEMBERS = new Packer(MEMBER_ATTRIBUTES);

const present = (value: unknown): boolean => value !== null && value !== undefined && value !== '';

export class FileIndex {
  private readonly vehicles = new VehicleStore();
  private readonly accounts = new Map<string, string>();
  private readonly members = new Map<string, string>();

  /** Reads vehicles, accounts and contacts once; returns the vehicle rows that could not be read. */
  async build(reader: RowReader, signal: AbortSignal): Promise<BadRecord[]> {
    const bad: BadRecord[] = [];
    const rejected = (row: Extract<FileRow, { kind: 'rejected' }>): BadRecord =>
      ({ entityType: 'AutoCibleVehicle', id: null, line: row.line, reason: row.reason, ...(row.field ? { field: row.field } : {}) });
    for await (const row of reader.rows('AutoCibleVehicle', signal)) {
      if (row.kind === 'rejected') {
        bad.push(rejected(row));
        continue;
      }
      this.vehicles.add(row.record);
    }
    for await (const row of reader.rows('Account', signal)) {
      if (row.kind === 'record') this.accounts.set(row.record.id, ACCOUNTS.pack(row.record));
    }
    for await (const row of reader.rows('Contact', signal)) {
      if (row.kind !== 'record' || typeof row.record.accountId !== 'string') continue;
      // A contact with nothing but its account link adds nothing to the account's facts.
      if (MEMBER_ATTRIBUTES.slice(1).some((attribute) => present(row.record[attribute]))) append(this.members, row.record.accountId, MEMBERS.pack(row.record));
    }
    return bad;
  }

  vehiclesOfContact(id: string): RawRecord[] {
    return this.vehicles.ofContact(id);
  }

  vehiclesOfAccount(id: string): RawRecord[] {
    return this.vehicles.ofAccount(id);
  }

  account(id: unknown): RawRecord | undefined {
    const text = typeof id === 'string' ? this.accounts.get(id) : undefined;
    return text === undefined ? undefined : { id, ...ACCOUNTS.unpack(text) };
  }

  membersOf(id: string): RawRecord[] {
    return MEMBERS.unpackAll(this.members.get(id));
  }
}
