/** The counts of a VMC run, as the report gives them. */
import type { VmcBadRecord, VmcEntityType, VmcLine, VmcReport } from './types';

const BAD_RECORDS_KEPT = 100;

/** `purchases[3].amount` and the like count as one input, the purchase history. */
function inputKey(input: string): string {
  return input.startsWith('purchases[') ? 'purchases' : input;
}

export class VmcTally {
  readonly read: Record<VmcEntityType, number> = { Contact: 0, Account: 0 };
  written = 0;
  unchanged = 0;
  errors = 0;
  withInvalidInputs = 0;
  readonly bad: VmcBadRecord[] = [];
  readonly changedFields: Record<string, number> = {};
  readonly invalidInputs: Record<string, number> = {};

  done(line: VmcLine): void {
    if (line.changed.length === 0) this.unchanged += 1;
    else this.written += 1;
    for (const attribute of line.changed) this.changedFields[attribute] = (this.changedFields[attribute] ?? 0) + 1;
    if (line.invalidInputs.length > 0) this.withInvalidInputs += 1;
    for (const input of new Set(line.invalidInputs.map(inputKey))) this.invalidInputs[input] = (this.invalidInputs[input] ?? 0) + 1;
  }

  failed(bad: VmcBadRecord): void {
    this.errors += 1;
    if (this.bad.length < BAD_RECORDS_KEPT) this.bad.push(bad);
  }

  report(today: string, dryRun: boolean, interrupted: boolean): VmcReport {
    return {
      today, dryRun, read: { ...this.read }, written: this.written, unchanged: this.unchanged, errors: this.errors,
      badRecords: [...this.bad], changedFields: { ...this.changedFields }, withInvalidInputs: this.withInvalidInputs,
      invalidInputs: { ...this.invalidInputs }, interrupted,
    };
  }
}
