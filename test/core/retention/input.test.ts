import { describe, expect, it } from 'vitest';
import type { RetentionInput } from '../../../src/core/retention';
import { DEFAULT_RETENTION_POLICY, RetentionInputError, parseRetentionInput, planRetention } from '../../../src/core/retention';

describe('the retention input has no place for email opens or outbound actions', () => {
  it('does not type-check a record that carries email opens or outbound calls', () => {
    const input: RetentionInput = {
      id: 'l-1',
      entityType: 'Lead',
      createdAt: '2020-01-01',
      // @ts-expect-error an email open is not a contact coming from the person (CNIL, Spartoo SAN-2020-003)
      emailOpens: ['2024-12-01'],
    };
    expect(planRetention(input, DEFAULT_RETENTION_POLICY, '2025-01-01')).toMatchObject({ anchorDate: '2020-01-01', action: 'anonymise' });
  });

  it('refuses such a record read from a file, naming the field and the record', () => {
    const record = { id: 'l-1', entityType: 'Lead', createdAt: '2020-01-01', emailOpens: ['2024-12-01'], outboundCalls: ['2024-12-02'] };
    expect(() => parseRetentionInput(record)).toThrow(RetentionInputError);
    expect(() => parseRetentionInput(record)).toThrow(
      expect.objectContaining({ recordId: 'l-1', code: 'RETENTION_INPUT_INVALID', issues: [expect.objectContaining({ path: '' })] }),
    );
  });
});

describe('parseRetentionInput', () => {
  it('reads a complete record, EspoCRM nulls included', () => {
    const record = {
      id: 'c-1',
      entityType: 'Contact',
      createdAt: '2020-01-01 10:00:00',
      lifecycleStage: 'CLIENT',
      legalHold: null,
      lastInboundContactAt: null,
      lastWorkshopVisitAt: '2023-01-01',
      inboundEmails: ['2022-01-01'],
      heldInboundCalls: [],
      heldMeetings: [],
      wonOpportunities: ['2021-01-01'],
      vehicles: [{ id: 'v-1', purchaseDate: '2021-01-01', financingEndDate: null }],
    };
    expect(parseRetentionInput(record)).toEqual(record);
  });

  it('names the path of a wrongly typed value', () => {
    expect(() => parseRetentionInput({ id: 'c-2', entityType: 'Contact', vehicles: [{ financingEndDate: 20270101 }] })).toThrow(
      expect.objectContaining({ recordId: 'c-2', issues: [expect.objectContaining({ path: 'vehicles.0.financingEndDate' })] }),
    );
    expect(() => parseRetentionInput({ id: 'c-3', entityType: 'Opportunity' })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: 'entityType' })] }),
    );
  });
});
