import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONSENT_STATUS } from '../../../../src/core/catalogue';
import { readRow } from '../../../../src/server/jobs/consent';

type ImportValues = Parameters<typeof readRow>[0];

const TODAY = '2026-06-30';
const read = (values: ImportValues) => readRow({ id: 'c1', channel: 'sms', ...values }, { today: TODAY, sourceRef: 'a.csv' });

/** A day `offset` days after TODAY, written `YYYY-MM-DD` or, French style, `DD/MM/YYYY`. */
const dayAfterToday = fc.tuple(fc.integer({ min: 1, max: 800 }), fc.boolean()).map(([offset, french]) => {
  const iso = new Date(Date.parse(TODAY) + offset * 86_400_000).toISOString().slice(0, 10);
  return french ? iso.split('-').reverse().join('/') : iso;
});

describe('a consent line dated after the day of the import (review F2)', () => {
  it('refuses an opt-in read as 5 December (05/12/2026) on 30 June', () => {
    expect(read({ status: 'OPT_IN', date: '05/12/2026', source: 'FORMULAIRE', proof: 'Case cochée' })).toEqual({
      ok: false, field: 'date', problem: 'futureDate', channel: 'sms', reason: expect.any(String),
    });
  });

  it('refuses every consent dated after today, and records every objection so dated as of today', () => {
    fc.assert(
      fc.property(dayAfterToday, fc.constantFrom('OPT_IN', 'SOFT_OPT_IN', 'OPT_OUT'), (date, status) => {
        const reading = read({ status, date, source: 'EMAIL', proof: 'Case cochée' });
        if (status === 'OPT_OUT') expect(reading).toMatchObject({ ok: true, dateDefaulted: true, event: { status: 'OPT_OUT', date: TODAY, source: 'EMAIL' } });
        else expect(reading).toMatchObject({ ok: false, field: 'date', problem: 'futureDate' });
      }),
    );
  });

  it('keeps a consent dated today, as typed', () => {
    expect(read({ status: 'OPT_IN', date: '30/06/2026', source: 'FORMULAIRE', proof: 'Case cochée' })).toMatchObject({ ok: true, dateDefaulted: false, event: { date: TODAY } });
  });
});

/** `text` with each letter's case chosen by `upper`, and its accents kept or dropped. */
function respell(text: string, upper: readonly boolean[], stripAccents: boolean): string {
  const base = stripAccents ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text;
  return [...base].map((char, i) => (upper[i % Math.max(upper.length, 1)] === true ? char.toUpperCase() : char)).join('');
}

const OBJECTION_WORDINGS = ['STOP', 'Stop', 'désabonné', 'desabonne', 'Désabonnée', 'désinscrite', 'refus', 'refusé', 'retrait', 'Retrait du consentement', 'consentement retiré', 'opposition', 'opt-out', 'unsubscribe'];

describe('objection wordings (review F5)', () => {
  it.each(OBJECTION_WORDINGS)('reads “%s” as an objection', (status) => {
    expect(read({ status, date: '01/06/2026' })).toMatchObject({ ok: true, event: { status: 'OPT_OUT', date: '2026-06-01' } });
  });

  it('reads them whatever the case and the accents', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OBJECTION_WORDINGS), fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), fc.boolean(), (word, upper, strip) => {
        expect(read({ status: respell(word, upper, strip), date: '2026-06-01' })).toMatchObject({ ok: true, event: { status: 'OPT_OUT' } });
      }),
    );
  });

  it('accepts only unambiguous words as a consent', () => {
    const spellings = (code: string): readonly string[] => CONSENT_STATUS.options.find((o) => o.code === code)?.aliases ?? [];
    expect(spellings('OPT_IN')).toEqual(['opt-in', 'optin', 'oui', 'yes', 'consentement']);
    expect(spellings('SOFT_OPT_IN')).toEqual(['soft opt-in', 'softoptin']);
    for (const status of ['accord', 'ok', 'abonné', 'inscrit', 'consentement retiré', 'consentement refusé']) {
      expect(read({ status, date: '2026-06-01', proof: 'Case cochée' })).not.toMatchObject({ ok: true, event: { status: 'OPT_IN' } });
    }
  });
});
