import type { EntityType } from '../catalogue';
import { getEntity } from '../catalogue';
import { HOST_ATTRIBUTES } from '../catalogue/host-fields';

function unique(names: readonly string[]): readonly string[] {
  return [...new Set(names)];
}

/**
 * The EspoCRM FIELD names anonymisation erases, as `POST DataPrivacy/action/erase` takes them
 * (platform.md §5): the host's personal fields first (`name`, `emailAddress`, `phoneNumber`,
 * `address`), then every catalogue field flagged `isPersonalData` (birth date, consent proofs and
 * history, legal-hold reason…); for a vehicle its `name`, `plate` and `vin` (domain.md §2.7: a
 * record that keeps its VIN or plate stays re-identifiable).
 *
 * The erase alone is not enough (platform.md §5, verified): it leaves the phone number opted in and
 * stream notes untouched; the apply job opts the phone out and deletes those notes itself.
 */
export function personalDataFieldsToErase(entityType: EntityType): readonly string[] {
  const host = HOST_ATTRIBUTES[entityType].filter((a) => a.isPersonalData).map((a) => a.field);
  const catalogue = getEntity(entityType).fields.filter((f) => f.isPersonalData).map((f) => f.name);
  return unique([...host, ...catalogue]);
}

/**
 * Free text staff typed about a person: EspoCRM's `description`. It is not a personal-data field for the
 * host (platform.md §5: the defaults are name, email, phone and address), so the Data Privacy erase would
 * leave it, yet such notes name people, numbers and situations. Anonymisation empties it with a normal
 * update, after the erase.
 */
export const FREE_TEXT_FIELDS: Readonly<Record<'Contact' | 'Lead', readonly string[]>> = { Contact: ['description'], Lead: ['description'] };

/**
 * The fields anonymisation keeps: everything not personal (vehicle model and energy, amounts, dates,
 * stage, consent statuses, scores…), for statistics. A host field whose attributes are partly
 * personal (the opt-out flag of `emailAddress`) goes with the erased field, not here.
 */
export function fieldsKeptAfterAnonymisation(entityType: EntityType): readonly string[] {
  const erased = new Set(personalDataFieldsToErase(entityType));
  const host = HOST_ATTRIBUTES[entityType].map((a) => a.field);
  const catalogue = getEntity(entityType).fields.map((f) => f.name);
  return unique([...host, ...catalogue]).filter((name) => !erased.has(name));
}
