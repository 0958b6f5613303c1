import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConsentChannel, ConsentEvent, EligibilityQuery, EligibilityRuleId } from '../../../src/core/consent';
import { ELIGIBILITY_RULES, PHONE_PRIOR_CONSENT_FROM, eligibility } from '../../../src/core/consent';
import { DomainInputError } from '../../../src/core/errors';
import { channel, consentEvents } from './arbitraries';

const BEFORE = '2026-08-10';
const AFTER = '2026-08-11';

function event(ch: ConsentChannel, status: ConsentEvent['status']): ConsentEvent {
  return { channel: ch, status, date: '2025-01-01', source: 'FORMULAIRE', proof: 'case cochée' };
}

function query(ch: ConsentChannel, overrides: Partial<EligibilityQuery> = {}, status?: ConsentEvent['status']): EligibilityQuery {
  return {
    person: { consentHistory: status === undefined ? [] : [event(ch, status)] },
    channel: ch,
    today: '2025-06-01',
    customerKind: 'PARTICULIER',
    isExistingCustomer: false,
    hostFlags: {},
    ...overrides,
  };
}

interface Row {
  readonly name: string;
  readonly query: EligibilityQuery;
  readonly eligible: boolean;
  readonly ruleId: EligibilityRuleId;
}

const B2B = { customerKind: 'PROFESSIONNEL' } as const;

