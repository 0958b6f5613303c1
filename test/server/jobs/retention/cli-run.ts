/** Runs one RGPD command the way `main` does, with captured streams and exit code. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sink } from '../../../support/streams';
import type { Command } from 'commander';
import { Command as Program } from 'commander';
import type { CliContext } from '../../../../src/server/cli/context';

export interface CliRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export interface RunOptions {
  readonly lang?: 'fr' | 'en';
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** Give the program its global `--lang` option, as `main` does. */
  readonly programLang?: boolean;
}

export async function runCli(build: (ctx: CliContext) => Command, args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  let exitCode = 0;
  const ctx: CliContext = {
    lang: options.lang ?? 'en', stdout: sink(out), stderr: sink(err), env: options.env ?? {}, cwd: options.cwd ?? await mkdtemp(join(tmpdir(), 'autocible-cwd-')),
    isTty: false, setExitCode: (code) => {
      exitCode = code;
    },
  };
  const program = new Program('autocible').exitOverride();
  if (options.programLang === true) program.option('--lang <lang>', 'language of messages', ctx.lang);
  await program.addCommand(build(ctx)).parseAsync([...args], { from: 'user' });
  return { stdout: out.join(''), stderr: err.join(''), exitCode };
}

/**
 * A dataset directory in the sample's CSV format: an expired prospect, a recent one, an undated lead
 * (review) and a customer whose vehicle financing still runs.
 */
export async function writeRgpdDataset(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'autocible-rgpd-'));
  const files: Readonly<Record<string, string>> = {
    'accounts.csv': 'id,name',
    'contacts.csv': [
      'id,firstName,lastName,emailAddress,createdAt,autoCibleLifecycleStage,autoCibleCustomerKind,autoCibleConsentEmailStatus,autoCibleConsentEmailDate,autoCibleConsentEmailSource,autoCibleConsentEmailProof',
      'c0000000000000001,Eric,Ancien,eric.ancien@exemple.fr,2020-01-10 09:00:00,PROSPECT,PARTICULIER,OPT_IN,2020-01-10,FORMULAIRE,Case cochée v1',
      'c0000000000000002,Lina,Recente,lina.recente@exemple.fr,2026-01-10 09:00:00,PROSPECT,PARTICULIER,OPT_OUT,2026-02-01,EMAIL,',
      'c0000000000000003,Marc,Client,marc.client@exemple.fr,2019-01-10 09:00:00,CLIENT,PARTICULIER,,,,',
    ].join('\n'),
    'leads.csv': 'id,lastName\nl0000000000000001,Sansdate',
    'vehicles.csv': 'id,name,brand,model,contactId,financingEndDate\nv0000000000000001,Peugeot 208 AA-123-BB,PEUGEOT,208,c0000000000000003,2027-06-01',
    'opportunities.csv': 'id,name,contactId,stage,amount,closeDate',
  };
  for (const [file, text] of Object.entries(files)) await writeFile(join(dir, file), `${text}\n`, 'utf8');
  return dir;
}
