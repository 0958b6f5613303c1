import { describe, expect, it } from 'vitest';
import { toHistory, wonOpportunitiesRequest } from '../../../src/core/vmc';
import { wonOpportunitiesOfAccount } from '../../client/support/won-opportunities';

describe('the won-opportunities request (panel and vmc job)', () => {
  it('lists an account’s won opportunities by accountId with the won primary filter', () => {
    expect(wonOpportunitiesRequest('Account', 'a1')).toEqual({
      url: 'Opportunity',
      endpoint: { kind: 'list', entityType: 'Opportunity' },
      params: {
        primaryFilter: 'won',
        select: 'amount,amountConverted,closeDate',
        orderBy: 'closeDate',
        order: 'desc',
        maxSize: 200,
        where: [{ type: 'equals', attribute: 'accountId', value: 'a1' }],
      },
    });
  });

  it('lists a contact’s related opportunities, encoding the id in the path only', () => {
    const request = wonOpportunitiesRequest('Contact', 'c/1');
    expect(request.url).toBe('Contact/c%2F1/opportunities');
    expect(request.endpoint).toEqual({ kind: 'related', entityType: 'Contact', id: 'c/1', link: 'opportunities' });
    expect(wonOpportunitiesRequest('Contact', 'c1').params).not.toHaveProperty('where');
  });

  it('asks for a smaller page when the installation allows less than 200', () => {
    expect(wonOpportunitiesRequest('Contact', 'c1', 50).params).toMatchObject({ maxSize: 50 });
  });
});

describe('reading a list response into purchases', () => {
  it('reads the recorded shape', () => {
    expect(toHistory(wonOpportunitiesOfAccount)).toEqual({
      purchases: [
        { date: '2026-10-01', amount: 8000 },
        { date: '2026-10-01', amount: 12000 },
      ],
      total: 2,
    });
  });

  it('prefers the converted amount, accepts decimal strings and skips rows without amount or close date', () => {
    const body = {
      total: 250,
      list: [
        { amount: 100, amountConverted: 110, closeDate: '2025-01-01' },
        { amount: '2500.50', closeDate: '2025-02-01' },
        { amount: null, closeDate: '2025-03-01' },
        { amount: 10, closeDate: null },
        'not a record',
      ],
    };
    expect(toHistory(body)).toEqual({
      purchases: [
        { date: '2025-01-01', amount: 110 },
        { date: '2025-02-01', amount: 2500.5 },
      ],
      total: 250,
    });
  });

  it('treats an unexpected body as no purchase', () => {
    expect(toHistory(null)).toEqual({ purchases: [], total: 0 });
    expect(toHistory({ list: 'x', total: -2 })).toEqual({ purchases: [], total: 0 });
  });
});
