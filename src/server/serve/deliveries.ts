/** What a webhook delivery asks to rescore: the records it names, by the entity type of the webhook's event. */
import type { ScoredType } from '../state';

export type RescoreType = ScoredType | 'AutoCibleVehicle';
export const RESCORE_TYPES: readonly RescoreType[] = ['Contact', 'Lead', 'Account', 'AutoCibleVehicle'];

export interface RescoreRequest {
  readonly entityType: RescoreType;
  readonly id: string;
}

/** `Contact.update` → `Contact`; events of other entity types, or of other kinds (delete), ask for nothing. */
export function eventEntityType(event: string): RescoreType | null {
  const [entityType, kind] = event.split('.');
  if (kind !== 'create' && kind !== 'update') return null;
  return RESCORE_TYPES.find((type) => type === entityType) ?? null;
}

/**
 * The records of a delivery body: always a JSON array of objects with an `id` (§4.9, recordings
 * `webhook-delivery-*.json`). Returns null when the body is not that shape.
 */
export function deliveryRequests(body: unknown, event: string): RescoreRequest[] | null {
  if (!Array.isArray(body)) return null;
  const entityType = eventEntityType(event);
  const requests: RescoreRequest[] = [];
  for (const item of body as unknown[]) {
    if (typeof item !== 'object' || item === null || !('id' in item) || typeof item.id !== 'string' || item.id === '') return null;
    if (entityType !== null) requests.push({ entityType, id: item.id });
  }
  return requests;
}
