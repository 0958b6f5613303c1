// `npm run bench`: speed and memory figures with their goals, printed, never asserted.
import { runCsvBench } from './csv.bench';
import { runEspoClientBench } from './espo-client.bench';
import { runScoreE2eBench } from './score-e2e.bench';
import { runScoringBench } from './scoring.bench';

const suites: Record<string, () => Promise<void>> = {
  'espo-client': runEspoClientBench,
  scoring: runScoringBench,
  'score-e2e': runScoreE2eBench,
  csv: runCsvBench,
};

const only = process.argv.slice(2);
for (const [name, run] of Object.entries(suites)) {
  if (only.length > 0 && !only.includes(name)) continue;
  process.stdout.write(`\n== ${name} ==\n`);
  await run();
}
