/**
 * `retention plan`: the CNIL plan of every Contact and Lead as of `today` (dry run by default). Streams
 * each plan to `onPlan` and keeps only counts, so memory stays flat apart from the purchase index. With
 * `write`, stores the plan in the records' retention fields, changed fields only.
 */
import type { RetentionAction, RetentionPlan, RetentionPolicy } from '../../../core/retention';
import { DEFAULT_RETENTION_POLICY, planRetention } from '../../../core/retention';
import type { EspoGateway } from '../../espo/gateway';
import { gatherRetentionInput } from './gather';
import type { RgpdJobContext } from './job-context';
import { indexedLookups } from './lookups';
import type { PersonEntityType } from './persons';
import { isAnonymised, PERSON_ENTITY_TYPES, PLAN_SELECT } from './persons';
import { changedPlanFields } from './plan-fields';

export interface RetentionPlanInput {
  readonly gateway: EspoGateway;
  /** `YYYY-MM-DD`: the day the plan is evaluated as of. */
  readonly today: string;
  /** @defaultValue DEFAULT_RETENTION_POLICY (CNIL référentiel: 36 months, re-permission 30 days) */
  readonly policy?: RetentionPolicy;
  /** @defaultValue ['Contact', 'Lead'] */
  readonly entityTypes?: readonly PersonEntityType[];
  /** Receives each plan as soon as it is computed. */
  readonly onPlan?: (plan: RetentionPlan) => void;
}

export interface RetentionPlanReport {
  readonly today: string;
  readonly planned: number;
  readonly counts: Readonly<Record<RetentionAction, number>>;
  /** Records skipped because a previous `apply` anonymised them. */
  readonly alreadyAnonymised: number;
  /** Records whose retention fields were updated (0 in a dry run). */
  readonly written: number;
}

const PROGRESS_EVERY = 200;

export async function runRetentionPlan(input: RetentionPlanInput, ctx: RgpdJobContext): Promise<RetentionPlanReport> {
  const policy = input.policy ?? DEFAULT_RETENTION_POLICY;
  const entityTypes = input.entityTypes ?? PERSON_ENTITY_TYPES;
  const counts: Record<RetentionAction, number> = { keep: 0, repermission: 0, anonymise: 0, review: 0, hold: 0 };
  let planned = 0;
  let alreadyAnonymised = 0;
  let written = 0;
  const lookups = await indexedLookups(input.gateway, ctx.signal);
  for (const [stepIndex, entityType] of entityTypes.entries()) {
    let done = 0;
    for await (const record of input.gateway.iterate(entityType, { select: PLAN_SELECT, signal: ctx.signal })) {
      done += 1;
      if (done % PROGRESS_EVERY === 0) ctx.progress({ step: entityType, done, stepIndex, stepCount: entityTypes.length });
      if (isAnonymised(record)) {
        alreadyAnonymised += 1;
        continue;
      }
      const plan = planRetention(await gatherRetentionInput(input.gateway, entityType, record, lookups, ctx.signal), policy, input.today);
      planned += 1;
      counts[plan.action] += 1;
      input.onPlan?.(plan);
      const changed = changedPlanFields(plan, record);
      if (!ctx.dryRun && Object.keys(changed).length > 0) {
        await input.gateway.update(entityType, record.id, changed, { signal: ctx.signal });
        written += 1;
      }
    }
    ctx.progress({ step: entityType, done, stepIndex, stepCount: entityTypes.length });
  }
  ctx.log.info('retention plan', { planned, written, ...counts });
  return { today: input.today, planned, counts, alreadyAnonymised, written };
}
