import type { LifecycleStageCode } from '../catalogue';

/** Entities whose records follow a person's retention clock (domain.md §2.9 step 1). */
export type RetentionEntityType = 'Contact' | 'Lead' | 'Account';

/** A vehicle of the person, with the dates that extend a customer relationship. */
export interface RetentionVehicle {
  readonly id?: string | undefined;
  /** A purchase dated after today is a car sold and not yet delivered: it makes a customer and counts as today. */
  readonly purchaseDate?: string | null | undefined;
  /** End of the loan, LOA or LLD; may be in the future (the relationship runs until then). */
  readonly financingEndDate?: string | null | undefined;
  /**
   * End of the manufacturer warranty (`warrantyEndDate`); may be in the future (the relationship runs until then).
   * Counts only for a customer: the vehicle may be targeting data about a car bought elsewhere.
   */
  readonly warrantyEndDate?: string | null | undefined;
  /** Last invoiced workshop visit of this vehicle. */
  readonly lastWorkshopVisitAt?: string | null | undefined;
}

/**
 * What the retention plan knows of one record: plain dates (`YYYY-MM-DD`; an EspoCRM datetime
 * `YYYY-MM-DD HH:MM:SS`, in UTC, counts as its day where the dealership is, `RetentionPlanOptions.dayOf`),
 * each list named after where it comes from.
 * Only contacts that came FROM the person are here: there is deliberately no place for email opens,
 * clicks we cannot attribute, or outbound calls and emails, which never move the clock (CNIL,
 * Spartoo SAN-2020-003 and Caloga SAN-2025-002). Activity dates must come from the typed lists
 * (platform.md §4.4), not from the mixed history list, whose attributes are unreliable.
 */
export interface RetentionInput {
  readonly id: string;
  readonly entityType: RetentionEntityType;
  /** Record creation: the collection of the data. */
  readonly createdAt?: string | null | undefined;
  readonly lifecycleStage?: LifecycleStageCode | null | undefined;
  /** `autoCibleLegalHold`: suspends every action. */
  readonly legalHold?: boolean | null | undefined;
  /** Our `autoCibleLastInboundContactAt` field. */
  readonly lastInboundContactAt?: string | null | undefined;
  /** Our `autoCibleLastWorkshopVisitAt` field (any vehicle). */
  readonly lastWorkshopVisitAt?: string | null | undefined;
  /** `dateSent` of emails sent from the person's address. */
  readonly inboundEmails?: readonly string[] | undefined;
  /** `dateStart` of calls with status Held and direction Inbound. */
  readonly heldInboundCalls?: readonly string[] | undefined;
  /** `dateStart` of meetings with status Held the person attended. */
  readonly heldMeetings?: readonly string[] | undefined;
  /**
   * `closeDate` of won opportunities. Any of them makes a customer: a close date after today (EspoCRM's expected
   * close date, a deal is marked won before it) counts as today.
   */
  readonly wonOpportunities?: readonly string[] | undefined;
  readonly vehicles?: readonly RetentionVehicle[] | undefined;
  /**
   * `closeDate` of the won opportunities of the companies (Accounts) the person is a current contact of, the
   * person's own left out. In B2B the relationship is the company's: its contact is a customer's contact while the
   * company buys, whoever signed (domain.md §1.12, §2.2).
   */
  readonly accountWonOpportunities?: readonly string[] | undefined;
  /** The fleet vehicles of those companies (`accountId`), the person's own left out. */
  readonly accountVehicles?: readonly RetentionVehicle[] | undefined;
}
