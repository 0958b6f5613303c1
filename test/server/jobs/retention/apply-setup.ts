/** A real (or dry) apply run on a harness, with its audit log and opposition list in a temp directory. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { oppositionKeys } from '../../../../src/core/consent';
import { AuditLog, installationHash, readJournal } from '../../../../src/server/audit';
import { runRetentionApply } from '../../../../src/server/jobs/retention';
import type { ApplyHooks, RetentionApplyReport } from '../../../../src/server/jobs/retention';
import { OppositionList } from '../../../../src/server/opposition';
import { jobContext } from './context';
import type { Harness } from './harness';
import { TODAY } from './population';

export const SALT = 'a'.repeat(64);
export const HASH = installationHash(SALT);

export interface ApplyFiles {
  readonly dir: string;
  readonly audit: string;
  readonly opposition: string;
}

export async function applyFiles(): Promise<ApplyFiles> {
  const dir = await mkdtemp(join(tmpdir(), 'autocible-apply-'));
  return { dir, audit: join(dir, 'audit.jsonl'), opposition: join(dir, 'opposition.jsonl') };
}

export interface ApplyOptions {
  readonly dryRun?: boolean;
  readonly limit?: number;
  readonly hooks?: ApplyHooks;
  readonly runId?: string;
  readonly signal?: AbortSignal;
}

/** One run, as the CLI does it: open the files, run, close them even when the run dies. */
export async function applyOnce(harness: Harness, files: ApplyFiles, options: ApplyOptions = {}): Promise<RetentionApplyReport> {
  const base = {
    gateway: harness.gateway, today: TODAY, hash: HASH, actor: { apiUserId: 'job-user', osUser: 'tester' },
    runId: options.runId ?? 'run-1', now: () => new Date('2026-06-30T08:00:00Z'),
    ...(options.limit === undefined ? {} : { limit: options.limit }), ...(options.hooks === undefined ? {} : { hooks: options.hooks }),
  };
  if (options.dryRun === true) return runRetentionApply({ ...base, journal: await readJournal(files.audit) }, jobContext(true, options.signal));
  const audit = await AuditLog.open(files.audit);
  const opposition = await OppositionList.load(files.opposition);
  try {
    return await runRetentionApply({ ...base, writers: { audit, opposition } }, jobContext(false, options.signal));
  } finally {
    await audit.close();
    await opposition.close();
  }
}

/** Whether the opposition list of `files` holds any key of these identifiers. */
export async function opposed(files: ApplyFiles, identifiers: { emails?: string[]; phones?: string[] }): Promise<boolean> {
  const list = await OppositionList.load(files.opposition);
  try {
    return list.isOpposed(oppositionKeys(identifiers, HASH));
  } finally {
    await list.close();
  }
}
