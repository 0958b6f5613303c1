/**
 * `retention plan`: the CNIL plan of every Contact and Lead as of `today` (dry run by default). Streams
 * each plan to `onPlan` and keeps only counts, so memory stays flat apart from the purchase index. With
 * `write`, stores the plan in the records' retention fields, changed fields only.
 */
import type { RetentionAction, RetentionPlan, RetentionPolicy } from '../../../core/retention';
import { DEFAULT_RETENTION_POLICY, planRetention } from '../../../core/retention';
import type { EspoGateway } from '../../espo/gateway';
import type { EspoRecord } from '../../espo/types';
import { gatherRetentionInput } from './gather';
import type { RgpdJobContext } from './job-context';
import { indexedLookups, liveLookups } from './lookups';
import type { RetentionLookups } from './lookups';
import type { PersonEntityType } from './persons';
import { isAnonymised, PERSON_ENTITY_TYPES, PLAN_SELECT } from './persons';
import { unlessGone } from './person-gone';
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
  /**
   * Contacts the purchase index would not keep, whose won opportunities were read again, those that
   * merely list them included (the index knows only each opportunity's primary contact).
   */
  readonly confirmed: number;
  /**
   * Records listed at the start but deleted or merged before their plan was computed (EspoCRM refused the
   * reads naming them: "Record 'Contact' `<id>` not found."). Not planned, not an error.
   */
  readonly gone: number;
}

const PROGRESS_EVERY = 200;

/**
 * The actions a later purchase could turn into `keep`. A contact the index plans so has its won
 * opportunities read again, so that the plan (and the status it writes, which sales reps see) never
 * calls a customer due because a sale lists them without making them its primary contact.
 */
const CONFIRMED_ACTIONS: ReadonlySet<RetentionAction> = new Set(['anonymise', 'repermission', 'review']);

async function planOf(input: RetentionPlanInput, entityType: PersonEntityType, record: EspoRecord, lookups: RetentionLookups, signal: AbortSignal): Promise<{ plan: RetentionPlan; confirmed: boolean }> {
  const policy = input.policy ?? DEFAULT_RETENTION_POLICY;
  const gathered = await gatherRetentionInput(input.gateway, entityType, record, lookups, signal);
  const plan = planRetention(gathered, policy, input.today);
  if (entityType !== 'Contact' || !CONFIRMED_ACTIONS.has(plan.action)) return { plan, confirmed: false };
  const wonOpportunities = await liveLookups(input.gateway).wonCloseDates(entityType, record.id, signal);
  return { plan: planRetention({ ...gathered, wonOpportunities }, policy, input.today), confirmed: true };
}

export async function runRetentionPlan(input: RetentionPlanInput, ctx: RgpdJobContext): Promise<RetentionPlanReport> {
  const entityTypes = input.entityTypes ?? PERSON_ENTITY_TYPES;
  const counts: Record<RetentionAction, number> = { keep: 0, repermission: 0, anonymise: 0, review: 0, hold: 0 };
  let planned = 0;
  let alreadyAnonymised = 0;
  let written = 0;
  let confirmed = 0;
  let gone = 0;
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
      const planning = await unlessGone(entityType, record.id, () => planOf(input, entityType, record, lookups, ctx.signal));
      if (planning === null) {
        gone += 1;
        ctx.log.info('retention plan: record gone', { entityType, id: record.id });
        continue;
      }
      const { plan, confirmed: wasConfirmed } = planning;
      if (wasConfirmed) confirmed += 1;
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
  ctx.log.info('retention plan', { planned, written, confirmed, gone, ...counts });
  return { today: input.today, planned, counts, alreadyAnonymised, written, confirmed, gone };
}
