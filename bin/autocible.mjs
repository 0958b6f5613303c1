#!/usr/bin/env node
// Entry point of the `autocible` command. In a source checkout it runs the TypeScript
// directly through tsx (a runtime dependency), so it works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
// `autocible … --json | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import('../src/server/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
