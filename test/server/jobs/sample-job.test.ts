import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CsvFileError, CsvHeaderError } from '../../../src/server/csv';
import { DatasetDirectoryError, runSampleJob, SILENT_LOGGER } from '../../../src/server/jobs';
import type { JobContext, SampleReport } from '../../../src/server/jobs';
import { generateSmall } from '../sample/small-dataset';
import { TINY_DEFAULTS, TINY_TODAY, writeTinyDataset } from './tiny-dataset';

function context(overrides: Partial<JobContext> = {}): JobContext {
  return { signal: new AbortController().signal, progress: () => undefined, log: SILENT_LOGGER, ...overrides };
}

const segment = (report: SampleReport, keys: Record<string, string>) =>
  [...report.vmc.contacts, ...report.vmc.accounts].find((s) => JSON.stringify(s.keys) === JSON.stringify(keys));

describe('runSampleJob on a generated dataset', () => {
  it('counts the rows of every file and reports each deliberate bad row at its line', async () => {
    const summary = await generateSmall();
    const report = await runSampleJob({ dir: summary.options.out, today: '2026-07-01' }, context());
    for (const file of report.files) {
      expect(file.rows).toBe(summary.rows[file.file]);
      expect(file.rejected).toBe(summary.badRows.filter((b) => b.file === file.file).length);
      expect(file.valid + file.rejected).toBe(file.rows);
    }
    expect(report.issues.map((i) => [i.file, i.line, i.attribute]).sort()).toEqual(summary.badRows.map((b) => [b.file, b.line, b.attribute]).sort());
  });

  it('computes a VMC for every valid contact and account', async () => {
    const summary = await generateSmall();
    const report = await runSampleJob({ dir: summary.options.out, today: '2026-07-01' }, context());
    const valid = (file: string) => report.files.find((f) => f.file === file)?.valid;
    expect(report.vmc.contacts.reduce((n, s) => n + s.count, 0)).toBe(valid('contacts.csv'));
    expect(report.vmc.accounts.reduce((n, s) => n + s.count, 0)).toBe(valid('accounts.csv'));
    for (const s of [...report.vmc.contacts, ...report.vmc.accounts]) {
      expect(s.historyShare).toBeGreaterThanOrEqual(0);
      expect(s.historyShare).toBeLessThanOrEqual(1);
      expect(s.vmcNette.mean).toBeLessThan(s.vmcBrute.mean);
    }
    // Customers have purchase history, suspects never do.
    expect(segment(report, { customerKind: 'PARTICULIER', lifecycleStage: 'CLIENT' })?.historyShare).toBeGreaterThan(0.5);
    expect(segment(report, { customerKind: 'PARTICULIER', lifecycleStage: 'SUSPECT' })?.fromHistory).toBe(0);
  });

  it('scores every valid contact, lead and account, and every grade count adds up', async () => {
    const summary = await generateSmall();
    const report = await runSampleJob({ dir: summary.options.out, today: '2026-07-01' }, context());
    const valid = (file: string) => report.files.find((f) => f.file === file)?.valid ?? 0;
    const { scoring } = report;
    expect(scoring.perType).toEqual({ Contact: valid('contacts.csv'), Lead: valid('leads.csv'), Account: valid('accounts.csv') });
    expect(scoring.scored).toBe(valid('contacts.csv') + valid('leads.csv') + valid('accounts.csv'));
    expect(Object.values(scoring.grades).reduce((n, c) => n + c, 0)).toBe(scoring.scored);
    expect(scoring.topReasons.length).toBeGreaterThan(0);
  });

  it('reports progress for each file', async () => {
    const summary = await generateSmall();
    const progress = vi.fn();
    await runSampleJob({ dir: summary.options.out, today: '2026-07-01' }, context({ progress }));
    const steps = new Set(progress.mock.calls.map(([p]) => (p as { step: string }).step));
    expect([...steps]).toEqual(['opportunities.csv', 'accounts.csv', 'contacts.csv', 'leads.csv', 'vehicles.csv']);
  });
});

