import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConsentEvent } from '../../../src/core/consent';
import {
  CONSENT_SOURCES, CONSENT_STATUSES, channelConsent, channelFieldNames, consentEventKey, consentFromFields, consentToFields, mergeConsent,
} from '../../../src/core/consent';
import { channel, consentEvent, consentEvents } from './arbitraries';

const TODAY = '2026-06-30';
const EMAIL = channelFieldNames('email');
const optIn: ConsentEvent = { channel: 'email', status: 'OPT_IN', date: '2022-01-10', source: 'FORMULAIRE', proof: 'Case cochée site v1' };
const optOut: ConsentEvent = { channel: 'email', status: 'OPT_OUT', date: '2024-06-01', source: 'EMAIL' };
const softOptIn: ConsentEvent = { channel: 'email', status: 'SOFT_OPT_IN', date: '2023-03-01', source: 'MAGASIN', proof: 'Facture atelier 42' };
/** The salon file of 2023, imported after the person objected. */
const lateSalonOptIn: ConsentEvent = { channel: 'email', status: 'OPT_IN', date: '2023-05-01', source: 'MAGASIN', proof: 'Case cochée salon 2023', sourceRef: 'salon-2023.csv' };

/** The record as `consent sync` left it (flat fields showing `history` as of TODAY), then edited by hand. */
function edited(history: readonly ConsentEvent[], edit: Readonly<Record<string, string | null>>, today = TODAY) {
  return consentFromFields({ ...consentToFields(mergeConsent([], history), today), ...edit }, { today });
}

describe('a hand edit of the status only (e.g. an EspoCRM Mass Update)', () => {
  it('records an objection as of today, from AUTRE, without the opt-in’s proof', () => {
    const { history, rejected } = edited([optIn], { [EMAIL.status]: 'OPT_OUT' });
    expect(rejected).toEqual([]);
    expect(channelConsent(history, 'email', TODAY).decidedBy).toEqual({ channel: 'email', status: 'OPT_OUT', date: TODAY, source: 'AUTRE' });
  });

  it('keeps the objection when an older consent file is imported later (review F1)', () => {
    const { history } = edited([optIn], { [EMAIL.status]: 'OPT_OUT' });
    const withLateFile = mergeConsent(history, [lateSalonOptIn]);
    for (const day of [TODAY, '2026-07-01', '2030-01-01']) expect(channelConsent(withLateFile, 'email', day).status).toBe('OPT_OUT');
  });

  it('refuses a consent that would borrow the objection’s date, and records nothing', () => {
    const { history, rejected } = edited([optOut], { [EMAIL.status]: 'OPT_IN', [EMAIL.proof]: 'Case cochée v3' });
    expect(rejected).toEqual([expect.objectContaining({ channel: 'email', field: 'date', problem: 'missingDate' })]);
    expect(history).toEqual([optOut]);
  });

  it('refuses a soft opt-in that would borrow the date of the opt-in it replaces', () => {
    const { history, rejected } = edited([optIn], { [EMAIL.status]: 'SOFT_OPT_IN' });
    expect(rejected).toEqual([expect.objectContaining({ channel: 'email', field: 'date', problem: 'missingDate' })]);
    expect(history).toEqual([optIn]);
  });
});

describe('a hand edit of the status with some other fields', () => {
  it('keeps a date typed for the objection', () => {
    const { history } = edited([optIn], { [EMAIL.status]: 'OPT_OUT', [EMAIL.date]: '2026-06-12' });
    expect(channelConsent(history, 'email', TODAY).decidedBy).toEqual({ channel: 'email', status: 'OPT_OUT', date: '2026-06-12', source: 'AUTRE' });
  });

  it('keeps a proof and a source typed for the objection, dated today when the date was left', () => {
    const { history } = edited([optIn], { [EMAIL.status]: 'OPT_OUT', [EMAIL.source]: 'TELEPHONE', [EMAIL.proof]: 'Appel du 30/06' });
    expect(channelConsent(history, 'email', TODAY).decidedBy).toEqual({ channel: 'email', status: 'OPT_OUT', date: TODAY, source: 'TELEPHONE', proof: 'Appel du 30/06' });
  });

  it('records an opt-in typed with its own date and proof over an objection', () => {
    const { history, rejected } = edited([optOut], { [EMAIL.status]: 'OPT_IN', [EMAIL.date]: '2026-06-01', [EMAIL.source]: 'FORMULAIRE', [EMAIL.proof]: 'Case cochée v3' });
    expect(rejected).toEqual([]);
    expect(channelConsent(history, 'email', TODAY)).toMatchObject({ status: 'OPT_IN', decidedBy: { date: '2026-06-01', proof: 'Case cochée v3' } });
  });

  it('refuses an opt-in typed with its own date but the proof of the soft opt-in it replaces', () => {
    const { history, rejected } = edited([softOptIn], { [EMAIL.status]: 'OPT_IN', [EMAIL.date]: '2026-06-01' });
    expect(rejected).toEqual([expect.objectContaining({ channel: 'email', field: 'proof', problem: 'missingProof' })]);
    expect(history).toEqual([softOptIn]);
  });

  it('records a soft opt-in typed with its own date, without the opt-in’s proof and source', () => {
    const { history, rejected } = edited([optIn], { [EMAIL.status]: 'SOFT_OPT_IN', [EMAIL.date]: '2026-06-01' });
    expect(rejected).toEqual([]);
    expect(channelConsent(history, 'email', TODAY).decidedBy).toEqual({ channel: 'email', status: 'SOFT_OPT_IN', date: '2026-06-01', source: 'AUTRE' });
  });

  it('keeps every typed field when the status is not changed', () => {
    const { history } = edited([optIn], { [EMAIL.date]: '2026-06-01', [EMAIL.proof]: 'Case cochée site v2' });
    expect(channelConsent(history, 'email', TODAY).decidedBy).toEqual({ ...optIn, date: '2026-06-01', proof: 'Case cochée site v2' });
  });
});

