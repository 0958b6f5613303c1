/**
 * The line where each id was first seen in a file, so that a later row with the same id is reported
 * (`duplicateId`) rather than used twice. The ids are numbered by an id table (id-table.ts). The table can be
 * shared with another index of the same ids, which then pays for them once. The lines are a list of 32-bit
 * integers by id number: 4 bytes an id, where a `Set<string>` would take about 80.
 */
import type { Label } from '../../../core/catalogue';
import { IdTable } from './id-table';
import { IntList } from './int-list';

/** What the score job does with the first row of a duplicated id. */
export type FirstUse = 'scored' | 'read';

/** Why a row is refused when an earlier row of the file has the same id. The first row is the one kept. */
export function duplicateIdDetail(firstLine: number, use: FirstUse): Label {
  return use === 'scored'
    ? { fr: `même id qu’à la ligne ${firstLine} : seule la première est calculée`, en: `same id as line ${firstLine}: only the first is scored` }
    : { fr: `même id qu’à la ligne ${firstLine} : seule la première est lue`, en: `same id as line ${firstLine}: only the first is read` };
}

export class FirstLines {
  /** Per id number, the line of its first row (0: no row seen yet; lines start at 1). */
  private readonly lines = new IntList(0);

  constructor(private readonly ids: IdTable = new IdTable()) {}

  /**
   * Notes a row of `id` at `line` and returns the line of the id's first row: `line` itself for the first one.
   * Reading the file again gives the same answers (a row read twice is not its own duplicate), and a read that
   * passed rows over (`onlyWith`) is corrected by a later full read: the first row is the lowest line.
   */
  see(id: string, line: number): number {
    const number = this.ids.intern(id);
    const first = this.lines.get(number);
    if (first !== 0 && first <= line) return first;
    this.lines.set(number, line);
    return line;
  }

  /** The line of the id's first row, or 0 when none was seen. Never numbers a new id. */
  firstLine(id: string): number {
    return this.lines.get(this.ids.find(id));
  }
}
