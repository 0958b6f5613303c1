/**
 * `consent import <file.csv>`: records the consents and objections of a named file into each person's
 * history (issue 5 "Consent": import keeps the history). Every event carries the file name as `sourceRef`;
 * objections are always kept, an opt-in needs its proof and date, a person on the opposition list is never
 * given an opt-in, and the same file imported twice changes nothing the second time. Dry run unless
 * `ctx.dryRun` is false; writes only changed attributes.
 */
import { oppositionKeys } from '../../../core/consent';
import type { RgpdJobContext } from '../retention/job-context';
import { PERSON_ENTITY_TYPES } from '../retention/persons';
import type { ImportFile, ImportRow } from './import-file';
import { readImportFile } from './import-file';
import type { PendingEvent } from './import-person';
import { importForPerson } from './import-person';
import type { PersonRef } from './import-persons';
import { PersonFinder } from './import-persons';
import { readRow } from './import-row';
import type { ConsentImportInput, ConsentImportLine, ConsentImportReport, ImportLineOutcome } from './import-types';

type LineResult = Omit<ConsentImportLine, 'kind' | 'line' | 'outcome'>;

const NO_DETAIL: LineResult = { channel: null, keyKind: null, field: null, problem: null, reason: null, dateDefaulted: false };

/** When a line goes to several people, the outcome that needs attention wins. */
const SEVERITY: Readonly<Record<ImportLineOutcome, number>> = {
  duplicate: 0, accepted: 1, unknownPerson: 2, opposed: 3, invalidHistory: 4, ambiguous: 5, rejected: 6,
};

interface Pending {
  readonly ref: PersonRef;
  readonly items: PendingEvent[];
}

class LineResults {
  private readonly results = new Map<number, ConsentImportLine>();

  set(line: number, outcome: ImportLineOutcome, detail: Partial<LineResult> = {}): void {
    const previous = this.results.get(line);
    if (previous !== undefined && SEVERITY[previous.outcome] >= SEVERITY[outcome]) return;
    const { channel, keyKind, field, problem, reason, dateDefaulted } = { ...NO_DETAIL, ...previous, ...detail };
    this.results.set(line, { kind: 'line', line, outcome, channel, keyKind, field, problem, reason, dateDefaulted });
  }

  sorted(): ConsentImportLine[] {
    return [...this.results.values()].sort((a, b) => a.line - b.line);
  }
}

/** Reads each line and finds its person; events wait per person, in file order. */
async function collect(input: ConsentImportInput, file: ImportFile, results: LineResults, finder: PersonFinder): Promise<Map<string, Pending>> {
  const pending = new Map<string, Pending>();
  for (const row of file.rows) {
    if ('malformed' in row) {
      const syntax = row.malformed === 'syntax';
      results.set(row.line, 'rejected', { field: 'row', problem: syntax ? 'csvSyntax' : 'cellCount', reason: syntax ? 'CSV syntax error' : 'wrong number of cells' });
      continue;
    }
    const reading = readRow(row.values, { today: input.today, sourceRef: file.file });
    if (!reading.ok) {
      results.set(row.line, 'rejected', { channel: reading.channel ?? null, field: reading.field, problem: reading.problem, reason: reading.reason });
      continue;
    }
    const detail = { channel: reading.event.channel, keyKind: reading.key.kind, dateDefaulted: reading.dateDefaulted };
    const people = await finder.find(reading.key);
    const optIn = reading.event.status === 'OPT_IN' || reading.event.status === 'SOFT_OPT_IN';
    if (people.length === 0 || (people.length > 1 && optIn)) {
      results.set(row.line, people.length === 0 ? 'unknownPerson' : 'ambiguous', detail);
      continue;
    }
    results.set(row.line, 'duplicate', detail);
    const item: PendingEvent = { line: row.line, event: reading.event, dateDefaulted: reading.dateDefaulted, lineKeys: lineKeys(input, row) };
    for (const ref of people) {
      const key = `${ref.entityType}/${ref.id}`;
      const entry = pending.get(key) ?? { ref, items: [] };
      entry.items.push(item);
      pending.set(key, entry);
    }
  }
  return pending;
}

function lineKeys(input: ConsentImportInput, row: Extract<ImportRow, { values: unknown }>): PendingEvent['lineKeys'] {
  if (input.opposition === undefined) return [];
  const { emailAddress, phoneNumber } = row.values;
  return oppositionKeys({ emails: emailAddress === undefined ? [] : [emailAddress], phones: phoneNumber === undefined ? [] : [phoneNumber] }, input.opposition.hash);
}

const emitted = (line: ConsentImportLine): boolean => !(line.outcome === 'duplicate' || (line.outcome === 'accepted' && !line.dateDefaulted));

export async function runConsentImport(input: ConsentImportInput, ctx: RgpdJobContext): Promise<ConsentImportReport> {
  const file = await readImportFile(input.path, ctx.signal);
  const results = new LineResults();
  const pending = await collect(input, file, results, new PersonFinder(input.gateway, input.entityTypes ?? PERSON_ENTITY_TYPES, ctx.signal));
  const people = { changed: 0, unchanged: 0 };
  let eventsAdded = 0;
  for (const [index, { ref, items }] of [...pending.values()].entries()) {
    const result = await importForPerson(ref, items, input, ctx);
    for (const { line, outcome } of result.outcomes) results.set(line, outcome);
    if (result.record === null) people.unchanged += 1;
    else {
      people.changed += 1;
      eventsAdded += result.record.eventsAdded;
      input.onRecord?.(result.record);
    }
    if ((index + 1) % 200 === 0) ctx.progress({ step: file.file, done: index + 1, stepIndex: 0, stepCount: 1 });
  }
  const lines = results.sorted();
  for (const line of lines) if (emitted(line)) input.onLine?.(line);
  const counts: Record<ImportLineOutcome, number> = { accepted: 0, duplicate: 0, opposed: 0, rejected: 0, unknownPerson: 0, ambiguous: 0, invalidHistory: 0 };
  for (const line of lines) counts[line.outcome] += 1;
  return { file: file.file, today: input.today, dryRun: ctx.dryRun, lines: file.rows.length, counts, people, eventsAdded, ignoredColumns: file.ignoredColumns };
}
