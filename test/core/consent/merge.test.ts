import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConsentEvent } from '../../../src/core/consent';
import { InvalidConsentEventError, channelConsent, compareConsentEvents, mergeConsent } from '../../../src/core/consent';
import { consentEvent, consentEvents } from './arbitraries';

const optOut: ConsentEvent = { channel: 'sms', status: 'OPT_OUT', date: '2024-01-10', source: 'TELEPHONE' };

/** The latest day's events of a channel, in the order they are applied. */
function newestOf(events: readonly ConsentEvent[], channel: ConsentEvent['channel']): ConsentEvent | undefined {
  return [...events].filter((e) => e.channel === channel).sort(compareConsentEvents).at(-1);
}

describe('mergeConsent validation', () => {
  it('rejects an opt-in without proof with an error naming the channel and the field', () => {
    const noProof: ConsentEvent = { channel: 'phone', status: 'OPT_IN', date: '2024-01-01', source: 'TELEPHONE' };
    expect(() => mergeConsent([], [noProof])).toThrow(InvalidConsentEventError);
    expect(() => mergeConsent([], [noProof])).toThrow(expect.objectContaining({ channel: 'phone', field: 'proof', problem: 'missingProof', code: 'CONSENT_EVENT_INVALID' }));
  });

  it('rejects an opt-in whose proof is blank', () => {
    const blank: ConsentEvent = { channel: 'email', status: 'OPT_IN', date: '2024-01-01', source: 'IMPORT', proof: '   ' };
    expect(() => mergeConsent([], [blank])).toThrow(expect.objectContaining({ channel: 'email', field: 'proof' }));
  });

  it('rejects an event without a calendar date', () => {
    for (const date of ['', '2024-02-30', '01/02/2024']) {
      const event: ConsentEvent = { channel: 'postal', status: 'OPT_IN', date, source: 'COURRIER', proof: 'coupon' };
      expect(() => mergeConsent([], [event]), date).toThrow(expect.objectContaining({ channel: 'postal', field: 'date', value: date }));
    }
  });

  it('accepts an opt-out without proof: an objection needs no paperwork', () => {
    expect(mergeConsent([], [optOut])).toEqual([optOut]);
  });
});

describe('mergeConsent history', () => {
  it('keeps every event once, trimmed, in date order', () => {
    const optIn: ConsentEvent = { channel: 'sms', status: 'OPT_IN', date: '2023-05-01', source: 'FORMULAIRE', proof: ' case SMS ', sourceRef: '' };
    const merged = mergeConsent([optOut], [optIn, optOut]);
    expect(merged).toEqual([{ channel: 'sms', status: 'OPT_IN', date: '2023-05-01', source: 'FORMULAIRE', proof: 'case SMS' }, optOut]);
  });

  it('keeps the objection when an import brings an older opt-in', () => {
    const olderOptIn: ConsentEvent = { channel: 'sms', status: 'OPT_IN', date: '2023-12-01', source: 'IMPORT', proof: 'fichier salon', sourceRef: 'salon.csv' };
    expect(channelConsent(mergeConsent([optOut], [olderOptIn]), 'sms').status).toBe('OPT_OUT');
  });
});

describe('mergeConsent invariants', () => {
  it('gives opt-out whenever the newest event of a channel is an opt-out', () => {
    fc.assert(
      fc.property(consentEvents, consentEvents, (history, incoming) => {
        const merged = mergeConsent(history, incoming);
        for (const channel of ['email', 'sms', 'phone', 'postal'] as const) {
          if (newestOf(merged, channel)?.status === 'OPT_OUT') expect(channelConsent(merged, channel).status).toBe('OPT_OUT');
        }
      }),
    );
  });

  it('never loses an opt-out unless a strictly newer proven opt-in follows it', () => {
    fc.assert(
      fc.property(consentEvents, consentEvents, (history, incoming) => {
        fc.pre(channelConsent(mergeConsent([], history), 'email').status === 'OPT_OUT');
        const lastOptOut = history.filter((e) => e.channel === 'email' && e.status === 'OPT_OUT').map((e) => e.date).sort().at(-1) ?? '';
        const newerOptIn = incoming.some((e) => e.channel === 'email' && e.status === 'OPT_IN' && e.date > lastOptOut);
        const state = channelConsent(mergeConsent(history, incoming), 'email').status;
        if (!newerOptIn) expect(state).toBe('OPT_OUT');
      }),
    );
  });

  it('is idempotent: merging the same events again changes nothing', () => {
    fc.assert(
      fc.property(consentEvents, consentEvents, (history, incoming) => {
        const once = mergeConsent(history, incoming);
        expect(mergeConsent(once, incoming)).toEqual(once);
        expect(mergeConsent(once, once)).toEqual(once);
      }),
    );
  });

  it('does not depend on the order the events arrive in', () => {
    fc.assert(
      fc.property(consentEvents, consentEvents, (a, b) => {
        expect(mergeConsent(a, b)).toEqual(mergeConsent(b, a));
        expect(mergeConsent([], [...a].reverse())).toEqual(mergeConsent([], a));
        expect(mergeConsent(mergeConsent([], a), b)).toEqual(mergeConsent([], [...b, ...a]));
      }),
    );
  });

  it('keeps the full history: every event given is in the result', () => {
    fc.assert(
      fc.property(consentEvents, consentEvent, (history, event) => {
        expect(mergeConsent(history, [event])).toContainEqual(event);
      }),
    );
  });
});
