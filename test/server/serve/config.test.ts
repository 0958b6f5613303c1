import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/server/config';
import { dayIn, loadServeConfig } from '../../../src/server/serve';
import { tempDir } from '../jobs/score/fixtures';

describe('serve configuration', () => {
  it('binds to 127.0.0.1 and schedules a nightly full and an hourly incremental run by default', async () => {
    const config = loadServeConfig({ env: {}, cwd: await tempDir() });
    expect(config).toMatchObject({ host: '127.0.0.1', port: 8787, debounceMs: 2000, timezone: 'Europe/Paris' });
    expect(config.schedules.map((s) => s.mode)).toEqual(['full', 'incremental']);
  });

  it('reads the serve object of the configuration file, with environment overrides', async () => {
    const cwd = await tempDir();
    await writeFile(join(cwd, 'autocible.config.json'), JSON.stringify({ espo: {}, serve: { port: 9000, schedules: [{ cron: '0 4 * * 1-5', mode: 'full' }] } }));
    const config = loadServeConfig({ env: { AUTOCIBLE_SERVE_PORT: '9100' }, cwd });
    expect(config).toMatchObject({ port: 9100, schedules: [{ cron: '0 4 * * 1-5', mode: 'full' }] });
  });

  it('names each bad setting: a cron expression, a time zone, a port', async () => {
    const cwd = await tempDir();
    const path = join(cwd, 'custom.json');
    await writeFile(path, JSON.stringify({ serve: { schedules: [{ cron: 'every night', mode: 'full' }], timezone: 'Mars/Olympus' } }));
    const error = (() => {
      try {
        loadServeConfig({ env: { AUTOCIBLE_SERVE_PORT: 'eighty' }, cwd, configPath: 'custom.json' });
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.variable).sort()).toEqual(
      ['AUTOCIBLE_SERVE_PORT', `${path}#serve.schedules.0.cron`, `${path}#serve.timezone`].sort());
  });

  it('takes "today" in the dealership time zone', () => {
    expect(dayIn('Europe/Paris', new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
    expect(dayIn('UTC', new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-01');
  });
});
