/**
 * `retention plan`: the CNIL plan of every Contact and Lead as of `today` (dry run by default). Streams
 * each plan to `onPlan` and keeps only counts, so memory stays flat apart from the purchase index. With
 * `write`, stores the plan in the records' retention fields, changed fields only, never over `ANONYMISED`
 * (plan-session.ts keeps `apply` out meanwhile; the record is read again before each write for the rest).
 */
import type { RetentionAction, RetentionPlan, RetentionPolicy } from '../../../core/retention';
import { DEFAULT_RETENTION_POLICY } from '../../../core/retention';
import type { EspoGateway } from '../../espo/gateway';
import { DEFAULT_TIME_ZONE, dayOfIn } from '../../config/dealer-day';
import type { RgpdJobContext } from './job-context';
import { indexedLookups } from './lookups';
import type { PersonEntityType } from './persons';
import { isAnonymised, PERSON_ENTITY_TYPES, PLAN_SELECT } from './persons';
import { unlessGone } from './person-gone';
import { changedPlanFields } from './plan-fields';
import { planPerson } from './plan-person';
import type { PersonPlanSettings } from './plan-person';

export interface RetentionPlanInput {
  readonly gateway: EspoGateway;
  /** `YYYY-MM-DD`: the day the plan is evaluated as of. */
  readonly today: string;
  /** @defaultValue DEFAULT_RETENTION_POLICY (CNIL référentiel: 36 months, re-permission 30 days) */
  readonly policy?: RetentionPolicy;
  /** The dealership's time zone (IANA): a datetime counts as its day there, as `today` does. @defaultValue 'Europe/Paris' */
  readonly timeZone?: string;
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
   * People (contacts and leads) the first plan would not keep, read again whole before deciding (plan-person.ts):
   * a list call returns only the primary e-mail address, and the e-mails sent from the others count too.
   */
  readonly readAgain: number;
  /**
   * Records listed at the start but deleted or merged before their plan was computed (EspoCRM refused the
   * reads naming them: "Record 'Contact' `<id>` not found."). Not planned, not an error.
   */
  readonly gone: number;
}

const PROGRESS_EVERY = 200;

/**
 * Writes the plan's changed fields of a record read again just before: an `apply` this run's lock does not keep out
 * (another state directory, another machine) may have anonymised it since it was listed, and the plan computed
 * from the record as it was then must not overwrite `ANONYMISED`. True when something was written.
 */
async function writePlan(input: RetentionPlanInput, ctx: RgpdJobContext, entityType: PersonEntityType, id: string, plan: RetentionPlan): Promise<boolean> {
  const current = await input.gateway.get(entityType, id, { signal: ctx.signal });
  if (current === null || isAnonymised(current)) {
    ctx.log.info('retention plan: record anonymised or gone meanwhile, not written', { entityType, id });
    return false;
  }
  const changed = changedPlanFields(plan, current);
  if (Object.keys(changed).length === 0) return false;
  await input.gateway.update(entityType, id, changed, { signal: ctx.signal });
  return true;
}

export async function runRetentionPlan(input: RetentionPlanInput, ctx: RgpdJobContext): Promise<RetentionPlanReport> {
  const entityTypes = input.entityTypes ?? PERSON_ENTITY_TYPES;
  const counts: Record<RetentionAction, number> = { keep: 0, repermission: 0, anonymise: 0, review: 0, hold: 0 };
  let planned = 0;
  let alreadyAnonymised = 0;
  let written = 0;
  let confirmed = 0;
  let readAgain = 0;
  let gone = 0;
  const lookups = await indexedLookups(input.gateway, ctx.signal);
  const settings: PersonPlanSettings = {
    gateway: input.gateway, policy: input.policy ?? DEFAULT_RETENTION_POLICY, today: input.today, dayOf: dayOfIn(input.timeZone ?? DEFAULT_TIME_ZONE),
  };
  for (const [stepIndex, entityType] of entityTypes.entries()) {
    let done = 0;
    for await (const record of input.gateway.iterate(entityType, { select: PLAN_SELECT, signal: ctx.signal })) {
      done += 1;
      if (done % PROGRESS_EVERY === 0) ctx.progress({ step: entityType, done, stepIndex, stepCount: entityTypes.length });
      if (isAnonymised(record)) {
        alreadyAnonymised += 1;
        continue;
      }
      const planning = await unlessGone(entityType, record.id, () => planPerson(settings, entityType, record, lookups, ctx.signal));
      if (planning === null) {
        gone += 1;
        ctx.log.info('retention plan: record gone', { entityType, id: record.id });
        continue;
      }
      const { plan } = planning;
      if (planning.confirmed) confirmed += 1;
      if (planning.readAgain) readAgain += 1;
      planned += 1;
      counts[plan.action] += 1;
      input.onPlan?.(plan);
      // Read again only when the listed record differs from the plan: a second run sends nothing.
      if (!ctx.dryRun && Object.keys(changedPlanFields(plan, record)).length > 0 && (await writePlan(input, ctx, entityType, record.id, plan))) written += 1;
    }
    ctx.progress({ step: entityType, done, stepIndex, stepCount: entityTypes.length });
  }
  ctx.log.info('retention plan', { planned, written, confirmed, readAgain, gone, ...counts });
  return { today: input.today, planned, counts, alreadyAnonymised, written, confirmed, readAgain, gone };
}
