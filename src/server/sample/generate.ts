/**
 * Writes a whole dataset: accounts (with their contacts, fleet vehicles and purchases), then private
 * customers until the contact count is reached, then leads. Every record comes from its own seeded
 * stream, and the five files are written as one pass, so memory stays flat at any size and the
 * output is byte-identical for the same options.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { entitySpec, fileOf } from '../csv/entity-spec';
import type { SampleEntityType, SampleFileName } from '../csv/entity-spec';
import { makeAccountBundle } from './account';
import type { InjectedBadRow } from './bad-rows';
import { BAD_ROWS, badCellsFor } from './bad-rows';
import type { Bundle, SampleRecord } from './bundle';
import { espoId } from './ids';
import { makeLeadBundle } from './lead';
import type { SampleOptions } from './options';
import { makeParticulierBundle } from './particulier';
import { sampleReadme } from './readme';
import type { SampleSummary } from './summary';
import { CsvFileWriter } from './writer';
import { createFolders } from '../create-folders';

const ENTITY_OF: Readonly<Record<keyof Bundle, SampleEntityType>> = {
  accounts: 'Account', contacts: 'Contact', leads: 'Lead', vehicles: 'AutoCibleVehicle', opportunities: 'Opportunity',
};

class DatasetWriter {
  readonly writers: Record<keyof Bundle, CsvFileWriter>;
  readonly badRows: InjectedBadRow[] = [];

  constructor(private readonly options: SampleOptions) {
    const open = (key: keyof Bundle): CsvFileWriter => {
      const spec = entitySpec(ENTITY_OF[key]);
      return new CsvFileWriter(join(options.out, fileOf(spec.entityType)), spec.columns);
    };
    this.writers = { accounts: open('accounts'), contacts: open('contacts'), leads: open('leads'), vehicles: open('vehicles'), opportunities: open('opportunities') };
  }

  async add(bundle: Bundle): Promise<void> {
    for (const key of ['accounts', 'contacts', 'leads', 'vehicles', 'opportunities'] as const) {
      for (const record of bundle[key]) await this.writeOne(key, record);
    }
  }

  private async writeOne(key: keyof Bundle, record: SampleRecord): Promise<void> {
    const writer = this.writers[key];
    const stream = key === 'opportunities' ? 'Opportunity' : 'AutoCibleVehicle';
    const withId = record.id !== undefined ? record : { id: espoId(stream, writer.rows, this.options.seed), ...record };
    const bad = badCellsFor(fileOf(ENTITY_OF[key]), writer.rows + 1, withId);
    if (bad !== undefined) this.badRows.push(...bad.injected);
    await writer.write(withId, bad?.overrides);
  }

  async close(): Promise<Record<SampleFileName, number>> {
    const rows: Partial<Record<SampleFileName, number>> = {};
    for (const [key, writer] of Object.entries(this.writers)) {
      await writer.close();
      rows[fileOf(ENTITY_OF[key as keyof Bundle])] = writer.rows;
    }
    return rows as Record<SampleFileName, number>;
  }
}

export async function generateSample(options: SampleOptions): Promise<SampleSummary> {
  await createFolders(options.out);
  const out = new DatasetWriter(options);
  const { seed, asOf } = options;
  let contactCursor = 0;
  for (let index = 0; index < options.accounts; index += 1) {
    const bundle = makeAccountBundle({ seed, index, asOf, firstContact: contactCursor, contactRoom: options.contacts - contactCursor });
    contactCursor += bundle.contacts.length;
    await out.add(bundle);
  }
  for (let index = 0; contactCursor < options.contacts; index += 1, contactCursor += 1) {
    await out.add(makeParticulierBundle({ seed, index, contactIndex: contactCursor, asOf }));
  }
  for (let index = 0; index < options.leads; index += 1) await out.add(makeLeadBundle({ seed, index, asOf }));
  const rows = await out.close();
  // Written in generation order (files interleave); listed in the order of BAD_ROWS, file by file.
  const order = (b: InjectedBadRow): number => BAD_ROWS.findIndex((s) => s.file === b.file && s.row + 1 === b.line && s.attribute === b.attribute);
  const summary: SampleSummary = { options, rows, badRows: [...out.badRows].sort((a, b) => order(a) - order(b)) };
  if (options.readme) await writeFile(join(options.out, 'README.md'), sampleReadme(summary), 'utf8');
  return summary;
}
