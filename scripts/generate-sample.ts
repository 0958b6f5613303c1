/**
 * Generates the sample dataset. Defaults write the bundled `samples/` (≈ 2 000 accounts, 5 000
 * contacts and leads, 8 000 vehicles); sizes scale for benchmarks:
 *   tsx scripts/generate-sample.ts --out samples/bench --contacts 1000000
 *   tsx scripts/generate-sample.ts --out /tmp/small --scale 0.05
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SAMPLE_OPTIONS, generateSample, scaledSizes } from '../src/server/sample';
import type { SampleOptions } from '../src/server/sample';

const USAGE = `Usage: tsx scripts/generate-sample.ts [--out DIR] [--seed N] [--as-of YYYY-MM-DD]
  [--scale F] [--accounts N] [--contacts N] [--leads N] [--no-readme]`;

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`--${name} must be a whole number ≥ 0, got "${value}"\n${USAGE}`);
  return n;
}

export function parseGenerateArgs(argv: readonly string[], repoRoot: string): SampleOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      out: { type: 'string' }, seed: { type: 'string' }, 'as-of': { type: 'string' }, scale: { type: 'string' },
      accounts: { type: 'string' }, contacts: { type: 'string' }, leads: { type: 'string' }, 'no-readme': { type: 'boolean' },
    },
  });
  const scale = values.scale === undefined ? 1 : Number(values.scale);
  if (!(scale > 0)) throw new RangeError(`--scale must be a positive number, got "${values.scale}"\n${USAGE}`);
  const sizes = scaledSizes(scale);
  const asOf = values['as-of'] ?? DEFAULT_SAMPLE_OPTIONS.asOf;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new RangeError(`--as-of must be YYYY-MM-DD, got "${asOf}"\n${USAGE}`);
  return {
    out: resolve(values.out ?? resolve(repoRoot, 'samples')),
    seed: integer('seed', values.seed, DEFAULT_SAMPLE_OPTIONS.seed),
    asOf,
    accounts: integer('accounts', values.accounts, sizes.accounts),
    contacts: integer('contacts', values.contacts, sizes.contacts),
    leads: integer('leads', values.leads, sizes.leads),
    readme: values['no-readme'] !== true,
  };
}

async function run(): Promise<void> {
  const options = parseGenerateArgs(process.argv.slice(2), fileURLToPath(new URL('..', import.meta.url)));
  const started = performance.now();
  const summary = await generateSample(options);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const counts = Object.entries(summary.rows).map(([file, n]) => `${file} ${n}`).join(', ');
  process.stdout.write(`Wrote ${options.out} in ${seconds} s: ${counts}; ${summary.badRows.length} deliberate bad rows.\n`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
