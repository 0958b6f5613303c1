import { describe, expect, it } from 'vitest';
import type { ConsentEvent } from '../../../src/core/consent';
import { eligibility, hasRunningContract, hostOptOutFlags, isExistingCustomer, personEligibilityQuery } from '../../../src/core/consent';

const reader = (record: Readonly<Record<string, unknown>>) => (attribute: string): unknown => record[attribute];
const SOFT_OPT_IN: ConsentEvent = { channel: 'email', status: 'SOFT_OPT_IN', date: '2025-01-01', source: 'MAGASIN', proof: 'facture 42' };

describe('reading a person for the eligibility rules', () => {
  it.each([
    ['a customer by lifecycle stage', { autoCibleLifecycleStage: 'CLIENT' }, {}],
    ['a former customer', { autoCibleLifecycleStage: 'ANCIEN_CLIENT' }, {}],
    ['a workshop customer (a visit on record)', { autoCibleLastWorkshopVisitAt: '2024-11-02 09:30:00' }, {}],
    ['a prospect with a won opportunity', { autoCibleLifecycleStage: 'PROSPECT' }, { wonOpportunities: 1 }],
  ])('counts %s as an existing customer, so a soft opt-in allows e-mail', (_name, record, known) => {
    const get = reader(record);
    expect(isExistingCustomer(get, known)).toBe(true);
    const answer = eligibility(personEligibilityQuery(get, { id: 'c1', history: [SOFT_OPT_IN] }, 'email', '2025-06-01', known));
    expect(answer).toMatchObject({ eligible: true, ruleId: 'B2C_ELECTRONIC_SOFT_OPT_IN' });
  });

  it('does not count a prospect without a sale, a visit or a won opportunity', () => {
    const get = reader({ autoCibleLifecycleStage: 'PROSPECT', autoCibleLastWorkshopVisitAt: '  ' });
    expect(isExistingCustomer(get, { wonOpportunities: 0 })).toBe(false);
    expect(eligibility(personEligibilityQuery(get, { id: 'c1', history: [SOFT_OPT_IN] }, 'email', '2025-06-01'))).toMatchObject({ eligible: false, ruleId: 'B2C_ELECTRONIC_SOFT_OPT_IN_NOT_CUSTOMER' });
  });

  it('sees a contract running until today, not one that ended yesterday, whatever the date format', () => {
    expect(hasRunningContract({ financingEndDates: [null, '2026-09-01'] }, '2026-09-01')).toBe(true);
    expect(hasRunningContract({ financingEndDates: ['2026-09-01 00:00:00'] }, '2026-09-01')).toBe(true);
    expect(hasRunningContract({ financingEndDates: ['2026-08-31'] }, '2026-09-01')).toBe(false);
    expect(hasRunningContract({}, '2026-09-01')).toBe(false);
  });

  it('takes a running financing contract for the « contrat en cours » exception only for an existing customer', () => {
    const known = { financingEndDates: ['2027-06-30'] };
    // A prospect listed on Bloctel whose car is on a bank's LOA: targeting data, not the dealership's contract.
    const prospect = reader({ autoCibleLifecycleStage: 'PROSPECT', autoCibleCustomerKind: 'PARTICULIER' });
    expect(personEligibilityQuery(prospect, { id: 'c1', history: [] }, 'phone', '2026-09-01', known).hasRunningContract).toBe(false);
    expect(eligibility(personEligibilityQuery(prospect, { id: 'c1', history: [] }, 'phone', '2026-09-01', known))).toMatchObject({ eligible: false });
    const customer = reader({ autoCibleLifecycleStage: 'CLIENT', autoCibleCustomerKind: 'PARTICULIER' });
    expect(eligibility(personEligibilityQuery(customer, { id: 'c1', history: [] }, 'phone', '2026-09-01', known))).toMatchObject({ eligible: true, ruleId: 'B2C_PHONE_CONTRACT' });
  });

  it('takes EspoCRM opt-out flags only when they are true or false', () => {
    expect(hostOptOutFlags(reader({ emailAddressIsOptedOut: true, phoneNumberIsOptedOut: 'yes', doNotCall: false }))).toEqual({
      emailAddressIsOptedOut: true, phoneNumberIsOptedOut: null, doNotCall: false,
    });
  });

  it('counts an opted-out address other than the primary one, when the record carries its addresses', () => {
    const record = {
      emailAddressIsOptedOut: false,
      emailAddressData: [
        { emailAddress: 'new@garage.example', primary: true, optOut: false, invalid: false },
        { emailAddress: 'old@garage.example', primary: false, optOut: true, invalid: false },
      ],
      phoneNumberIsOptedOut: false,
      phoneNumberData: [{ phoneNumber: '+33612345678', primary: true, optOut: false, invalid: false }],
    };
    expect(hostOptOutFlags(reader(record))).toEqual({ emailAddressIsOptedOut: true, phoneNumberIsOptedOut: false, doNotCall: null });
    const b2b = personEligibilityQuery(reader({ ...record, autoCibleCustomerKind: 'PROFESSIONNEL' }), { id: 'c1', history: [] }, 'email', '2025-06-01');
    expect(eligibility(b2b)).toMatchObject({ eligible: false });
    // A mobile opted out while the landline is primary closes SMS and calls.
    const phones = { phoneNumberIsOptedOut: false, phoneNumberData: [{ phoneNumber: '+33145000000', primary: true, optOut: false }, { phoneNumber: '+33612345678', primary: false, optOut: true }] };
    expect(hostOptOutFlags(reader(phones)).phoneNumberIsOptedOut).toBe(true);
  });

  it('reads the customer kind, and leaves an unknown one to the stricter consumer rules', () => {
    const pro = personEligibilityQuery(reader({ autoCibleCustomerKind: 'PROFESSIONNEL' }), { id: 'c1', history: [] }, 'email', '2025-06-01');
    const unknown = personEligibilityQuery(reader({ autoCibleCustomerKind: 'ROBOT' }), { id: 'c1', history: [] }, 'email', '2025-06-01');
    expect(eligibility(pro)).toMatchObject({ eligible: true, ruleId: 'B2B_ELECTRONIC_ALLOWED' });
    expect(unknown.customerKind).toBeNull();
    expect(eligibility(unknown)).toMatchObject({ eligible: false, ruleId: 'B2C_ELECTRONIC_NO_CONSENT' });
  });
});
