/**
 * Which attributes the score job reads. Only catalogue fields (and the link keys): names, e-mails and phone
 * numbers are never listed, so they cannot leak into a report (a person whose consent a list call may have cut
 * is read whole, and only these attributes are kept of that read: `GatewaySource`). The score fields are read
 * too: the job compares them with the new score and writes only what changed.
 */
import { getEntity } from '../../../core/catalogue';
import type { FieldDef, RetentionStatusCode } from '../../../core/catalogue';
import { HOST_OPT_OUT_ATTRIBUTES } from '../../../core/consent';
import type { ScoredType } from '../../state/score-state';

function attributeOf(field: FieldDef): string {
  return field.type === 'link' ? `${field.name}Id` : field.name;
}

// Long identifiers no fact reads: left out of the compact indexes of the file source.
const VEHICLE_SKIPPED = new Set(['name', 'plate', 'vin']);

/** Consent is a gate beside the score and retention decides whether to score at all: neither is a fact. */
const notFact = (field: FieldDef): boolean => field.dataCategory === 'consent' || field.dataCategory === 'retention';

/** A person's consent fields and EspoCRM opt-out flags: read for the channels beside the score, never facts. */
function consentAttributes(entityType: ScoredType): readonly string[] {
  if (entityType === 'Account') return [];
  return [...getEntity(entityType).fields.filter((field) => field.dataCategory === 'consent').map(attributeOf), ...HOST_OPT_OUT_ATTRIBUTES];
}

/** A person's retention status: read only to leave out the records retention withholds, never a fact. */
export const RETENTION_STATUS_ATTRIBUTE = 'autoCibleRetentionStatus';

// Typed with the catalogue's codes: renaming an option there breaks the build here.
const DUE: RetentionStatusCode = 'ANONYMISE';
const ANONYMISED: RetentionStatusCode = 'ANONYMISED';

/**
 * Retention withholds the record from scoring (domain.md §2.9 step 3, §3.6): due for anonymisation or already
 * anonymised. An Account has no retention status and is never withheld.
 */
export function withheldByRetention(record: Readonly<Record<string, unknown>>): boolean {
  const status = record[RETENTION_STATUS_ATTRIBUTE];
  return status === DUE || status === ANONYMISED;
}

/**
 * Due for anonymisation: its score is cleared so it drops out of lists sorted by score. An anonymised record keeps
 * the score it had, which holds no personal data, for statistics (as `core/retention/anonymisation.ts` keeps it).
 */
export function dueForAnonymisation(record: Readonly<Record<string, unknown>>): boolean {
  return record[RETENTION_STATUS_ATTRIBUTE] === DUE;
}

/**
 * Attributes of a record to score: its catalogue fields (facts and score fields), a person's consent fields
 * and opt-out flags (for the channels beside the score) and retention status, its account link and `modifiedAt`.
 */
export function recordAttributes(entityType: ScoredType): readonly string[] {
  const fields = getEntity(entityType).fields.filter((field) => !notFact(field)).map(attributeOf);
  const person = entityType === 'Account' ? [] : [...consentAttributes(entityType), RETENTION_STATUS_ATTRIBUTE];
  return [...new Set([...fields, ...person, ...(entityType === 'Contact' ? ['accountId'] : []), 'modifiedAt'])];
}

/** Vehicle attributes that feed facts, and the owner links. */
export const VEHICLE_ATTRIBUTES: readonly string[] = getEntity('AutoCibleVehicle').fields
  .filter((field) => !VEHICLE_SKIPPED.has(field.name))
  .map(attributeOf);

/**
 * What `vehicleFacts` (src/core/scoring) reads of a vehicle: the file source keeps only these in memory. A test
 * checks that a vehicle cut down to them gives the same facts as the full one.
 */
export const VEHICLE_FACT_ATTRIBUTES: readonly string[] = [
  'category', 'genre', 'brand', 'energyFamily', 'energyCode', 'financingMode', 'mecDate', 'mileage', 'financingEndDate',
  'lastWorkshopVisitAt', 'purchaseDate', 'warrantyEndDate',
];

/** Account fields a contact's facts fall back on (scores, consent and retention are never facts). */
export const ACCOUNT_FACT_ATTRIBUTES: readonly string[] = getEntity('Account').fields
  .filter((field) => field.dataCategory !== 'scoring' && !notFact(field))
  .map(attributeOf);

/** What an account's facts read from its contacts: roles, latest inbound contact, latest workshop visit. */
export const MEMBER_ATTRIBUTES: readonly string[] = [
  'accountId', 'autoCibleRole', 'autoCibleBuyingRole', 'autoCibleLastInboundContactAt', 'autoCibleLastInboundContactSource',
  'autoCibleLastWorkshopVisitAt',
];

/** The score fields the job writes (`autoCibleScoredAt` only goes along with a change of the others). */
export const SCORE_ATTRIBUTES = [
  'autoCibleScore', 'autoCibleScoreFit', 'autoCibleScoreEngagement', 'autoCibleScoreGrade', 'autoCibleScoreReasons',
  'autoCibleScoreModel',
] as const;
export const SCORED_AT_ATTRIBUTE = 'autoCibleScoredAt';
/** The score reasons (JSON in a `text` field: a list call may cut it). */
export const SCORE_REASONS_ATTRIBUTE = 'autoCibleScoreReasons';
