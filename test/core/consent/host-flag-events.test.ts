import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelConsent, eligibility, hostFlagEvents, mergeConsent } from '../../../src/core/consent';
import type { ConsentChannel, ConsentEvent, HostOptOutFlags } from '../../../src/core/consent';
import { consentEvents } from './arbitraries';

const TODAY = '2024-03-25';
const optIn = (channel: ConsentChannel, date: string): ConsentEvent => ({ channel, status: 'OPT_IN', date, source: 'FORMULAIRE', proof: 'case cochée v2' });
const optOut = (channel: ConsentChannel, date: string): ConsentEvent => ({ channel, status: 'OPT_OUT', date, source: 'EMAIL' });
const flags = fc.record({ emailAddressIsOptedOut: fc.option(fc.boolean()), phoneNumberIsOptedOut: fc.option(fc.boolean()), doNotCall: fc.option(fc.boolean()) });

describe('objections read from EspoCRM opt-out flags', () => {
  it('records the e-mail flag as an objection on the e-mail channel, dated the day it is seen, naming the flag', () => {
    expect(hostFlagEvents({ emailAddressIsOptedOut: true }, [optIn('email', '2024-01-02')], TODAY)).toEqual([
      { channel: 'email', status: 'OPT_OUT', date: TODAY, source: 'AUTRE', sourceRef: 'espocrm:emailAddressIsOptedOut' },
    ]);
  });

  it('closes SMS and calls for an opted-out phone number, calls only for doNotCall, each channel once', () => {
    const events = hostFlagEvents({ phoneNumberIsOptedOut: true, doNotCall: true }, [], TODAY);
    expect(events.map((e) => [e.channel, e.sourceRef])).toEqual([['sms', 'espocrm:phoneNumberIsOptedOut'], ['phone', 'espocrm:phoneNumberIsOptedOut']]);
    expect(hostFlagEvents({ doNotCall: true }, [], TODAY).map((e) => e.channel)).toEqual(['phone']);
  });

  it('adds nothing when the history already says opt-out, or when no flag is ticked', () => {
    expect(hostFlagEvents({ emailAddressIsOptedOut: true }, [optOut('email', '2023-05-01')], TODAY)).toEqual([]);
    expect(hostFlagEvents({ emailAddressIsOptedOut: false, phoneNumberIsOptedOut: null }, [], TODAY)).toEqual([]);
  });

  it('records a flag still ticked after a proven opt-in again: EspoCRM still obeys it', () => {
    const history = [optOut('email', '2024-01-01'), optIn('email', '2024-02-01')];
    expect(hostFlagEvents({ emailAddressIsOptedOut: true }, history, TODAY)).toHaveLength(1);
  });

  it('makes the history agree with the flags: every channel a flag closes reads opt-out, and a second pass adds nothing', () => {
    fc.assert(fc.property(consentEvents, flags, (history, hostFlags: HostOptOutFlags) => {
      const merged = mergeConsent(history, hostFlagEvents(hostFlags, history, TODAY));
      for (const channel of ['email', 'sms', 'phone', 'postal'] as const) {
        const closed = eligibility({ person: { consentHistory: [] }, channel, today: TODAY, isExistingCustomer: true, hostFlags, customerKind: 'PROFESSIONNEL' }).ruleId.startsWith('HOST_');
        if (closed) expect(channelConsent(merged, channel, TODAY).status).toBe('OPT_OUT');
        else expect(channelConsent(merged, channel, TODAY)).toEqual(channelConsent(history, channel, TODAY));
      }
      expect(hostFlagEvents(hostFlags, merged, TODAY)).toEqual([]);
    }), { numRuns: 300 });
  });
});
