#!/usr/bin/env node
// Entry point of the `autocible` command. It runs the CLI from an esbuild bundle of src/server/cli/main.ts, built
// on first use into node_modules/.cache/autocible/ and rebuilt when a source changed (see cli-bundle.mjs), so it
// works right after `npm ci` with no build step, in about half the memory of running the TypeScript through tsx.
import { fileURLToPath, pathToFileURL, URL } from 'node:url';
import { BundleBuildError, ensureBundle } from './cli-bundle.mjs';

let bundle;
try {
  bundle = await ensureBundle({ root: fileURLToPath(new URL('..', import.meta.url)) });
} catch (error) {
  if (!(error instanceof BundleBuildError)) throw error;
  process.stderr.write(error.report);
  process.exit(1);
}
// `autocible … --json | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import(pathToFileURL(bundle.path).href);
process.exitCode = await main(process.argv.slice(2));
