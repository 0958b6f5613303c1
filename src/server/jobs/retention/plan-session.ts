/**
 * `retention plan --write` on EspoCRM as the CLI runs it: under the run lock of `retention apply` (`apply.lock`
 * of the state directory), so that it never writes the status it computed from a record read before an erase
 * over the `ANONYMISED` that `apply` writes last. A plan that writes nothing takes no lock.
 */
import { acquireRunLock } from '../../audit/run-lock';
import type { RgpdJobContext } from './job-context';
import type { RetentionPlanInput, RetentionPlanReport } from './plan-job';
import { runRetentionPlan } from './plan-job';

/** `lockDir`: the state directory whose lock a writing plan takes; null for a plan that writes to no EspoCRM. */
export async function runPlanSession(input: RetentionPlanInput, ctx: RgpdJobContext, lockDir: string | null): Promise<RetentionPlanReport> {
  if (ctx.dryRun || lockDir === null) return runRetentionPlan(input, ctx);
  const lock = await acquireRunLock(lockDir);
  try {
    return await runRetentionPlan(input, ctx);
  } finally {
    await lock.release();
  }
}
