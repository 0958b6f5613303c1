import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dealerTimeZone, midnightIn } from '../../../src/server/cli/commands/dealer-day';
import { tempDir } from '../jobs/score/fixtures';
import { runScore, scoreCsvDir } from '../jobs/score/score-cli';

describe('the dealership’s calendar', () => {
  it('starts a day at midnight in its time zone, daylight saving included', () => {
    expect(midnightIn('Europe/Paris', '2026-06-01').toISOString()).toBe('2026-05-31T22:00:00.000Z');
    expect(midnightIn('Europe/Paris', '2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    // Clocks go forward at 02:00 on 2026-03-29: that day still starts in winter time, it ends in summer time.
    expect(midnightIn('Europe/Paris', '2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(midnightIn('Europe/Paris', '2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(midnightIn('America/Cayenne', '2026-06-01').toISOString()).toBe('2026-06-01T03:00:00.000Z');
    expect(midnightIn('UTC', '2026-06-01').toISOString()).toBe('2026-06-01T00:00:00.000Z');
  });

  it('is serve.timezone of the configuration file, else Europe/Paris', async () => {
    const cwd = await tempDir();
    expect(dealerTimeZone({ env: {}, cwd })).toBe('Europe/Paris');
    await writeFile(join(cwd, 'autocible.config.json'), JSON.stringify({ serve: { timezone: 'Indian/Reunion' } }));
    expect(dealerTimeZone({ env: {}, cwd })).toBe('Indian/Reunion');
    await writeFile(join(cwd, 'autocible.config.json'), JSON.stringify({ serve: { timezone: 'Mars/Olympus' } }));
    expect(dealerTimeZone({ env: {}, cwd })).toBe('Europe/Paris');
  });

  it('gives score its "today": 01:30 in Paris on 1 July is 1 July, whatever the machine’s zone', async () => {
    const run = await runScore(['--dir', await scoreCsvDir(), '--dry-run', '--json'], { cwd: await tempDir(), now: new Date('2026-06-30T23:30:00Z') });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toContain('2026-07-01');
    expect(run.stderr).not.toContain('2026-06-30');
  });
});
