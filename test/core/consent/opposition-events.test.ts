import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONSENT_CHANNELS, OPPOSITION_LIST_SOURCE_REF, channelConsent, eligibility, mergeConsent, oppositionEvents } from '../../../src/core/consent';
import type { ConsentChannel, ConsentEvent } from '../../../src/core/consent';
import { DomainInputError } from '../../../src/core/errors';
import { consentEvents } from './arbitraries';

const TODAY = '2024-03-25';
const optIn = (channel: ConsentChannel, date: string): ConsentEvent => ({ channel, status: 'OPT_IN', date, source: 'FORMULAIRE', proof: 'case cochée v2' });
const optOut = (channel: ConsentChannel, date: string): ConsentEvent => ({ channel, status: 'OPT_OUT', date, source: 'EMAIL' });

const eligibleOn = (history: readonly ConsentEvent[], channel: ConsentChannel) =>
  eligibility({ person: { consentHistory: history }, channel, today: TODAY, isExistingCustomer: true, hostFlags: {}, customerKind: 'PROFESSIONNEL' });

describe('objections read from the opposition list', () => {
  it('records an objection on every channel, dated the day it is seen, naming the list', () => {
    expect(oppositionEvents([], TODAY)).toEqual(CONSENT_CHANNELS.map((channel) => (
      { channel, status: 'OPT_OUT', date: TODAY, source: 'AUTRE', sourceRef: 'autocible:opposition-list' }
    )));
    expect(OPPOSITION_LIST_SOURCE_REF).toBe('autocible:opposition-list');
  });

  it('makes every channel not eligible, even for a professional with a proven opt-in', () => {
    const history = CONSENT_CHANNELS.map((channel) => optIn(channel, '2024-01-02'));
    const merged = mergeConsent(history, oppositionEvents(history, TODAY));
    for (const channel of CONSENT_CHANNELS) expect(eligibleOn(merged, channel)).toMatchObject({ eligible: false, ruleId: 'CONSENT_OPTED_OUT' });
  });

  it('adds nothing on a channel whose history already says opt-out', () => {
    expect(oppositionEvents([optOut('email', '2023-05-01')], TODAY).map((e) => e.channel)).toEqual(['sms', 'phone', 'postal']);
    expect(oppositionEvents(CONSENT_CHANNELS.map((channel) => optOut(channel, '2023-05-01')), TODAY)).toEqual([]);
  });

  it('records the objection again after a newer proven opt-in: the list still wins', () => {
    const history = [optOut('sms', '2024-01-01'), optIn('sms', '2024-02-01')];
    const events = oppositionEvents(history, TODAY);
    expect(events.filter((e) => e.channel === 'sms')).toHaveLength(1);
    expect(channelConsent(mergeConsent(history, events), 'sms', TODAY).status).toBe('OPT_OUT');
  });

  it('rejects a day that is not a calendar date', () => {
    const thrown = ((): unknown => {
      try {
        oppositionEvents([], '2024-02-30');
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(DomainInputError);
    expect(thrown).toMatchObject({ input: 'today', value: '2024-02-30' });
  });

  it('leaves every channel opted out, touches only those that were not, and a second pass adds nothing', () => {
    fc.assert(fc.property(consentEvents, (history) => {
      const events = oppositionEvents(history, TODAY);
      const merged = mergeConsent(history, events);
      for (const channel of CONSENT_CHANNELS) {
        const wasOptedOut = channelConsent(history, channel, TODAY).status === 'OPT_OUT';
        expect(events.some((e) => e.channel === channel)).toBe(!wasOptedOut);
        expect(channelConsent(merged, channel, TODAY).status).toBe('OPT_OUT');
        expect(eligibleOn(merged, channel).eligible).toBe(false);
      }
      expect(oppositionEvents(merged, TODAY)).toEqual([]);
    }), { numRuns: 300 });
  });
});
