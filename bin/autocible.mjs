#!/usr/bin/env node
// Entry point of the `autocible` command. In a source checkout it runs the TypeScript
// directly through tsx (a runtime dependency), so it works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/server/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
