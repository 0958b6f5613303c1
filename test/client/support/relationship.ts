/** Answers the record panels' relationship requests (`src/client/rgpd/relationship.ts`) like EspoCRM's related lists. */
export interface PersonRelationship {
  /** Won opportunities of the contact. @defaultValue 0 */
  readonly won?: number;
  /** The latest financing end date of the contact's vehicles, or none. */
  readonly financingEnd?: string | null;
  /** URLs answered with a failure (the host's `Espo.Ajax` rejects). */
  readonly failing?: readonly string[];
}

/** A `respond` for the fake host: the contact's related opportunities and vehicles, `undefined` (a failure) otherwise. */
export function relationshipResponder(person: PersonRelationship = {}): (url: string) => unknown {
  return (url) => {
    if (person.failing?.some((failing) => url.endsWith(failing)) === true) return undefined;
    if (url.endsWith('/opportunities')) {
      const won = person.won ?? 0;
      return { total: won, list: won > 0 ? [{ id: 'o1' }] : [] };
    }
    if (url.endsWith('/autoCibleVehicles')) {
      // The panels ask for the vehicles with an end date only (`isNotNull`).
      const end = person.financingEnd ?? null;
      return end === null ? { total: 0, list: [] } : { total: 1, list: [{ id: 'v1', financingEndDate: end }] };
    }
    return undefined;
  };
}
