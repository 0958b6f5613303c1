import { describe, expect, it } from 'vitest';
import { allowedMaxSize, toHistory, wonOpportunitiesRequest } from '../../../src/client/vmc/purchases';
import { wonOpportunitiesOfAccount } from '../support/won-opportunities';

describe('the won-opportunities request', () => {
  it('lists an account’s won opportunities by accountId with the won primary filter', () => {
    expect(wonOpportunitiesRequest('Account', 'a1')).toEqual({
      url: 'Opportunity',
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

  it('lists a contact’s related opportunities, encoding the id in the path', () => {
    expect(wonOpportunitiesRequest('Contact', 'c/1').url).toBe('Contact/c%2F1/opportunities');
    expect(wonOpportunitiesRequest('Contact', 'c1').params).not.toHaveProperty('where');
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

describe('allowedMaxSize', () => {
  const xhr = (status: number, reason: string | null) => ({ status, getResponseHeader: (name: string) => (name === 'X-Status-Reason' ? reason : null) });

  it('reads the installation’s limit from EspoCRM’s refusal (recording contact-list-maxsize-over-limit)', () => {
    expect(allowedMaxSize(xhr(403, 'Max size should not exceed 50. Use offset and limit.'), 200)).toBe(50);
    expect(wonOpportunitiesRequest('Contact', 'c1', 50).params).toMatchObject({ maxSize: 50 });
  });

  it('is null for any other failure, and for a limit that cannot help', () => {
    expect(allowedMaxSize(xhr(403, 'No read access.'), 200)).toBeNull();
    expect(allowedMaxSize(xhr(500, 'Max size should not exceed 50. Use offset and limit.'), 200)).toBeNull();
    expect(allowedMaxSize(xhr(403, 'Max size should not exceed 200. Use offset and limit.'), 200)).toBeNull();
    expect(allowedMaxSize(xhr(403, 'Max size should not exceed 0. Use offset and limit.'), 200)).toBeNull();
    expect(allowedMaxSize(xhr(403, null), 200)).toBeNull();
    expect(allowedMaxSize(new Error('403'), 200)).toBeNull();
  });
});
