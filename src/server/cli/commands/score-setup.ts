/**
 * Where a `score` run reads and writes: EspoCRM when connection settings are present, else a CSV directory
 * (`--dir`, the bundled samples/ by default) or a JSONL file (`--input`), and the `--out` file.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import type { AxiosInstance } from 'axios';
import { AutoCibleError } from '../../../core/errors';
import type { ScoreSource, ScoreTarget } from '../../jobs/score';
// The job's own modules, not its index: the index also exports the EspoCRM connection, whose REST client
// (axios) an offline run does without; `setupRun` imports it for an online run only (issue 4).
import { hasConnectionSettings } from '../../jobs/score/connection-settings';
import { CsvDirReader, JsonlReader } from '../../jobs/score/file-rows';
import type { RowReader } from '../../jobs/score/file-rows';
import { FileSource } from '../../jobs/score/file-source';
import { jsonlHeadProblem } from '../../jobs/score/jsonl-head';
import type { CliContext } from '../context';
import { SCORE_FILE_MESSAGES } from './score-file-messages';
import { missingScoreInputs } from './score-inputs';
import type { ScoreMessages } from './score-messages';
import { OutFile } from './score-out';
import type { OutFileError } from './score-out';
import { BUNDLED_SAMPLES_DIR } from './samples-dir';

export class UsageError extends Error {}

/**
 * `--input` holds no record (an empty or blank file): an error, as a `--dir` without any file is (exit code 1).
 * Its message is the user's text, in the run's language.
 */
export class EmptyInputError extends AutoCibleError {
  readonly code = 'SCORE_INPUT_EMPTY';

  constructor(readonly path: string, message: string) {
    super(message);
  }
}

export interface SetupFlags {
  readonly dir?: string;
  readonly input?: string;
  readonly offline?: boolean;
  readonly config?: string;
  readonly dryRun?: boolean;
  readonly out?: string;
}

export interface Setup {
  readonly source: ScoreSource;
  readonly target?: ScoreTarget;
  /** The `--out` file, open (not in a dry run). */
  readonly out?: OutFile;
  readonly where: string;
  readonly offline: boolean;
  /** Never throws: a write error of `--out` is in `out.failure`. */
  close(): Promise<void>;
}

export interface SetupOptions {
  readonly http?: AxiosInstance;
  /** Hears of a write error of `--out` during the run (to stop it). */
  readonly onOutFailure: (error: OutFileError) => void;
}

/** A warning line on stderr, after the progress line if one is shown. */
export function warn(ctx: CliContext, text: string): void {
  ctx.stderr.write(`${ctx.isTty ? '\r\x1b[K' : ''}${text}\n`);
}

/** The CSV directory's reader, after one warning per missing file (none at all: `NoScoreInputError`). */
async function csvDirReader(ctx: CliContext, dir: string): Promise<RowReader> {
  const t = SCORE_FILE_MESSAGES[ctx.lang];
  const reader = new CsvDirReader(dir, {
    onWarning: (issue) => {
      if (issue.code === 'unknownColumn' && issue.column !== null) warn(ctx, t.unknownColumn(issue.file, issue.column));
    },
  });
  await reader.check();
  for (const type of await missingScoreInputs(dir)) warn(ctx, t.missingInput[type]);
  return reader;
}

/**
 * The JSONL file's reader, once it is known to exist and to be neither a CSV file (a usage error: `--dir` reads
 * those) nor empty (`EmptyInputError`).
 */
async function jsonlReader(ctx: CliContext, path: string): Promise<RowReader> {
  const t = SCORE_FILE_MESSAGES[ctx.lang];
  const reader = new JsonlReader(path);
  await reader.check();
  const problem = await jsonlHeadProblem(path);
  if (problem === 'csv') throw new UsageError(t.csvInput(path, dirname(path)));
  if (problem === 'empty') throw new EmptyInputError(path, t.emptyInput(path));
  return reader;
}

export async function setupRun(ctx: CliContext, flags: SetupFlags, options: SetupOptions, t: ScoreMessages): Promise<Setup> {
  const abs = (path: string): string => (isAbsolute(path) ? path : resolve(ctx.cwd, path));
  if (flags.input !== undefined && flags.dir !== undefined) throw new UsageError(t.errors.inputAndDir);
  const offline = flags.offline === true || flags.input !== undefined || flags.dir !== undefined
    || !hasConnectionSettings({ env: ctx.env, cwd: ctx.cwd, configPath: flags.config });
  if (!offline) {
    if (flags.out !== undefined) throw new UsageError(t.errors.outOnline);
    const [{ connectEspo }, { GatewaySource }] = await Promise.all([import('../../jobs/score/connect'), import('../../jobs/score/gateway-source')]);
    const espo = connectEspo({ env: ctx.env, cwd: ctx.cwd, configPath: flags.config, http: options.http });
    return { source: new GatewaySource(espo.gateway, espo.key), target: espo.gateway, where: t.espo(espo.label), offline: false, close: async () => undefined };
  }
  const path = abs(flags.input ?? flags.dir ?? BUNDLED_SAMPLES_DIR);
  const reader = flags.input === undefined ? await csvDirReader(ctx, path) : await jsonlReader(ctx, path);
  // Opened once the input is known good, so that a bad --dir or --input leaves no empty file behind.
  const out = flags.out === undefined || flags.dryRun === true ? undefined : await OutFile.open(abs(flags.out), options.onOutFailure);
  const source = new FileSource(reader);
  return { source, ...(out ? { target: out, out } : {}), where: t.files(path), offline: true, close: async () => out?.close() };
}
