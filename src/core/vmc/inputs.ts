/**
 * Chooses the VMC inputs of one customer: f and m from its own purchase history (won opportunities)
 * when it has any, every other input from the admin defaults of its customer kind. Each input says
 * where it came from, so the panel can show it.
 */
import { isoFromDay } from '../catalogue';
import { DomainInputError } from '../errors';
import { isoDateToDay } from './dates';
import type { CustomerKind, VmcDefaults } from './defaults';
import type { VmcInputName, VmcInputs } from './types';

/** One past purchase (a won opportunity): its close date and amount in the reference currency. */
export interface Purchase {
  readonly date: string;
  readonly amount: number;
}

/** Where one input came from. */
export type VmcInputSource =
  | {
      readonly type: 'history';
      /** Number of purchases used. */
      readonly purchaseCount: number;
      /** First purchase date and end of the observation window (YYYY-MM-DD). */
      readonly from: string;
      readonly to: string;
      /** Length of the observation window in years (≥ 1). */
      readonly windowYears: number;
    }
  | { readonly type: 'default'; readonly customerKind: CustomerKind };

export interface ResolveVmcInputsArgs {
  readonly purchases: readonly Purchase[];
  /** The admin defaults of this customer's kind. */
  readonly defaults: VmcDefaults;
  readonly customerKind: CustomerKind;
  /** Today's date, YYYY-MM-DD (the core has no clock). */
  readonly today: string;
}

export interface ResolvedVmcInputs {
  readonly inputs: VmcInputs;
  readonly sources: Readonly<Record<VmcInputName, VmcInputSource>>;
}

const DAYS_PER_YEAR = 365.25;

/** Inputs the purchase history can give; the others always come from the defaults. */
export const HISTORY_INPUTS: readonly VmcInputName[] = ['purchasesPerYear', 'averageAmount'];

interface HistoryStats {
  readonly purchasesPerYear: number;
  readonly averageAmount: number;
  readonly source: VmcInputSource;
}

function checkPurchases(purchases: readonly Purchase[]): number[] {
  return purchases.map((p, i) => {
    if (typeof p.amount !== 'number' || !Number.isFinite(p.amount) || p.amount < 0) {
      throw new DomainInputError(`purchases[${i}].amount`, p.amount, 'must be a finite number ≥ 0');
    }
    return isoDateToDay(p.date, `purchases[${i}].date`);
  });
}

/**
 * Observation window: from the first purchase to today (or to the last purchase if it is dated after
 * today), at least one year so a single recent purchase reads as one a year, not hundreds.
 * f = purchases / window years; m = mean amount.
 */
function historyStats(purchases: readonly Purchase[], today: string): HistoryStats | null {
  const days = checkPurchases(purchases);
  const todayDay = isoDateToDay(today, 'today');
  if (days.length === 0) return null;
  let first = Number.POSITIVE_INFINITY;
  let end = todayDay;
  let total = 0;
  days.forEach((day, i) => {
    first = Math.min(first, day);
    end = Math.max(end, day);
    total += purchases[i]?.amount ?? 0;
  });
  const windowYears = Math.max(1, (end - first) / DAYS_PER_YEAR);
  return {
    purchasesPerYear: days.length / windowYears,
    averageAmount: total / days.length,
    source: {
      type: 'history',
      purchaseCount: days.length,
      from: isoFromDay(first),
      to: isoFromDay(end),
      windowYears,
    },
  };
}

export function resolveVmcInputs(args: ResolveVmcInputsArgs): ResolvedVmcInputs {
  const { defaults } = args;
  const stats = historyStats(args.purchases, args.today);
  const fromDefault: VmcInputSource = { type: 'default', customerKind: args.customerKind };
  const fromHistory = stats?.source ?? fromDefault;
  return {
    inputs: {
      purchasesPerYear: stats?.purchasesPerYear ?? defaults.purchasesPerYear,
      averageAmount: stats?.averageAmount ?? defaults.averageAmount,
      retentionRate: defaults.retentionRate,
      periodYears: defaults.periodYears,
      costToReach: defaults.costToReach,
      conversionRate: defaults.conversionRate,
      marginRate: defaults.marginRate,
    },
    sources: {
      purchasesPerYear: fromHistory,
      averageAmount: fromHistory,
      retentionRate: fromDefault,
      periodYears: fromDefault,
      costToReach: fromDefault,
      conversionRate: fromDefault,
      marginRate: fromDefault,
    },
  };
}
