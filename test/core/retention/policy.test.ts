import { describe, expect, it } from 'vitest';
import { DomainInputError } from '../../../src/core/errors';
import { DEFAULT_RETENTION_POLICY, RETENTION_POLICY_SOURCES, retentionPolicy } from '../../../src/core/retention';
import type { RetentionDurationKey } from '../../../src/core/retention';

describe('retentionPolicy', () => {
  it('defaults to the CNIL durations: 3 years for prospects and customers, re-permission 30 days before', () => {
    expect(retentionPolicy()).toEqual({ prospectMonths: 36, customerMonths: 36, repermissionDays: 30 });
    expect(retentionPolicy({})).toEqual(DEFAULT_RETENTION_POLICY);
  });

  it('keeps the defaults of the keys a config leaves out', () => {
    expect(retentionPolicy({ customerMonths: 24 })).toEqual({ prospectMonths: 36, customerMonths: 24, repermissionDays: 30 });
  });

  it('refuses an impossible duration, naming the key', () => {
    expect(() => retentionPolicy({ prospectMonths: 0 })).toThrow(DomainInputError);
    expect(() => retentionPolicy({ prospectMonths: 2.5 })).toThrow(expect.objectContaining({ input: 'retentionPolicy.prospectMonths', value: 2.5 }));
    expect(() => retentionPolicy({ repermissionDays: -1 })).toThrow(expect.objectContaining({ input: 'retentionPolicy.repermissionDays' }));
  });

  it('keeps data longer than the référentiel only with a written justification', () => {
    expect(() => retentionPolicy({ prospectMonths: 48 })).toThrow(expect.objectContaining({ input: 'retentionPolicy.justification' }));
    expect(() => retentionPolicy({ customerMonths: 60, justification: '   ' })).toThrow(DomainInputError);
    expect(retentionPolicy({ customerMonths: 60, justification: ' Garanties constructeur de 5 ans ' })).toEqual({
      prospectMonths: 36, customerMonths: 60, repermissionDays: 30, justification: 'Garanties constructeur de 5 ans',
    });
  });

  it('needs no justification to keep data for less time', () => {
    expect(retentionPolicy({ prospectMonths: 24, customerMonths: 36 })).toEqual({ prospectMonths: 24, customerMonths: 36, repermissionDays: 30 });
  });

  it('refuses an unknown key instead of ignoring a typo', () => {
    expect(() => retentionPolicy({ prospectMonth: 24 })).toThrow(DomainInputError);
  });

  it('cites the CNIL référentiel for every default', () => {
    for (const key of Object.keys(DEFAULT_RETENTION_POLICY) as RetentionDurationKey[]) {
      expect(RETENTION_POLICY_SOURCES[key].reference, key).toContain('2021-131');
      expect(RETENTION_POLICY_SOURCES[key].fr.length, key).toBeGreaterThan(20);
      expect(RETENTION_POLICY_SOURCES[key].en.length, key).toBeGreaterThan(20);
    }
  });
});
