/** The counts of a derive run, as the report gives them. */
import { DERIVED_FIELDS } from './derive-fields';
import type { DerivedField, DerivedValues } from './derive-fields';
import type { DeriveBadRecord, DeriveReport } from './types';

const BAD_RECORDS_KEPT = 100;

export class DeriveTally {
  read = 0;
  written = 0;
  unchanged = 0;
  errors = 0;
  readonly bad: DeriveBadRecord[] = [];
  readonly changedFields: Partial<Record<DerivedField, number>> = {};
  readonly notDerived: Partial<Record<DerivedField, number>> = {};

  /** A vehicle derived: `desired` what it should hold, `changes` what was (or would be) written of it. */
  done(desired: DerivedValues, changes: DerivedValues): void {
    this.read += 1;
    const changed = Object.keys(changes) as DerivedField[];
    if (changed.length === 0) this.unchanged += 1;
    else this.written += 1;
    for (const field of changed) this.changedFields[field] = (this.changedFields[field] ?? 0) + 1;
    for (const field of DERIVED_FIELDS) if (desired[field] === undefined) this.notDerived[field] = (this.notDerived[field] ?? 0) + 1;
  }

  failed(bad: DeriveBadRecord): void {
    this.read += 1;
    this.errors += 1;
    if (this.bad.length < BAD_RECORDS_KEPT) this.bad.push(bad);
  }

  report(today: string, dryRun: boolean, interrupted: boolean): DeriveReport {
    return {
      today, dryRun, read: this.read, written: this.written, unchanged: this.unchanged, errors: this.errors,
      badRecords: [...this.bad], changedFields: { ...this.changedFields }, notDerived: { ...this.notDerived }, interrupted,
    };
  }
}
