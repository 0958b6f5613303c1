/**
 * What the consent check knows of a contact beyond the record, read for the record panels: whether the
 * contact has a won sale (the B2C soft opt-in) and the latest end of a financing contract on their
 * vehicles (the « contrat en cours » exception for calls). Without it, the panels would call a customer
 * ineligible where `consent check` says eligible (recordings account-related-opportunities-won,
 * contact-related-autociblevehicles).
 */
import type { KnownRelationship } from '../../core/consent';

export interface RelationshipRequest {
  readonly scope: 'Opportunity' | 'AutoCibleVehicle';
  readonly url: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** What the panels read, and whether every part of it could be read with the user's access. */
export interface Relationship {
  readonly known: KnownRelationship;
  /** False when the user may not read opportunities or vehicles, or a request failed. */
  readonly complete: boolean;
}

/** A record the panels read nothing more for (a lead has neither sales nor vehicles until converted). */
export const NOTHING_MORE: Relationship = { known: {}, complete: true };

/**
 * The contact's won opportunities (EspoCRM relates an opportunity's primary contact to its `contacts`,
 * so the related list holds both) and the vehicle whose financing ends last: one row each is enough to
 * answer. Vehicles without an end date are left out by the query, since MySQL sorts null dates last in a
 * descending order but PostgreSQL sorts them first, where the one row read would hide a running contract.
 */
export function relationshipRequests(entityType: string, id: string): readonly RelationshipRequest[] {
  if (entityType !== 'Contact') return [];
  const contact = `Contact/${encodeURIComponent(id)}`;
  return [
    { scope: 'Opportunity', url: `${contact}/opportunities`, params: { primaryFilter: 'won', select: 'id', maxSize: 1 } },
    { scope: 'AutoCibleVehicle', url: `${contact}/autoCibleVehicles`, params: {
      select: 'financingEndDate', where: [{ type: 'isNotNull', attribute: 'financingEndDate' }], orderBy: 'financingEndDate', order: 'desc', maxSize: 1,
    } },
  ];
}

function listOf(body: unknown): { readonly list: readonly unknown[]; readonly total: number } {
  const response = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const list = Array.isArray(response.list) ? response.list : [];
  // `total` is -1 or -2 when the host does not count (platform §4.3): the rows say whether there is one.
  const total = typeof response.total === 'number' && response.total >= 0 ? response.total : list.length;
  return { list, total };
}

function financingEnd(row: unknown): string | null {
  const value = typeof row === 'object' && row !== null ? (row as Record<string, unknown>).financingEndDate : null;
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The part of `KnownRelationship` one answer gives. */
export function relationshipPart(request: RelationshipRequest, body: unknown): KnownRelationship {
  const { list, total } = listOf(body);
  if (request.scope === 'Opportunity') return { wonOpportunities: total };
  return { financingEndDates: list.map(financingEnd) };
}

export interface RelationshipHost {
  /** `getAcl().checkScope(scope, 'read')`. */
  readonly canRead: (scope: RelationshipRequest['scope']) => boolean;
  /** `Espo.Ajax.getRequest`. */
  readonly get: (url: string, params: Readonly<Record<string, unknown>>) => PromiseLike<unknown>;
}

/**
 * Reads the relationship of the record; never rejects. A part the user may not read, or whose request
 * fails (the host shows its own error), is left out and the answer marked incomplete: the eligibility
 * shown may then be stricter than the consent check's, never more permissive.
 */
export async function loadRelationship(host: RelationshipHost, entityType: string, id: string): Promise<Relationship> {
  const requests = relationshipRequests(entityType, id);
  if (requests.length === 0) return NOTHING_MORE;
  const parts = await Promise.all(requests.map(async (request) => {
    if (!host.canRead(request.scope)) return null;
    try {
      return relationshipPart(request, await host.get(request.url, request.params));
    } catch {
      return null;
    }
  }));
  const known = Object.assign({}, ...parts.filter((part) => part !== null)) as KnownRelationship;
  return { known, complete: parts.every((part) => part !== null) };
}

/** The host a record panel reads through: its ACL and the global `Espo.Ajax` (platform §3.7). */
export function panelRelationship(acl: { checkScope(scope: string, action?: string): boolean }, model: { readonly entityType: string; readonly id: string }): Promise<Relationship> {
  return loadRelationship({ canRead: (scope) => acl.checkScope(scope, 'read'), get: (url, params) => Espo.Ajax.getRequest(url, params) }, model.entityType, model.id);
}
