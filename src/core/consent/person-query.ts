/**
 * The eligibility questions of one person, read from a Contact or Lead record: the same reading for the
 * `consent check` job, the score job and the record panels, so that they never disagree.
 */
import { CUSTOMER_KIND } from '../catalogue';
import type { CustomerKindCode } from '../catalogue';
import type { ConsentChannel } from './channels';
import type { EligibilityQuery, HostOptOutFlags } from './eligibility';
import type { ConsentEvent } from './event';

/** Reads one attribute of the record (API attribute names): `model.get` in the browser, a property elsewhere. */
export type AttributeReader = (attribute: string) => unknown;

/** What the caller knows beyond the record itself; what it did not look up is left out. */
export interface KnownRelationship {
  /** Won opportunities of the person. */
  readonly wonOpportunities?: number;
  /** End dates (`YYYY-MM-DD`, or date-times) of the financing contracts of the person's vehicles. */
  readonly financingEndDates?: readonly (string | null)[];
}

const CUSTOMER_STAGES: ReadonlySet<unknown> = new Set(['CLIENT', 'ANCIEN_CLIENT']);

function customerKind(value: unknown): CustomerKindCode | null {
  return CUSTOMER_KIND.options.find((option) => option.code === value)?.code ?? null;
}

const isText = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';
const flag = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);

/**
 * A sale or an invoiced service happened — the condition of the soft opt-in (domain.md §2.3): a customer or
 * former customer by lifecycle stage, a workshop visit on record, or a won opportunity.
 */
export function isExistingCustomer(get: AttributeReader, known: KnownRelationship = {}): boolean {
  return CUSTOMER_STAGES.has(get('autoCibleLifecycleStage')) || isText(get('autoCibleLastWorkshopVisitAt')) || (known.wonOpportunities ?? 0) > 0;
}

/**
 * A financing contract still running on `today` on one of the person's vehicles. It is the « contrat en cours »
 * exception for calls (§2.4) only for an existing customer (`personEligibilityQuery`): a vehicle's financing end
 * date may be targeting data about a car bought and financed elsewhere, a contract the dealership is no party to.
 */
export function hasRunningContract(known: KnownRelationship, today: string): boolean {
  return (known.financingEndDates ?? []).some((end) => end !== null && end.slice(0, 10) >= today);
}

/** The attributes of EspoCRM's own opt-out flags on a person (platform.md §5): what `hostOptOutFlags` reads. */
export const HOST_OPT_OUT_ATTRIBUTES = ['emailAddressIsOptedOut', 'phoneNumberIsOptedOut', 'doNotCall'] as const;

/**
 * Whether any address of `emailAddressData`/`phoneNumberData` is opted out (`optOut`, recording contact-get.json).
 * EspoCRM's `emailAddressIsOptedOut`/`phoneNumberIsOptedOut` speak for the primary one only, and a read of one
 * record (the detail view, a whole read) carries the others: an objection is the person's, whichever address
 * they made it with. A list call has no such attribute, and the flag alone speaks.
 */
function anyOptedOut(data: unknown): boolean {
  return Array.isArray(data) && data.some((entry: unknown) => typeof entry === 'object' && entry !== null && Reflect.get(entry, 'optOut') === true);
}

const optedOut = (primary: unknown, data: unknown): boolean | null => (anyOptedOut(data) ? true : flag(primary));

/** EspoCRM's own opt-out flags on the record (platform.md §5), any address of the record's data counting. */
export function hostOptOutFlags(get: AttributeReader): HostOptOutFlags {
  return {
    emailAddressIsOptedOut: optedOut(get('emailAddressIsOptedOut'), get('emailAddressData')),
    phoneNumberIsOptedOut: optedOut(get('phoneNumberIsOptedOut'), get('phoneNumberData')),
    doNotCall: flag(get('doNotCall')),
  };
}

/** The eligibility question of `channel` for the person whose record `get` reads and whose history is `history`. */
export function personEligibilityQuery(
  get: AttributeReader,
  person: { readonly id: string; readonly history: readonly ConsentEvent[] },
  channel: ConsentChannel,
  today: string,
  known: KnownRelationship = {},
): EligibilityQuery {
  const customer = isExistingCustomer(get, known);
  return {
    person: { id: person.id, consentHistory: person.history },
    channel,
    today,
    customerKind: customerKind(get('autoCibleCustomerKind')),
    isExistingCustomer: customer,
    hostFlags: hostOptOutFlags(get),
    // No Bloctel result is stored: until 2026-08-10 a consumer number counts as unchecked (not callable).
    hasRunningContract: customer && hasRunningContract(known, today),
  };
}
