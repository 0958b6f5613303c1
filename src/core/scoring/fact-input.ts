import type { EntityType } from '../catalogue';
import { readField } from './record-reader';
import type { RawRecord } from './record-reader';
import type { FactType, FactValue } from './fact-types';

/** The entity types that get a score (vehicle changes rescore their owner). */
export type ScoredEntityType = Exclude<EntityType, 'AutoCibleVehicle'>;

/** Plain data about one record to score, as a job or the side panel gathers it. */
export interface FactInput {
  readonly entityType: ScoredEntityType;
  /** The record's attributes, named as in the catalogue (`autoCibleFleetSize`…). */
  readonly record: RawRecord;
  /** Vehicles the record owns or uses (`AutoCibleVehicle` attributes); may be empty. */
  readonly vehicles: readonly RawRecord[];
  /** For a Contact or Lead: the company it works for; its fields fill in facts the record lacks. */
  readonly account?: RawRecord | undefined;
  /** For an Account: its contacts, for roles, inbound contacts and workshop visits. */
  readonly contacts?: readonly RawRecord[] | undefined;
}

/** Reads `field` from the record, or from its account when the record has no value (Contact and Lead only). */
export function readMerged(input: FactInput, field: string, type: FactType): FactValue {
  const own = readField(input.entityType, input.record, field, type);
  if (own !== null || input.account === undefined || input.entityType === 'Account') return own;
  return readField('Account', input.account, field, type);
}
