import { describe, expect, it } from 'vitest';
import { loadRelationship, NOTHING_MORE, relationshipPart, relationshipRequests } from '../../../src/client/rgpd';
import type { RelationshipHost, RelationshipRequest } from '../../../src/client/rgpd';

const [WON, VEHICLES] = relationshipRequests('Contact', 'c/1') as [RelationshipRequest, RelationshipRequest];

function host(answers: Readonly<Record<string, unknown>>, readable: readonly string[] = ['Opportunity', 'AutoCibleVehicle']): RelationshipHost & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    canRead: (scope) => readable.includes(scope),
    get: async (url) => {
      calls.push(url);
      const answer = answers[url];
      if (answer === undefined) throw new Error('403');
      return answer;
    },
  };
}

describe('the relationship the record panels read', () => {
  it('asks a contact’s related won opportunities and the vehicle whose financing ends last, one row each', () => {
    expect(WON).toEqual({ scope: 'Opportunity', url: 'Contact/c%2F1/opportunities', params: { primaryFilter: 'won', select: 'id', maxSize: 1 } });
    expect(VEHICLES).toEqual({
      scope: 'AutoCibleVehicle', url: 'Contact/c%2F1/autoCibleVehicles',
      params: { select: 'financingEndDate', where: [{ type: 'isNotNull', attribute: 'financingEndDate' }], orderBy: 'financingEndDate', order: 'desc', maxSize: 1 },
    });
  });

  it('asks nothing for a lead or an account', async () => {
    expect(relationshipRequests('Lead', 'l1')).toEqual([]);
    expect(relationshipRequests('Account', 'a1')).toEqual([]);
    const none = host({});
    expect(await loadRelationship(none, 'Lead', 'l1')).toBe(NOTHING_MORE);
    expect(none.calls).toEqual([]);
  });

  it('counts won opportunities from total, or from the rows when the host does not count', () => {
    expect(relationshipPart(WON, { total: 3, list: [{ id: 'o1' }] })).toEqual({ wonOpportunities: 3 });
    expect(relationshipPart(WON, { total: -2, list: [{ id: 'o1' }] })).toEqual({ wonOpportunities: 1 });
    expect(relationshipPart(WON, { total: 0, list: [] })).toEqual({ wonOpportunities: 0 });
    expect(relationshipPart(WON, null)).toEqual({ wonOpportunities: 0 });
  });

  it('reads the financing end dates, an empty one as none', () => {
    expect(relationshipPart(VEHICLES, { total: 2, list: [{ financingEndDate: '2027-03-01' }] })).toEqual({ financingEndDates: ['2027-03-01'] });
    expect(relationshipPart(VEHICLES, { total: 1, list: [{ financingEndDate: '' }, { id: 'v2' }] })).toEqual({ financingEndDates: [null, null] });
    expect(relationshipPart(VEHICLES, { total: 0, list: [] })).toEqual({ financingEndDates: [] });
  });

  it('joins both answers into a complete relationship', async () => {
    const answers = { [WON.url]: { total: 1, list: [{ id: 'o1' }] }, [VEHICLES.url]: { total: 1, list: [{ financingEndDate: '2027-03-01' }] } };
    expect(await loadRelationship(host(answers), 'Contact', 'c/1')).toEqual({
      known: { wonOpportunities: 1, financingEndDates: ['2027-03-01'] }, complete: true,
    });
  });

  it('leaves out what the user may not read, without asking, and says the answer is incomplete', async () => {
    const noSales = host({ [VEHICLES.url]: { total: 0, list: [] } }, ['AutoCibleVehicle']);
    expect(await loadRelationship(noSales, 'Contact', 'c/1')).toEqual({ known: { financingEndDates: [] }, complete: false });
    expect(noSales.calls).toEqual([VEHICLES.url]);
  });

  it('never rejects: a failed request is left out and the answer incomplete', async () => {
    expect(await loadRelationship(host({ [WON.url]: { total: 2, list: [] } }), 'Contact', 'c/1')).toEqual({ known: { wonOpportunities: 2 }, complete: false });
  });
});
