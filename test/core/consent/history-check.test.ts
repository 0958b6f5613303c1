import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConsentHistoryParseError, checkConsentHistory, parseConsentHistory } from '../../../src/core/consent';
import { consentEvent } from './arbitraries';

const event = { channel: 'email', status: 'OPT_OUT', date: '2024-01-01', source: 'EMAIL' };
const history = (...events: unknown[]): unknown => ({ version: 1, events });

/** The paths of the issues found, or `ok`. */
function issuePaths(value: unknown): string[] | 'ok' {
  const result = checkConsentHistory(value);
  return result.ok ? 'ok' : result.issues.map((issue) => issue.path);
}

describe('checkConsentHistory', () => {
  it.each([
    ['a list instead of the history object', [event], ['']],
    ['an unknown top-level key', { version: 1, events: [], note: 'x' }, ['']],
    ['another version', { version: 2, events: [] }, ['version']],
    ['no event list', { version: 1 }, ['events']],
    ['an event that is not an object', history('OPT_OUT'), ['events.0']],
    ['an unknown event key', history({ ...event, comment: 'x' }), ['events.0']],
    ['an unknown channel', history({ ...event, channel: 'fax' }), ['events.0.channel']],
    ['an unknown status', history({ ...event, status: 'MAYBE' }), ['events.0.status']],
    ['an unknown source', history({ ...event, source: 'WEB' }), ['events.0.source']],
    ['an impossible date', history({ ...event, date: '2024-02-30' }), ['events.0.date']],
    ['a missing date', history({ channel: 'sms', status: 'OPT_OUT', source: 'EMAIL' }), ['events.0.date']],
    ['a proof that is not text', history({ ...event, proof: 3 }), ['events.0.proof']],
    ['a sourceRef that is not text', history({ ...event, sourceRef: null }), ['events.0.sourceRef']],
    ['an opt-in with a blank proof', history({ ...event, status: 'OPT_IN', proof: '  ' }), ['events.0.proof']],
    ['an opt-in without proof', history({ ...event, status: 'OPT_IN' }), ['events.0.proof']],
  ])('refuses %s, pointing at the node', (_case, value, paths) => {
    expect(issuePaths(value)).toEqual(paths);
  });

  it('reports every broken node, not only the first', () => {
    const value = history({ ...event, channel: 'fax' }, event, { ...event, date: 'hier', source: 'WEB' });
    expect(issuePaths(value)).toEqual(['events.0.channel', 'events.2.date', 'events.2.source']);
  });

  it('keeps the events as stored, optional texts included', () => {
    const stored = [{ ...event, status: 'OPT_IN', proof: ' case cochée ', sourceRef: '' }, event];
    expect(checkConsentHistory(history(...stored))).toEqual({ ok: true, events: stored });
  });

  it('accepts every history of valid events', () => {
    fc.assert(
      fc.property(fc.array(consentEvent, { maxLength: 8 }), (events) => {
        expect(checkConsentHistory(history(...events))).toEqual({ ok: true, events });
      }),
    );
  });

  it('blames only the event it broke, and always refuses a value that is not text', () => {
    const field = fc.constantFrom('channel', 'status', 'date', 'source', 'proof', 'sourceRef', 'extra');
    const replacement = fc.oneof(fc.constantFrom(null, 0, true, [], {}, '', '  ', 'BOGUS', 'OPT_IN', '2024-02-30'), fc.anything({ maxDepth: 1 }));
    const broken = fc.tuple(fc.array(consentEvent, { minLength: 1, maxLength: 5 }), fc.nat(), field, replacement);
    fc.assert(
      fc.property(broken, ([events, pick, key, value]) => {
        const at = pick % events.length;
        const paths = issuePaths(history(...events.map((e, i) => (i === at ? { ...e, [key]: value } : e))));
        if (paths !== 'ok') expect(paths.every((path) => path === `events.${at}` || path.startsWith(`events.${at}.`))).toBe(true);
        if (typeof value !== 'string' && value !== undefined) expect(paths).toContain(key === 'extra' ? `events.${at}` : `events.${at}.${key}`);
      }),
    );
  });
});

describe('parseConsentHistory on any text', () => {
  it('reads a history or throws its parse error with at least one issue, nothing else', () => {
    const text = fc.oneof(fc.string(), fc.json(), fc.array(consentEvent, { maxLength: 3 }).map((events) => JSON.stringify(history(...events, 'x'))));
    fc.assert(
      fc.property(text, (stored) => {
        try {
          expect(Array.isArray(parseConsentHistory(stored))).toBe(true);
        } catch (error) {
          if (!(error instanceof ConsentHistoryParseError)) throw error;
          expect(error.issues.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
