/**
 * The vehicles of each owner of one kind (contacts, or accounts), for the vehicle store (vehicle-store.ts): owners
 * are numbered by an id table, each has a chain of its vehicles from the last added back, its head in a list
 * indexed by owner number. Dense chains keep a link for every vehicle (4 bytes each), for the owner kind most
 * vehicles have; sparse chains keep links for the vehicles that have an owner only (8 bytes each), for the kind
 * few have: in the sample generator's data, 99 % of vehicles have a contact and 1 % an account, where a link per
 * vehicle for both cost 1.8 MB more on 445 000 vehicles (issue 4).
 */
import type { IdTable } from './id-table';
import { IntList } from './int-list';

export class OwnerChains {
  /** Per owner number, its last entry (-1: none). */
  private readonly heads = new IntList(-1);
  /** Per entry, the owner's previous entry (-1: none). Dense: entry = vehicle index. */
  private readonly previous = new IntList(-1);
  /** Sparse only: per entry, its vehicle index. */
  private readonly vehicles: IntList | null;

  constructor(
    readonly ids: IdTable,
    options: { readonly sparse: boolean },
  ) {
    this.vehicles = options.sparse ? new IntList(-1) : null;
  }

  /** Adds vehicle `index` (added in increasing order) to the chain of `owner`, when it names one. */
  link(owner: unknown, index: number): void {
    if (typeof owner !== 'string' || owner === '') return;
    const number = this.ids.intern(owner);
    const entry = this.vehicles === null ? index : this.vehicles.length;
    this.vehicles?.push(index);
    this.previous.set(entry, this.heads.get(number));
    this.heads.set(number, entry);
  }

  /** The owner's vehicle indexes in the order they were added. */
  of(owner: string): number[] {
    const out: number[] = [];
    for (let entry = this.heads.get(this.ids.find(owner)); entry >= 0; entry = this.previous.get(entry)) {
      out.push(this.vehicles === null ? entry : this.vehicles.get(entry));
    }
    return out.reverse();
  }
}
