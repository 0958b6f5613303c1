/**
 * List bodies shaped like the recordings in shared/espocrm-contract: `opportunity-list-won-primaryfilter.json`
 * (GET Opportunity?primaryFilter=won&where[0]…accountId…) and `account-related-opportunities-won.json`
 * (EspoCRM 9.2.7). `amountConverted` is added as the panel selects it.
 */
export const ACCOUNT_ID = '6b02cd0331ff0bc23';

export const wonOpportunitiesOfAccount = {
  total: 2,
  list: [
    {
      id: '6b02cd035c47774c8',
      name: 'Fixture-AC Won 2',
      amount: 8000,
      amountConverted: 8000,
      stage: 'Closed Won',
      closeDate: '2026-10-01',
      createdAt: '2026-11-22 11:07:47',
      amountCurrency: 'EUR',
      accountId: ACCOUNT_ID,
      accountName: 'Fixture-AC Garage Dupont',
      createdById: '6b02c90189922aeaa',
      assignedUserId: null,
    },
    {
      id: '6b02cd0355c561c67',
      name: 'Fixture-AC Won 1',
      amount: 12000,
      amountConverted: 12000,
      stage: 'Closed Won',
      closeDate: '2026-10-01',
      createdAt: '2026-11-22 11:07:47',
      amountCurrency: 'EUR',
      accountId: ACCOUNT_ID,
      accountName: 'Fixture-AC Garage Dupont',
      createdById: '6b02c90189922aeaa',
      assignedUserId: null,
    },
  ],
} as const;

export const noOpportunities = { total: 0, list: [] } as const;

/** The course's worked example (domain.md §4.3) typed into the admin form for particuliers. */
export const workedExampleSettings = {
  autoCibleVmcParticulierPurchasesPerYear: 2,
  autoCibleVmcParticulierAverageAmount: 400,
  autoCibleVmcParticulierRetentionRate: 75,
  autoCibleVmcParticulierPeriodYears: 3,
  autoCibleVmcParticulierCostToReach: 3,
  autoCibleVmcParticulierConversionRate: 3,
  autoCibleVmcParticulierMarginRate: 40,
} as const;

export const HOSTILE = '<img src=x onerror=alert(1)>';
