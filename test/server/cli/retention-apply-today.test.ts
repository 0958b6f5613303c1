/**
 * `retention apply --yes` and `retention plan --write` refuse a `--today` after the dealership's day: apply would
 * erase people before their deadline and date the opposition list in the future (a review showed it), plan would
 * write deadlines and statuses not reached yet on the records. A dry run may look ahead.
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

describe('retention plan --write --today', () => {
  it.each([
    ['en', `--today ${FUTURE} is after today (`, '): retention plan --write would write on the records deadlines and statuses not reached yet (without --write, the plan accepts a future date).'],
    ['fr', `--today ${FUTURE} est après aujourd’hui (`, ') : retention plan --write écrirait sur les fiches des échéances et des statuts pas encore atteints (sans --write, le plan accepte une date future).'],
  ] as const)('refuses a day after the dealership\'s today with exit code 2 and one line (%s), touching nothing', async (lang, start, end) => {
    const { harness, cwd, env } = await setup();
    const run = await runCli(retentionCommand, ['retention', 'plan', '--write', '--today', FUTURE], { env, cwd, lang });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(`${start}${dealerToday({ env, cwd })}${end}\n`);
    expect(run.stdout).toBe('');
    expect(harness.fake.requests).toEqual([]);
  });

  it('lets a plan that writes nothing look ahead', async () => {
    const { harness, cwd, env } = await setup();
    const run = await runCli(retentionCommand, ['retention', 'plan', '--today', FUTURE], { env, cwd });
    expect(run.exitCode).toBe(0);
    expect(harness.writeCount()).toBe(0);
  });
});
