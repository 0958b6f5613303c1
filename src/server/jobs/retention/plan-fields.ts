import type { RetentionPlan } from '../../../core/retention';
import type { EspoRecord } from '../../espo/types';

/** The retention fields the plan fills (catalogue fields/retention.ts). */
export function planFieldValues(plan: RetentionPlan): Readonly<Record<string, string | null>> {
  return {
    autoCibleRetentionAnchorDate: plan.anchorDate,
    autoCibleRetentionAnchorSource: plan.anchorSource,
    autoCibleRetentionDeadline: plan.deadline,
    autoCibleRetentionStatus: plan.status,
  };
}

const same = (stored: unknown, value: string | null): boolean =>
  value === null ? stored === null || stored === undefined || stored === '' : stored === value;

/** Only the fields whose stored value differs: an unchanged plan sends no request at all. */
export function changedPlanFields(plan: RetentionPlan, record: EspoRecord): Record<string, string | null> {
  const changed: Record<string, string | null> = {};
  for (const [field, value] of Object.entries(planFieldValues(plan))) if (!same(record[field], value)) changed[field] = value;
  return changed;
}
