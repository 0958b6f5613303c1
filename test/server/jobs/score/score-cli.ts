/** Runs `autocible score` the way `main` does, with captured streams and exit code, and a small CSV folder. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Command } from 'commander';
import { scoreCommand } from '../../../../src/server/cli/commands/score';
import type { CliContext } from '../../../../src/server/cli/context';
import { sink } from '../../../support/streams';
import { ID, tempDir } from './fixtures';

export interface ScoreRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export async function runScore(args: readonly string[], setup: { cwd: string; lang?: 'fr' | 'en'; now?: Date; isTty?: boolean }): Promise<ScoreRun> {
  const out: string[] = [];
  const err: string[] = [];
  let exitCode = -1;
  const ctx: CliContext = {
    lang: setup.lang ?? 'en', stdout: sink(out), stderr: sink(err), env: {}, cwd: setup.cwd, isTty: setup.isTty ?? false,
    setExitCode: (code) => {
      exitCode = code;
    },
  };
  const now = () => setup.now ?? new Date('2025-03-15T08:30:00Z');
  await new Command('autocible').exitOverride().addCommand(scoreCommand(ctx, { now })).parseAsync(['score', ...args], { from: 'user' });
  return { stdout: out.join(''), stderr: err.join(''), exitCode };
}

export const SCORE_CSV: Readonly<Record<'contacts.csv' | 'leads.csv' | 'accounts.csv' | 'vehicles.csv', readonly string[]>> = {
  'contacts.csv': [
    'id,lastName,accountId,autoCibleCustomerKind,autoCibleLifecycleStage,autoCibleRole',
    `${ID.lease},Martin,,PARTICULIER,CLIENT,`,
    `${ID.driver},Petit,${ID.fleet},,,RESP_PARC`,
  ],
  'leads.csv': ['id,lastName,autoCibleCustomerKind', `${ID.lead},Roux,PARTICULIER`],
  'accounts.csv': ['id,name,autoCibleFleetSize,autoCibleCompanyType', `${ID.fleet},Transports Martin,18,PME`],
  'vehicles.csv': [
    'id,name,contactId,accountId,category,mecDate,mileage,financingMode,financingEndDate',
    `${ID.leaseCar},Peugeot 308,${ID.lease},,VP,2020-06-01,120000,LLD,2025-05-20`,
    `${ID.fleetCar},Renault Master,${ID.driver},${ID.fleet},VUL,2021-05-03,,LLD,2025-05-12`,
  ],
};

/** A CSV folder with the given files of `SCORE_CSV` (all by default), `lines` replacing some. */
export async function scoreCsvDir(files: readonly (keyof typeof SCORE_CSV)[] = Object.keys(SCORE_CSV) as (keyof typeof SCORE_CSV)[], lines: Partial<typeof SCORE_CSV> = {}): Promise<string> {
  const dir = await tempDir();
  for (const file of files) await writeFile(join(dir, file), `${(lines[file] ?? SCORE_CSV[file]).join('\n')}\n`);
  return dir;
}
