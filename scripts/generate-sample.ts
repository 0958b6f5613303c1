/**
 * Generates the sample dataset (`npm run sample:generate -- --help` for the options). Defaults write the bundled
 * `samples/` (≈ 2 000 accounts, 5 000 contacts and leads, 8 000 vehicles); sizes scale for benchmarks:
 *   tsx scripts/generate-sample.ts --out samples/bench --contacts 1000000
 *   tsx scripts/generate-sample.ts --out /tmp/small --scale 0.05
 * The command line itself is src/server/cli/sample-generate.ts.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runGenerateSample } from '../src/server/cli/sample-generate';

export { parseGenerateArgs } from '../src/server/cli/sample-generate-args';

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const io = { stdout: process.stdout, stderr: process.stderr, env: process.env, repoRoot: fileURLToPath(new URL('..', import.meta.url)) };
  void runGenerateSample(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
