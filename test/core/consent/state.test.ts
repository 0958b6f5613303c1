import { describe, expect, it } from 'vitest';
import type { ConsentEvent } from '../../../src/core/consent';
import { channelConsent, consentSnapshot } from '../../../src/core/consent';

const optIn = (date: string): ConsentEvent => ({ channel: 'email', status: 'OPT_IN', date, source: 'FORMULAIRE', proof: 'case cochée v2' });
const softOptIn = (date: string): ConsentEvent => ({ channel: 'email', status: 'SOFT_OPT_IN', date, source: 'MAGASIN', proof: 'BC 1234' });
const optOut = (date: string): ConsentEvent => ({ channel: 'email', status: 'OPT_OUT', date, source: 'EMAIL' });
const unknown = (date: string): ConsentEvent => ({ channel: 'email', status: 'UNKNOWN', date, source: 'IMPORT', sourceRef: 'old.csv' });

describe('channelConsent', () => {
  const cases: readonly { name: string; events: readonly ConsentEvent[]; expected: string }[] = [
    { name: 'no event leaves the channel unknown', events: [], expected: 'UNKNOWN' },
    { name: 'a newer opt-out wins over an older opt-in', events: [optIn('2024-01-01'), optOut('2024-02-01')], expected: 'OPT_OUT' },
    { name: 'a newer proven opt-in lifts an older opt-out', events: [optOut('2024-01-01'), optIn('2024-02-01')], expected: 'OPT_IN' },
    { name: 'a newer soft opt-in never lifts an opt-out', events: [optOut('2024-01-01'), softOptIn('2024-02-01')], expected: 'OPT_OUT' },
    { name: 'an opt-out beats an opt-in of the same day, listed after it', events: [optIn('2024-01-01'), optOut('2024-01-01')], expected: 'OPT_OUT' },
    { name: 'an opt-out beats an opt-in of the same day, listed before it', events: [optOut('2024-01-01'), optIn('2024-01-01')], expected: 'OPT_OUT' },
    { name: 'an unknown event does not erase a consent', events: [optIn('2024-01-01'), unknown('2024-06-01')], expected: 'OPT_IN' },
    { name: 'an unknown event does not erase an objection', events: [optOut('2024-01-01'), unknown('2024-06-01')], expected: 'OPT_OUT' },
    { name: 'a newer soft opt-in replaces an opt-in (most recent wins)', events: [optIn('2024-01-01'), softOptIn('2024-02-01')], expected: 'SOFT_OPT_IN' },
    { name: 'events arrive in any order', events: [optOut('2024-03-01'), optIn('2024-01-01'), softOptIn('2024-02-01')], expected: 'OPT_OUT' },
  ];
  for (const { name, events, expected } of cases) {
    it(name, () => expect(channelConsent(events, 'email').status).toBe(expected));
  }

  it('does not let an opt-in without proof lift an opt-out, even if it bypassed validation', () => {
    const unproven: ConsentEvent = { channel: 'email', status: 'OPT_IN', date: '2024-05-01', source: 'IMPORT', proof: '  ' };
    expect(channelConsent([optOut('2024-01-01'), unproven], 'email').status).toBe('OPT_OUT');
  });

  it('names the event that set the state', () => {
    const deciding = optOut('2024-02-01');
    expect(channelConsent([optIn('2024-01-01'), deciding, softOptIn('2024-03-01')], 'email').decidedBy).toEqual(deciding);
  });

  it('ignores the events of other channels', () => {
    expect(channelConsent([optOut('2024-01-01')], 'sms').status).toBe('UNKNOWN');
  });

  it('as of a day, ignores consents dated later but never an objection', () => {
    expect(channelConsent([optIn('2024-06-01')], 'email', '2024-05-31').status).toBe('UNKNOWN');
    expect(channelConsent([optIn('2024-06-01')], 'email', '2024-06-01').status).toBe('OPT_IN');
    expect(channelConsent([optIn('2024-01-01'), optOut('2030-01-01')], 'email', '2024-05-31').status).toBe('OPT_OUT');
  });
});

describe('consentSnapshot', () => {
  it('gives a state for every channel', () => {
    const sms: ConsentEvent = { channel: 'sms', status: 'OPT_IN', date: '2024-01-01', source: 'FORMULAIRE', proof: 'case SMS' };
    const snapshot = consentSnapshot([optOut('2024-01-01'), sms]);
    expect(Object.fromEntries(Object.entries(snapshot).map(([k, v]) => [k, v.status]))).toEqual({
      email: 'OPT_OUT',
      sms: 'OPT_IN',
      phone: 'UNKNOWN',
      postal: 'UNKNOWN',
    });
  });
});
