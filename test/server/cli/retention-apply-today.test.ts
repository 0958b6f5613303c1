/**
 * `retention apply --yes` refuses a `--today` after the dealership's day (a review showed it would erase people before
 * their deadline and date the opposition list in the future); a dry run may look ahead.
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dealerToday } from '../../../src/server/cli/commands/dealer-day';
import { retentionCommand } from '../../../src/server/cli/commands/retention';
import { useMswServer } from '../../msw/server';
import { runCli } from '../jobs/retention/cli-run';
import { JOB_USER, restHarness } from '../jobs/retention/harness';

const server = useMswServer();
const FUTURE = '2999-01-01';

async function setup() {
  const harness = restHarness(server);
  const cwd = await mkdtemp(join(tmpdir(), 'autocible-cwd-'));
  return { harness, cwd, env: { ESPO_URL: harness.fake.baseUrl, ESPO_API_KEY: JOB_USER.apiKey } };
}

describe('retention apply --yes --today', () => {
  it.each([
    ['en', `--today ${FUTURE} is after today (`, '): retention apply --yes never anonymises anyone before their deadline (without --yes, the dry run accepts a future date).'],
    ['fr', `--today ${FUTURE} est après aujourd’hui (`, ') : retention apply --yes n’anonymise personne avant son échéance (sans --yes, la simulation accepte une date future).'],
  ] as const)('refuses a day after the dealership\'s today with exit code 2 and one line (%s), touching nothing', async (lang, start, end) => {
    const { harness, cwd, env } = await setup();
    const run = await runCli(retentionCommand, ['retention', 'apply', '--yes', '--today', FUTURE], { env, cwd, lang });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(`${start}${dealerToday({ env, cwd })}${end}\n`);
    expect(run.stdout).toBe('');
    expect(harness.fake.requests).toEqual([]);
    expect(existsSync(join(cwd, '.autocible'))).toBe(false);
  });

  it('accepts the dealership\'s today itself', async () => {
    const { harness, cwd, env } = await setup();
    const today = dealerToday({ env, cwd });
    const run = await runCli(retentionCommand, ['retention', 'apply', '--yes', '--json', '--today', today], { env, cwd });
    expect(run.exitCode).toBe(0);
    expect(harness.erases().length).toBeGreaterThan(0);
  });

  it('lets a dry run look ahead', async () => {
    const { harness, cwd, env } = await setup();
    const run = await runCli(retentionCommand, ['retention', 'apply', '--today', FUTURE], { env, cwd });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(`as of ${FUTURE}`);
    expect(harness.writeCount()).toBe(0);
  });
});
