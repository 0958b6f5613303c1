/**
 * One person's plan as `retention plan` computes it. First from what the run already holds: the list record (whose
 * only e-mail address is the primary one, and only company the primary one: a list call returns neither
 * `emailAddressData` nor `accountsIds`, platform §4.2) and the purchase index (by primary contact and by company).
 * Someone that plan keeps, or holds, costs nothing more: what is read again only adds dates. Anyone else
 * (anonymise, re-permission, review) is read again before the plan is final: the whole record once
 * (`GET {Entity}/{id}`), the e-mails sent from each of its other addresses (one list request each) and, for a
 * contact, the won opportunities that merely list it (two).
 */
import type { DayOf, RetentionAction, RetentionInput, RetentionPlan, RetentionPolicy } from '../../../core/retention';
import { planRetention } from '../../../core/retention';
import type { EspoGateway } from '../../espo/gateway';
import type { EspoRecord } from '../../espo/types';
import { NO_ACCOUNT_PURCHASES, retentionVehicle } from './account-purchases';
import { inboundEmailDates } from './activity-dates';
import { gatherRetentionInput } from './gather';
import { LinkedRecordNotFoundError } from './linked-record-not-found-error';
import { liveLookups } from './lookups';
import type { RetentionLookups } from './lookups';
import type { PersonEntityType } from './persons';
import { currentAccountIds } from './persons';
import { addressesOf } from './shared-addresses';
import { withSignal } from './signal-option';

/** What every person of a run is planned with. */
export interface PersonPlanSettings {
  readonly gateway: EspoGateway;
  readonly policy: RetentionPolicy;
  /** `YYYY-MM-DD`, the dealership's day. */
  readonly today: string;
  /** The dealership's day of a UTC instant (`dayOfIn`). */
  readonly dayOf: DayOf;
}

export interface PersonPlan {
  readonly plan: RetentionPlan;
  /** The person was read again (whole record, other addresses) before the plan was final. */
  readonly readAgain: boolean;
  /** A contact read again: the won opportunities that merely list it were read too (`RetentionPlanReport.confirmed`). */
  readonly confirmed: boolean;
}

/** The actions something read again could turn into `keep`: the plan (and the status sales reps see) is confirmed first. */
const CONFIRMED_ACTIONS: ReadonlySet<RetentionAction> = new Set<RetentionAction>(['anonymise', 'repermission', 'review']);

/** The whole record; a person deleted or merged since the list is gone, as when a `linkedWith` names them. */
async function wholeRecord(gateway: EspoGateway, entityType: PersonEntityType, id: string, signal: AbortSignal | undefined): Promise<EspoRecord> {
  const record = await gateway.get(entityType, id, withSignal(signal));
  if (record === null) throw new LinkedRecordNotFoundError(entityType, entityType, id, 404);
  return record;
}

/**
 * The input completed with what only a per-person read gives: the e-mails of the other addresses, the won
 * opportunities that merely list a contact, and the purchases of every company it currently works for (a whole
 * Contact has `accountsIds`; their purchases come from the run's index, at no extra request).
 */
async function confirmedInput(
  settings: PersonPlanSettings, entityType: PersonEntityType, listed: EspoRecord, gathered: RetentionInput, lookups: RetentionLookups, signal: AbortSignal | undefined,
): Promise<RetentionInput> {
  const whole = await wholeRecord(settings.gateway, entityType, listed.id, signal);
  const known = new Set(addressesOf(listed, 'emailAddress').map((address) => address.toLowerCase()));
  const others = addressesOf(whole, 'emailAddress').filter((address) => !known.has(address.toLowerCase()));
  const emails = await inboundEmailDates(settings.gateway, others, signal);
  const wonOpportunities = await liveLookups(settings.gateway).wonCloseDates(entityType, listed.id, signal);
  const accounts = entityType === 'Contact' ? currentAccountIds(whole) : [];
  const company = accounts.length === 0 ? NO_ACCOUNT_PURCHASES : await lookups.accountPurchases(accounts, listed.id, signal);
  return {
    ...gathered, inboundEmails: [...(gathered.inboundEmails ?? []), ...emails], wonOpportunities,
    accountWonOpportunities: company.wonCloseDates, accountVehicles: company.vehicles.map(retentionVehicle),
  };
}

/** The plan of one listed person (`record` as `PLAN_SELECT` lists it), with `lookups` the run's purchase index. */
export async function planPerson(
  settings: PersonPlanSettings, entityType: PersonEntityType, record: EspoRecord, lookups: RetentionLookups, signal?: AbortSignal,
): Promise<PersonPlan> {
  const options = { dayOf: settings.dayOf };
  const gathered = await gatherRetentionInput(settings.gateway, entityType, record, lookups, signal);
  const plan = planRetention(gathered, settings.policy, settings.today, options);
  if (!CONFIRMED_ACTIONS.has(plan.action)) return { plan, readAgain: false, confirmed: false };
  const input = await confirmedInput(settings, entityType, record, gathered, lookups, signal);
  return { plan: planRetention(input, settings.policy, settings.today, options), readAgain: true, confirmed: entityType === 'Contact' };
}
