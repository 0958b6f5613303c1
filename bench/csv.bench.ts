/**
 * CSV throughput: generates a dataset with 1M contacts (plus their vehicles and purchases) into a
 * temp dir, then streams contacts.csv through the validating reader. Prints rows/s and the peak
 * resident memory after each phase; no assertions (timings vary by machine).
 * `AUTOCIBLE_BENCH_CONTACTS=50000 npx tsx bench/csv.bench.ts` runs a smaller one.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entitySpec, readCsv } from '../src/server/csv';
import { DEFAULT_SAMPLE_OPTIONS, generateSample } from '../src/server/sample';

const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
const rate = (rows: number, ms: number): string => `${Math.round((rows / ms) * 1000).toLocaleString('en-GB')} rows/s`;

export async function runCsvBench(): Promise<void> {
  const contacts = Number(process.env.AUTOCIBLE_BENCH_CONTACTS ?? 1_000_000);
  const out = await mkdtemp(join(tmpdir(), 'autocible-csv-bench-'));
  try {
    let started = performance.now();
    const summary = await generateSample({ ...DEFAULT_SAMPLE_OPTIONS, out, contacts, readme: false });
    const written = Object.values(summary.rows).reduce((a, b) => a + b, 0);
    const genMs = performance.now() - started;
    process.stdout.write(`csv: generated ${written.toLocaleString('en-GB')} rows (${contacts.toLocaleString('en-GB')} contacts) in ${(genMs / 1000).toFixed(1)} s, ${rate(written, genMs)}, peak RSS ${peakRssMb()} MB\n`);

    started = performance.now();
    let valid = 0;
    let rejected = 0;
    for await (const item of readCsv(join(out, 'contacts.csv'), entitySpec('Contact'))) {
      if (item.type === 'record') valid += 1;
      else if (item.type === 'rejected') rejected += 1;
    }
    const readMs = performance.now() - started;
    process.stdout.write(`csv: read and validated ${(valid + rejected).toLocaleString('en-GB')} contacts (${rejected} rejected) in ${(readMs / 1000).toFixed(1)} s, ${rate(valid + rejected, readMs)}, peak RSS ${peakRssMb()} MB\n`);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runCsvBench().catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  });
}
