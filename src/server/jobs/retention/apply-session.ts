/**
 * One `retention apply` as the CLI runs it: the run lock, the installation salt, the audit log and the
 * opposition list around the job, with a `runStarted`/`runFinished` entry (counts, rule version, run date:
 * the immutable sweep log of domain.md §2.9 step 6). A dry run opens nothing for writing.
 */
import type { HashFunction } from '../../../core/consent';
import type { RetentionPolicy } from '../../../core/retention';
import { DEFAULT_RETENTION_POLICY } from '../../../core/retention';
import type { AuditActor } from '../../audit/audit-entry';
import { AuditLog, readJournal } from '../../audit/audit-log';
import { ensureInstallationSalt, installationHash, readInstallationSalt } from '../../audit/installation-hash';
import { acquireRunLock } from '../../audit/run-lock';
import type { EspoGateway } from '../../espo/gateway';
import { OppositionList } from '../../opposition/opposition-list';
import { isAbandoned } from './abandon-record';
import { runRetentionApply } from './apply-job';
import type { ApplyRecordResult, RetentionApplyReport } from './apply-types';
import type { RgpdJobContext } from './job-context';

export interface ApplySessionOptions {
  readonly gateway: EspoGateway;
  readonly today: string;
  readonly limit?: number;
  readonly policy?: RetentionPolicy;
  /** The dealership's time zone (IANA). @defaultValue 'Europe/Paris' */
  readonly timeZone?: string;
  readonly stateDir: string;
  readonly auditPath: string;
  readonly oppositionPath: string;
  readonly actor: AuditActor;
  readonly runId: string;
  readonly onResult?: (result: ApplyRecordResult) => void;
}

// A dry run computes no key: it never writes one. Any function will do; this one cannot leak anything.
const NO_HASH: HashFunction = () => '';

async function dryRun(options: ApplySessionOptions, ctx: RgpdJobContext): Promise<RetentionApplyReport> {
  const salt = await readInstallationSalt(options.stateDir);
  return runRetentionApply({
    ...jobInput(options), hash: salt === null ? NO_HASH : installationHash(salt), journal: await readJournal(options.auditPath),
  }, ctx);
}

function jobInput(options: ApplySessionOptions) {
  const { gateway, today, actor, runId } = options;
  return {
    gateway, today, actor, runId, policy: options.policy ?? DEFAULT_RETENTION_POLICY,
    ...(options.limit === undefined ? {} : { limit: options.limit }), ...(options.onResult === undefined ? {} : { onResult: options.onResult }),
    ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
  };
}

export async function runApplySession(options: ApplySessionOptions, ctx: RgpdJobContext): Promise<RetentionApplyReport> {
  if (ctx.dryRun) return dryRun(options, ctx);
  const lock = await acquireRunLock(options.stateDir);
  try {
    const hash = installationHash(await ensureInstallationSalt(options.stateDir));
    const audit = await AuditLog.open(options.auditPath);
    const opposition = await OppositionList.load(options.oppositionPath);
    const input = jobInput(options);
    const run = { v: 1, kind: 'run', runId: options.runId, actor: options.actor } as const;
    const { prospectMonths, customerMonths, repermissionDays } = input.policy;
    await audit.append({ ...run, at: new Date().toISOString(), event: 'runStarted', detail: { today: options.today, limit: options.limit ?? 0, prospectMonths, customerMonths, repermissionDays } });
    // Ctrl-C, or the lock taken over by another run (this one was suspended): either stops the run after its step.
    const stop = new AbortController();
    const forward = (signal: AbortSignal) => () => stop.abort(signal.reason);
    const onInterrupt = forward(ctx.signal);
    const onLockLost = forward(lock.lost);
    ctx.signal.addEventListener('abort', onInterrupt, { once: true });
    lock.lost.addEventListener('abort', onLockLost, { once: true });
    if (ctx.signal.aborted) onInterrupt();
    try {
      const report = await runRetentionApply({ ...input, hash, writers: { audit, opposition } }, { ...ctx, signal: stop.signal });
      // `abandoned`: among the skipped, the anonymisations an interrupted run had started, no longer due (abandon-record.ts).
      const abandoned = report.results.filter(isAbandoned).length;
      const stoppedBy = lock.lost.aborted ? 'lockLost' : report.stoppedBy ?? 'none';
      await audit.append({ ...run, at: new Date().toISOString(), event: 'runFinished', detail: { ...report.counts, abandoned, stoppedBy } });
      if (lock.lost.aborted) throw lock.lost.reason;
      return report;
    } finally {
      ctx.signal.removeEventListener('abort', onInterrupt);
      lock.lost.removeEventListener('abort', onLockLost);
      await audit.close();
      await opposition.close();
    }
  } finally {
    await lock.release();
  }
}
