/** Purchase history per account and per contact, from the won opportunities of the dataset. */
import type { Purchase } from '../../core/vmc';

export interface PurchaseIndex {
  readonly byAccount: Map<string, Purchase[]>;
  readonly byContact: Map<string, Purchase[]>;
}

/** EspoCRM's stage of a won opportunity. */
export const WON_STAGE = 'Closed Won';

export function emptyPurchaseIndex(): PurchaseIndex {
  return { byAccount: new Map(), byContact: new Map() };
}

function push(map: Map<string, Purchase[]>, id: unknown, purchase: Purchase): void {
  if (typeof id !== 'string' || id === '') return;
  const list = map.get(id);
  if (list === undefined) map.set(id, [purchase]);
  else list.push(purchase);
}

export interface AddOpportunityOptions {
  /**
   * Keeps a won opportunity of a negative amount (EspoCRM allows one, e.g. a credit note), for the core to refuse it
   * as the side panel does (`purchases[i].amount`): the `vmc` job offline, so that it gives what it gives on EspoCRM.
   * Left out by default (the segment summary of `sample`). @defaultValue false
   */
  readonly keepNegativeAmounts?: boolean;
}

/** Adds one validated opportunity record; only won ones with an amount and a close date count. */
export function addOpportunity(index: PurchaseIndex, record: Readonly<Record<string, unknown>>, options: AddOpportunityOptions = {}): boolean {
  const { stage, amount, closeDate } = record;
  if (stage !== WON_STAGE || typeof amount !== 'number' || typeof closeDate !== 'string') return false;
  if (amount < 0 && options.keepNegativeAmounts !== true) return false;
  const purchase = { date: closeDate, amount };
  push(index.byAccount, record.accountId, purchase);
  push(index.byContact, record.contactId, purchase);
  return true;
}