const ROWS: readonly Row[] = [
  // EspoCRM's flags win over any consent.
  { name: 'an opted-out email address, even with an opt-in', query: query('email', { hostFlags: { emailAddressIsOptedOut: true } }, 'OPT_IN'), eligible: false, ruleId: 'HOST_EMAIL_OPTED_OUT' },
  { name: 'an opted-out email address of a professional', query: query('email', { ...B2B, hostFlags: { emailAddressIsOptedOut: true } }), eligible: false, ruleId: 'HOST_EMAIL_OPTED_OUT' },
  { name: 'SMS to an opted-out phone number', query: query('sms', { hostFlags: { phoneNumberIsOptedOut: true } }, 'OPT_IN'), eligible: false, ruleId: 'HOST_PHONE_OPTED_OUT' },
  { name: 'a call to an opted-out phone number', query: query('phone', { ...B2B, hostFlags: { phoneNumberIsOptedOut: true } }), eligible: false, ruleId: 'HOST_PHONE_OPTED_OUT' },
  { name: 'a call to a “do not call” record, even with consent', query: query('phone', { today: AFTER, hostFlags: { doNotCall: true } }, 'OPT_IN'), eligible: false, ruleId: 'HOST_DO_NOT_CALL' },
  { name: 'SMS to a “do not call” record with SMS opt-in', query: query('sms', { hostFlags: { doNotCall: true } }, 'OPT_IN'), eligible: true, ruleId: 'B2C_ELECTRONIC_OPT_IN' },
  { name: 'email when only the phone is opted out', query: query('email', { hostFlags: { phoneNumberIsOptedOut: true } }, 'OPT_IN'), eligible: true, ruleId: 'B2C_ELECTRONIC_OPT_IN' },
  // Objection in our history.
  { name: 'a professional who objected to email', query: query('email', B2B, 'OPT_OUT'), eligible: false, ruleId: 'CONSENT_OPTED_OUT' },
  { name: 'a customer with a running contract who objected to calls', query: query('phone', { today: AFTER, hasRunningContract: true }, 'OPT_OUT'), eligible: false, ruleId: 'CONSENT_OPTED_OUT' },
  { name: 'a person who objected to postal mail', query: query('postal', {}, 'OPT_OUT'), eligible: false, ruleId: 'CONSENT_OPTED_OUT' },
  // B2C email and SMS.
  { name: 'B2C email with opt-in', query: query('email', {}, 'OPT_IN'), eligible: true, ruleId: 'B2C_ELECTRONIC_OPT_IN' },
  { name: 'B2C SMS with opt-in', query: query('sms', {}, 'OPT_IN'), eligible: true, ruleId: 'B2C_ELECTRONIC_OPT_IN' },
  { name: 'B2C email, existing customer with soft opt-in', query: query('email', { isExistingCustomer: true }, 'SOFT_OPT_IN'), eligible: true, ruleId: 'B2C_ELECTRONIC_SOFT_OPT_IN' },
  { name: 'B2C SMS, soft opt-in but not a customer', query: query('sms', {}, 'SOFT_OPT_IN'), eligible: false, ruleId: 'B2C_ELECTRONIC_SOFT_OPT_IN_NOT_CUSTOMER' },
  { name: 'B2C email, existing customer without a recorded soft opt-in', query: query('email', { isExistingCustomer: true }), eligible: false, ruleId: 'B2C_ELECTRONIC_NO_CONSENT' },
  { name: 'B2C email with nothing recorded', query: query('email'), eligible: false, ruleId: 'B2C_ELECTRONIC_NO_CONSENT' },
  { name: 'email with unknown customer kind follows the consumer rule', query: query('email', { customerKind: null }), eligible: false, ruleId: 'B2C_ELECTRONIC_NO_CONSENT' },
  // B2B email and SMS.
  { name: 'B2B email with nothing recorded', query: query('email', B2B), eligible: true, ruleId: 'B2B_ELECTRONIC_ALLOWED' },
  { name: 'B2B SMS with nothing recorded', query: query('sms', B2B), eligible: true, ruleId: 'B2B_ELECTRONIC_ALLOWED' },
  // B2C phone, both sides of 2026-08-10 / 2026-08-11.
  { name: 'B2C call on 2026-08-10, not on Bloctel', query: query('phone', { today: BEFORE, bloctelListed: false }), eligible: true, ruleId: 'B2C_PHONE_NOT_OPPOSED' },
  { name: 'B2C call on 2026-08-11, not on Bloctel, no consent', query: query('phone', { today: AFTER, bloctelListed: false }), eligible: false, ruleId: 'B2C_PHONE_NO_CONSENT' },
  { name: 'B2C call on 2026-08-10, on Bloctel', query: query('phone', { today: BEFORE, bloctelListed: true }), eligible: false, ruleId: 'B2C_PHONE_BLOCTEL_LISTED' },
  { name: 'B2C call on 2026-08-11, on Bloctel, with consent', query: query('phone', { today: AFTER, bloctelListed: true }, 'OPT_IN'), eligible: true, ruleId: 'B2C_PHONE_PRIOR_CONSENT' },
  { name: 'B2C call on 2026-08-10, Bloctel not checked', query: query('phone', { today: BEFORE }), eligible: false, ruleId: 'B2C_PHONE_BLOCTEL_UNCHECKED' },
  { name: 'B2C call on 2026-08-11, Bloctel not checked, with consent', query: query('phone', { today: AFTER }, 'OPT_IN'), eligible: true, ruleId: 'B2C_PHONE_PRIOR_CONSENT' },
  { name: 'B2C call on 2026-08-10, on Bloctel, running contract', query: query('phone', { today: BEFORE, bloctelListed: true, hasRunningContract: true }), eligible: true, ruleId: 'B2C_PHONE_BLOCTEL_CONTRACT' },
  { name: 'B2C call on 2026-08-11, no consent, running contract', query: query('phone', { today: AFTER, hasRunningContract: true }), eligible: true, ruleId: 'B2C_PHONE_CONTRACT' },
  { name: 'B2C call on 2026-08-11, soft opt-in is no phone consent', query: query('phone', { today: AFTER, isExistingCustomer: true }, 'SOFT_OPT_IN'), eligible: false, ruleId: 'B2C_PHONE_NO_CONSENT' },
  { name: 'B2C call on 2026-08-10 with consent but on Bloctel', query: query('phone', { today: BEFORE, bloctelListed: true }, 'OPT_IN'), eligible: false, ruleId: 'B2C_PHONE_BLOCTEL_LISTED' },
  { name: 'call with unknown customer kind on 2026-08-11 follows the consumer rule', query: query('phone', { today: AFTER, customerKind: null }), eligible: false, ruleId: 'B2C_PHONE_NO_CONSENT' },
  // B2B phone and postal.
  { name: 'B2B call on 2026-08-10', query: query('phone', { ...B2B, today: BEFORE }), eligible: true, ruleId: 'B2B_PHONE_ALLOWED' },
  { name: 'B2B call on 2026-08-11 without consent', query: query('phone', { ...B2B, today: AFTER }), eligible: true, ruleId: 'B2B_PHONE_ALLOWED' },
  { name: 'B2C postal mail with nothing recorded', query: query('postal'), eligible: true, ruleId: 'POSTAL_ALLOWED' },
  { name: 'B2B postal mail', query: query('postal', B2B), eligible: true, ruleId: 'POSTAL_ALLOWED' },
];

