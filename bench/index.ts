// `npm run bench`: speed and memory figures with their goals, printed, never asserted.
// Each suite runs in a process of its own: peak memory is a figure of the whole process, and a suite's
// heap (a million fact vectors…) would otherwise weigh on the next suite's figures.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SUITES: Readonly<Record<string, string>> = {
  'espo-client': 'espo-client.bench.ts',
  scoring: 'scoring.bench.ts',
  'score-e2e': 'score-e2e.bench.ts',
  csv: 'csv.bench.ts',
};

const only = process.argv.slice(2);
const unknown = only.filter((name) => !(name in SUITES));
if (unknown.length > 0) {
  process.stderr.write(`Unknown suite: ${unknown.join(', ')}. Suites: ${Object.keys(SUITES).join(', ')}\n`);
  process.exit(2);
}
let failed = 0;
for (const [name, file] of Object.entries(SUITES)) {
  if (only.length > 0 && !only.includes(name)) continue;
  process.stdout.write(`\n== ${name} ==\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(file, import.meta.url))], { stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}
process.exitCode = failed > 0 ? 1 : 0;
