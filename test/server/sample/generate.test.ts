import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_ROWS } from '../../../src/server/sample';
import { generateSmall, SMALL_SIZES } from './small-dataset';

const FILES = ['accounts.csv', 'contacts.csv', 'leads.csv', 'vehicles.csv', 'opportunities.csv', 'README.md'];

describe('generateSample', () => {
  it('writes byte-identical files for the same options', async () => {
    const first = await generateSmall();
    const second = await generateSmall();
    for (const file of FILES) {
      const a = await readFile(join(first.options.out, file));
      const b = await readFile(join(second.options.out, file));
      expect(a.equals(b), file).toBe(true);
    }
  });

  it('writes different data for another seed', async () => {
    const first = await generateSmall({ seed: 1 });
    const second = await generateSmall({ seed: 2 });
    const a = await readFile(join(first.options.out, 'contacts.csv'), 'utf8');
    const b = await readFile(join(second.options.out, 'contacts.csv'), 'utf8');
    expect(a).not.toBe(b);
  });

  it('writes exactly the requested numbers of accounts, contacts and leads', async () => {
    const summary = await generateSmall();
    expect(summary.rows['accounts.csv']).toBe(SMALL_SIZES.accounts);
    expect(summary.rows['contacts.csv']).toBe(SMALL_SIZES.contacts);
    expect(summary.rows['leads.csv']).toBe(SMALL_SIZES.leads);
    expect(summary.rows['vehicles.csv']).toBeGreaterThan(SMALL_SIZES.accounts);
    expect(summary.rows['opportunities.csv']).toBeGreaterThan(0);
  });

  it('injects every deliberate bad row at the line the README lists', async () => {
    const summary = await generateSmall();
    expect(summary.badRows).toHaveLength(BAD_ROWS.length);
    expect(summary.badRows.map((b) => [b.file, b.line, b.attribute])).toEqual(BAD_ROWS.map((b) => [b.file, b.row + 1, b.attribute]));
    const readme = await readFile(join(summary.options.out, 'README.md'), 'utf8');
    for (const bad of summary.badRows) expect(readme).toContain(`| ${bad.file} | ${bad.line} | ${bad.attribute} |`);
  });

  it('writes the header of canonical attribute names and one line per record', async () => {
    const summary = await generateSmall();
    const text = await readFile(join(summary.options.out, 'accounts.csv'), 'utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]?.startsWith('id,name,')).toBe(true);
    expect(lines).toHaveLength(SMALL_SIZES.accounts + 1);
  });
});