describe('eligibility', () => {
  for (const row of ROWS) {
    it(`${row.name}: ${row.eligible ? 'eligible' : 'not eligible'} by ${row.ruleId}`, () => {
      const answer = eligibility(row.query);
      expect(answer).toMatchObject({ eligible: row.eligible, ruleId: row.ruleId, channel: row.query.channel });
      expect(answer.reason).toEqual(ELIGIBILITY_RULES[row.ruleId].reason);
      expect(answer.legalReference).toBe(ELIGIBILITY_RULES[row.ruleId].legalReference);
    });
  }

  it('covers every rule in the table above', () => {
    expect(new Set(ROWS.map((r) => r.ruleId))).toEqual(new Set(Object.keys(ELIGIBILITY_RULES)));
  });

  it('gives every rule a reason in both languages and a legal reference', () => {
    for (const rule of Object.values(ELIGIBILITY_RULES)) {
      expect(rule.reason.fr.length).toBeGreaterThan(10);
      expect(rule.reason.en.length).toBeGreaterThan(10);
      expect(rule.legalReference).toMatch(/(RGPD|CPCE|C\. consom\.)/);
    }
  });

  it('cites the loi n° 2025-594 for the prior-consent regime, which starts on 2026-08-11', () => {
    expect(PHONE_PRIOR_CONSENT_FROM).toBe(AFTER);
    expect(ELIGIBILITY_RULES.B2C_PHONE_NO_CONSENT.legalReference).toContain('n° 2025-594');
    expect(ELIGIBILITY_RULES.B2C_PHONE_BLOCTEL_LISTED.legalReference).toContain('L223-1');
  });

  it('does not count a consent dated after the day asked', () => {
    const later: ConsentEvent = { channel: 'email', status: 'OPT_IN', date: '2025-07-01', source: 'FORMULAIRE', proof: 'case' };
    const q = { ...query('email'), person: { consentHistory: [later] } };
    expect(eligibility({ ...q, today: '2025-06-30' })).toMatchObject({ eligible: false, consentStatus: 'UNKNOWN' });
    expect(eligibility({ ...q, today: '2025-07-01' })).toMatchObject({ eligible: true, consentStatus: 'OPT_IN' });
  });

  it('refuses a day that is not a calendar date', () => {
    expect(() => eligibility({ ...query('email'), today: '2026-02-30' })).toThrow(DomainInputError);
    expect(() => eligibility({ ...query('email'), today: '2026-02-30' })).toThrow(expect.objectContaining({ input: 'today' }));
  });
});

describe('eligibility invariants', () => {
  const anyQuery = fc.record({
    channel,
    history: consentEvents,
    today: fc.constantFrom('2024-03-10', BEFORE, AFTER, '2027-01-01'),
    customerKind: fc.constantFrom('PARTICULIER', 'PROFESSIONNEL', null),
    isExistingCustomer: fc.boolean(),
    bloctelListed: fc.option(fc.boolean(), { nil: undefined }),
    hasRunningContract: fc.boolean(),
  });

  type AnyQuery = typeof anyQuery extends fc.Arbitrary<infer T> ? T : never;

  function build(q: AnyQuery, hostFlags: EligibilityQuery['hostFlags']): EligibilityQuery {
    const { history, bloctelListed, ...rest } = q;
    return { ...rest, person: { consentHistory: history }, hostFlags, ...(bloctelListed === undefined ? {} : { bloctelListed }) };
  }

  it('never lets an opted-out email address receive email', () => {
    fc.assert(
      fc.property(anyQuery, (q) => {
        expect(eligibility(build({ ...q, channel: 'email' }, { emailAddressIsOptedOut: true })).eligible).toBe(false);
      }),
    );
  });

  it('never makes a channel eligible while its consent state is opt-out', () => {
    fc.assert(
      fc.property(anyQuery, (q) => {
        const answer = eligibility(build(q, {}));
        if (answer.consentStatus === 'OPT_OUT') expect(answer.eligible).toBe(false);
      }),
    );
  });
});