describe('a hand edit dated after today (review F2)', () => {
  it.each(['OPT_IN', 'SOFT_OPT_IN'])('refuses %s and records nothing', (status) => {
    const { history, rejected } = edited([optOut], { [EMAIL.status]: status, [EMAIL.date]: '2026-12-05', [EMAIL.proof]: 'Case cochée' });
    expect(rejected).toEqual([expect.objectContaining({ channel: 'email', field: 'date', value: '2026-12-05', problem: 'futureDate' })]);
    expect(history).toEqual([optOut]);
  });

  it('refuses a consent dated after today even when the status is unchanged', () => {
    const { rejected } = edited([optIn], { [EMAIL.date]: '2026-07-01' });
    expect(rejected).toEqual([expect.objectContaining({ channel: 'email', field: 'date', problem: 'futureDate' })]);
  });

  it('records an objection dated after today as of today, and an opt-in collected before it does not lift it', () => {
    const { history, rejected } = edited([optIn], { [EMAIL.status]: 'OPT_OUT', [EMAIL.date]: '2026-12-05', [EMAIL.source]: 'EMAIL' });
    expect(rejected).toEqual([]);
    expect(channelConsent(history, 'email', TODAY).decidedBy).toEqual({ channel: 'email', status: 'OPT_OUT', date: TODAY, source: 'EMAIL' });
    expect(channelConsent(mergeConsent(history, [lateSalonOptIn]), 'email', '2026-12-06').status).toBe('OPT_OUT');
  });

  it('adds nothing for an objection already stored with a date after today (older histories)', () => {
    const stored = [optIn, { ...optOut, date: '2027-01-01' }];
    const values = consentToFields(mergeConsent([], stored), TODAY);
    expect(consentFromFields(values, { today: TODAY })).toEqual({ history: mergeConsent([], stored), rejected: [] });
  });
});

/** Days after the arbitrary histories (which stop on 2024-03-20). */
const today = fc.integer({ min: 20, max: 60 }).map((n) => new Date(Date.UTC(2024, 2, n)).toISOString().slice(0, 10));
const laterDays = (day: string): string[] => [day, ...[1, 30, 400].map((n) => new Date(Date.parse(day) + n * 86_400_000).toISOString().slice(0, 10))];

describe('hand edits, whatever the history', () => {
  it('a hand edit of only the status to OPT_OUT leaves the channel OPT_OUT on every later day, unless a consent dated after the edit day is added', () => {
    fc.assert(
      fc.property(consentEvents, channel, today, consentEvents, (events, ch, day, late) => {
        const stored = mergeConsent([], events);
        fc.pre(channelConsent(stored, ch, day).status !== 'OPT_OUT');
        const values = { ...consentToFields(stored, day), [channelFieldNames(ch).status]: 'OPT_OUT' };
        const { history, rejected } = consentFromFields(values, { today: day });
        expect(rejected).toEqual([]);
        // `late` holds consents dated up to 2024-03-20, on or before the edit day: a late import.
        const withLate = mergeConsent(history, late);
        for (const later of laterDays(day)) expect(channelConsent(withLate, ch, later).status).toBe('OPT_OUT');
      }),
    );
  });

  it('a hand edit of only the status to a consent records nothing and is reported', () => {
    fc.assert(
      fc.property(consentEvents, channel, today, fc.constantFrom('OPT_IN', 'SOFT_OPT_IN'), (events, ch, day, status) => {
        const stored = mergeConsent([], events);
        fc.pre(channelConsent(stored, ch, day).status !== status);
        const values = { ...consentToFields(stored, day), [channelFieldNames(ch).status]: status };
        const { history, rejected } = consentFromFields(values, { today: day });
        expect(history).toEqual(stored);
        expect(rejected).toEqual([expect.objectContaining({ channel: ch, field: 'date', problem: 'missingDate' })]);
      }),
    );
  });

  it('no hand edit records an event dated after today', () => {
    const typedDay = fc.integer({ min: 1, max: 120 }).map((n) => new Date(Date.UTC(2024, 2, n)).toISOString().slice(0, 10));
    const edit = fc.record({
      status: fc.constantFrom(...CONSENT_STATUSES),
      date: fc.option(typedDay, { nil: null }),
      source: fc.option(fc.constantFrom(...CONSENT_SOURCES), { nil: null }),
      proof: fc.option(fc.constantFrom('Case cochée', 'Appel'), { nil: null }),
    });
    fc.assert(
      fc.property(consentEvents, channel, today, edit, (events, ch, day, typed) => {
        const stored = mergeConsent([], events);
        const names = channelFieldNames(ch);
        const values = { ...consentToFields(stored, day), [names.status]: typed.status, [names.date]: typed.date, [names.source]: typed.source, [names.proof]: typed.proof };
        const { history } = consentFromFields(values, { today: day });
        const storedKeys = new Set(stored.map(consentEventKey));
        const added = history.filter((event) => !storedKeys.has(consentEventKey(event)));
        for (const event of added) expect(event.date <= day, JSON.stringify(event)).toBe(true);
      }),
    );
  });

  it('reads back what consentToFields wrote as of today, adding nothing', () => {
    fc.assert(
      fc.property(fc.array(consentEvent, { maxLength: 12 }), today, (events, day) => {
        const history = mergeConsent([], events);
        expect(consentFromFields(consentToFields(history, day), { today: day })).toEqual({ history, rejected: [] });
      }),
    );
  });
});
