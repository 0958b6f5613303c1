import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordConsent, readConsentHistory } from '../../../src/client/rgpd';
import { ConsentHistoryParseError, consentFromFields, parseConsentHistory } from '../../../src/core/consent';
import { consentAttributes, historyText, today } from './arbitraries';

/** The core's verdict: the events, or "unreadable" when it throws its parse error. */
function coreHistory(text: string): unknown {
  try {
    return { status: 'ok', events: parseConsentHistory(text) };
  } catch (error) {
    if (error instanceof ConsentHistoryParseError) return { status: 'unreadable' };
    throw error;
  }
}

function coreRecordConsent(values: Record<string, unknown>, day: string): unknown {
  try {
    const { history, rejected } = consentFromFields(values, { today: day });
    return { status: 'ok', history, rejected: rejected.map(({ channel, field }) => ({ channel, field })) };
  } catch (error) {
    if (error instanceof ConsentHistoryParseError) return { status: 'unreadable' };
    throw error;
  }
}

describe('the panel’s zod-free reading of the consent history', () => {
  it('accepts and orders exactly what the core’s parseConsentHistory accepts', () => {
    fc.assert(
      fc.property(historyText, (text) => {
        expect(readConsentHistory(text)).toEqual(coreHistory(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('is exercised on both verdicts', () => {
    const verdicts = fc.sample(historyText, { numRuns: 300, seed: 7 }).map((text) => readConsentHistory(text).status);
    expect(verdicts).toContain('ok');
    expect(verdicts).toContain('unreadable');
  });

  it('reads an empty field as an empty history and anything but text as unreadable', () => {
    expect(readConsentHistory(null)).toEqual({ status: 'ok', events: [] });
    expect(readConsentHistory('')).toEqual({ status: 'ok', events: [] });
    expect(readConsentHistory({ version: 1, events: [] })).toEqual({ status: 'unreadable' });
  });
});

describe('the panel’s reading of a record’s consent', () => {
  it('gives the history and the rejected hand edits that the core’s consentFromFields gives', () => {
    fc.assert(
      fc.property(consentAttributes, today, (values, day) => {
        expect(recordConsent((attribute) => values[attribute], day)).toEqual(coreRecordConsent(values, day));
      }),
      { numRuns: 1000 },
    );
  });

  it('is exercised on rejected edits and on unreadable histories', () => {
    const results = fc.sample(fc.tuple(consentAttributes, today), { numRuns: 500, seed: 11 }).map(([values, day]) => recordConsent((a) => values[a], day));
    expect(results.some((r) => r.status === 'unreadable')).toBe(true);
    expect(results.some((r) => r.status === 'ok' && r.rejected.length > 0)).toBe(true);
    expect(results.some((r) => r.status === 'ok' && r.history.length > 0)).toBe(true);
  });
});
