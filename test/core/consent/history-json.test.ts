import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConsentHistoryParseError, mergeConsent, parseConsentHistory, serialiseConsentHistory } from '../../../src/core/consent';
import { consentEvents } from './arbitraries';

describe('consent history JSON', () => {
  it('reads back what it writes, in canonical order', () => {
    fc.assert(
      fc.property(consentEvents, (events) => {
        expect(parseConsentHistory(serialiseConsentHistory(events))).toEqual(mergeConsent([], events));
      }),
    );
  });

  it('reads an empty field as an empty history', () => {
    for (const text of [null, undefined, '', '   ']) expect(parseConsentHistory(text)).toEqual([]);
  });

  it('refuses a stored value that is not text instead of reading it as empty', () => {
    for (const value of [42, false, { version: 1, events: [] }, []]) {
      expect(() => parseConsentHistory(value, 'c-7')).toThrow(expect.objectContaining({ recordId: 'c-7', issues: [expect.objectContaining({ path: '' })] }));
    }
  });

  it('refuses text that is not JSON, naming the record', () => {
    expect(() => parseConsentHistory('{oops', 'c-42')).toThrow(ConsentHistoryParseError);
    expect(() => parseConsentHistory('{oops', 'c-42')).toThrow(expect.objectContaining({ recordId: 'c-42', code: 'CONSENT_HISTORY_INVALID' }));
  });

  it('refuses a stored opt-in without proof, pointing at the event', () => {
    const text = JSON.stringify({ version: 1, events: [{ channel: 'email', status: 'OPT_IN', date: '2024-01-01', source: 'IMPORT' }] });
    expect(() => parseConsentHistory(text)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: 'events.0.proof' })] }));
  });

  it('refuses an unknown version, channel, status or date', () => {
    const event = { channel: 'email', status: 'OPT_OUT', date: '2024-01-01', source: 'EMAIL' };
    const bad = [
      { version: 2, events: [] },
      { version: 1, events: [{ ...event, channel: 'fax' }] },
      { version: 1, events: [{ ...event, status: 'MAYBE' }] },
      { version: 1, events: [{ ...event, date: '2024-02-30' }] },
      [event],
    ];
    for (const value of bad) expect(() => parseConsentHistory(JSON.stringify(value)), JSON.stringify(value)).toThrow(ConsentHistoryParseError);
  });
});
