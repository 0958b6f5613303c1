import type { RetentionAnchorSourceCode, RetentionStatusCode } from '../catalogue';
import { parseIsoDate } from '../catalogue';
import type { AnchorInput } from './anchor';
import { latestCandidate } from './anchor';
import type { RetentionCategory } from './category';
import type { IgnoredDate } from './classify';
import { classifyDates } from './classify';
import type { DayOf } from './dates';
import { addDaysIso, retentionDeadline, utcDayOf } from './dates';
import type { RetentionEntityType, RetentionInput } from './input';
import type { LegalSource } from './legal-sources';
import { RETENTION_SOURCES } from './legal-sources';
import type { RetentionPolicy } from './policy';

export type RetentionAction = 'keep' | 'repermission' | 'anonymise' | 'review' | 'hold';

export type RetentionRuleId =
  | 'RET_LEGAL_HOLD'
  | 'RET_NO_USABLE_DATE'
  | 'RET_IMPLAUSIBLE_DATE'
  | `RET_${'PROSPECT' | 'CUSTOMER'}_${'ACTIVE' | 'REPERMISSION' | 'EXPIRED'}`;

/** The decision for one record; plain data, one JSON line of `retention plan --json`. */
export interface RetentionPlan {
  readonly id: string;
  readonly entityType: RetentionEntityType;
  readonly category: RetentionCategory;
  /** Day the clock runs from; `null` when no usable date. */
  readonly anchorDate: string | null;
  readonly anchorSource: RetentionAnchorSourceCode;
  /** The input the anchor was read from, e.g. `heldInboundCalls` or `vehicles.financingEndDate`. */
  readonly anchorInput: AnchorInput | null;
  readonly anchorVehicleId: string | null;
  readonly deadline: string | null;
  /** First day of the re-permission window. */
  readonly repermissionFrom: string | null;
  readonly action: RetentionAction;
  /** The `retentionStatus` code to store in `autoCibleRetentionStatus`. */
  readonly status: RetentionStatusCode;
  readonly ruleId: RetentionRuleId;
  readonly legalSource: LegalSource;
  readonly ignoredDates: readonly IgnoredDate[];
}

const STATUS_OF: Readonly<Record<RetentionAction, RetentionStatusCode>> = {
  keep: 'KEEP',
  repermission: 'REPERMISSION',
  anonymise: 'ANONYMISE',
  review: 'REVIEW',
  hold: 'HOLD',
};

interface Decision {
  readonly action: RetentionAction;
  readonly ruleId: RetentionRuleId;
  readonly legalSource: LegalSource;
}

function decide(category: RetentionCategory, deadline: string, repermissionFrom: string, today: string): Decision {
  const prefix = category === 'prospect' ? 'RET_PROSPECT' : 'RET_CUSTOMER';
  const rule = RETENTION_SOURCES[category];
  // On the deadline day itself the period is over: `months` full months have elapsed since the anchor.
  if (today >= deadline) return { action: 'anonymise', ruleId: `${prefix}_EXPIRED`, legalSource: rule };
  if (today >= repermissionFrom) return { action: 'repermission', ruleId: `${prefix}_REPERMISSION`, legalSource: RETENTION_SOURCES.repermission };
  return { action: 'keep', ruleId: `${prefix}_ACTIVE`, legalSource: rule };
}

/** How the plan reads the input's dates. */
export interface RetentionPlanOptions {
  /**
   * The dealership's day of an instant: a datetime (`YYYY-MM-DD HH:mm:ss`, UTC in EspoCRM) counts as that day,
   * as `today` is the dealership's day. Plain dates are never shifted.
   * @defaultValue the UTC day (`utcDayOf`): the server always passes its time zone's (Europe/Paris by default)
   */
  readonly dayOf?: DayOf;
}

function reviewOrDecide(category: RetentionCategory, deadline: string | null, repermissionFrom: string | null, today: string, ignored: readonly IgnoredDate[]): Decision {
  if (ignored.some((date) => date.reason === 'implausible')) return { action: 'review', ruleId: 'RET_IMPLAUSIBLE_DATE', legalSource: RETENTION_SOURCES.implausibleDate };
  if (deadline === null || repermissionFrom === null) return { action: 'review', ruleId: 'RET_NO_USABLE_DATE', legalSource: RETENTION_SOURCES.noDate };
  return decide(category, deadline, repermissionFrom, today);
}

/**
 * Plans one record as of `today` (`YYYY-MM-DD`, the dealership's day): category, anchor (latest usable date of
 * that category, classify.ts), deadline, action. A legal hold suspends every action; a record with no usable
 * date, or with a date too far ahead to be true (its anchor and deadline are then those of its other dates), goes
 * to `review`, never to `anonymise`. Throws `DomainInputError` when `today` is not a date.
 */
export function planRetention(input: RetentionInput, policy: RetentionPolicy, today: string, options: RetentionPlanOptions = {}): RetentionPlan {
  parseIsoDate(today, 'today');
  const { category, anchors, ignored } = classifyDates(input, today, options.dayOf ?? utcDayOf);
  const anchor = latestCandidate(anchors);
  const months = category === 'prospect' ? policy.prospectMonths : policy.customerMonths;
  const deadline = anchor === undefined ? null : retentionDeadline(anchor.date, months);
  const repermissionFrom = deadline === null ? null : addDaysIso(deadline, -policy.repermissionDays);
  const decision: Decision =
    input.legalHold === true
      ? { action: 'hold', ruleId: 'RET_LEGAL_HOLD', legalSource: RETENTION_SOURCES.legalHold }
      : reviewOrDecide(category, deadline, repermissionFrom, today, ignored);
  return {
    id: input.id,
    entityType: input.entityType,
    category,
    anchorDate: anchor?.date ?? null,
    anchorSource: anchor?.source ?? 'NONE',
    anchorInput: anchor?.input ?? null,
    anchorVehicleId: anchor?.vehicleId ?? null,
    deadline,
    repermissionFrom,
    ...decision,
    status: STATUS_OF[decision.action],
    ignoredDates: ignored,
  };
}