describe('runSampleJob VMC figures', () => {
  it('match a hand computation of the course formula', async () => {
    const dir = await writeTinyDataset();
    const report = await runSampleJob({ dir, today: TINY_TODAY, defaults: TINY_DEFAULTS }, context());
    // c1: 2 purchases of 10 000 € over 4 years → f = 0.5, m = 10 000: brute = 5 000 + 10 000 × 0.6 × 5 = 35 000,
    //     nette = 35 000 − 15 / 0.02 = 34 250. c2 (only a lost opportunity) → defaults: 3 600 + 9 000 = 12 600, nette 11 850.
    expect(segment(report, { customerKind: 'PARTICULIER', lifecycleStage: 'CLIENT' })).toMatchObject({
      count: 2, vmcBrute: { mean: 23_800, median: 23_800 }, vmcNette: { mean: 23_050, median: 23_050 }, fromHistory: 1, historyShare: 0.5,
    });
    // Professional defaults: 4 × 8 000 + 8 000 × 0.7 × 3 = 48 800; cost 60 / 0.05 = 1 200 → 47 600.
    expect(segment(report, { customerKind: 'PROFESSIONNEL', lifecycleStage: 'PROSPECT' })).toMatchObject({
      count: 1, vmcBrute: { mean: 48_800 }, vmcNette: { mean: 47_600 }, fromHistory: 0,
    });
    // a1: one purchase of 10 000 € over 4 years → f = 0.25: 2 500 + 10 000 × 0.7 × 3 = 23 500, nette 22 300.
    expect(segment(report, { companyType: 'PME' })).toMatchObject({ count: 1, vmcBrute: { mean: 23_500 }, vmcNette: { mean: 22_300 }, historyShare: 1 });
    expect(segment(report, { companyType: 'ARTISAN' })).toMatchObject({ count: 1, vmcBrute: { mean: 48_800 }, historyShare: 0 });
  });

  it('orders contact segments by customer kind, then funnel stage', async () => {
    const dir = await writeTinyDataset();
    const report = await runSampleJob({ dir, today: TINY_TODAY, defaults: TINY_DEFAULTS }, context());
    expect(report.vmc.contacts.map((s) => s.keys.lifecycleStage)).toEqual(['CLIENT', 'PROSPECT']);
    expect(report.files.find((f) => f.file === 'contacts.csv')).toMatchObject({ rows: 4, valid: 3, rejected: 1 });
  });
});

describe('runSampleJob failures', () => {
  it('rejects a missing directory with a typed error', async () => {
    const error = await runSampleJob({ dir: '/nonexistent/autocible', today: TINY_TODAY }, context()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetDirectoryError);
    expect(error).toMatchObject({ dir: '/nonexistent/autocible', reason: 'missing' });
  });

  it('rejects a path that is a file', async () => {
    const dir = await writeTinyDataset();
    await expect(runSampleJob({ dir: join(dir, 'leads.csv'), today: TINY_TODAY }, context())).rejects.toMatchObject({ reason: 'notADirectory' });
  });

  it('rejects a dataset with a missing file before reading anything', async () => {
    const dir = await writeTinyDataset();
    await rm(join(dir, 'vehicles.csv'));
    const progress = vi.fn();
    const error = await runSampleJob({ dir, today: TINY_TODAY }, context({ progress })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvFileError);
    expect(error).toMatchObject({ file: 'vehicles.csv', reason: 'missing' });
    expect(progress).not.toHaveBeenCalled();
  });

  it('rejects an unusable header with a typed error naming the file', async () => {
    const dir = await writeTinyDataset();
    await writeFile(join(dir, 'accounts.csv'), 'id,Pointure\na1,42\n');
    const error = await runSampleJob({ dir, today: TINY_TODAY }, context()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvHeaderError);
    expect(error).toMatchObject({ file: 'accounts.csv', problems: { missingRequired: ['name'] } });
  });

  it('stops when its signal is aborted', async () => {
    const summary = await generateSmall();
    const controller = new AbortController();
    controller.abort();
    await expect(runSampleJob({ dir: summary.options.out, today: TINY_TODAY }, context({ signal: controller.signal }))).rejects.toThrow();
  });
});
