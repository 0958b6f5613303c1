import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONSENT_SOURCE, CONSENT_STATUS, getField } from '../../../src/core/catalogue';
import type { ConsentEvent } from '../../../src/core/consent';
import {
  CONSENT_CHANNELS,
  CONSENT_HISTORY_FIELD,
  CONSENT_SOURCES,
  CONSENT_STATUSES,
  ConsentHistoryParseError,
  channelConsent,
  channelFieldNames,
  consentFromFields,
  consentToFields,
  mergeConsent,
} from '../../../src/core/consent';
import { consentEvents } from './arbitraries';

const TODAY = '2025-06-15';
const optIn: ConsentEvent = { channel: 'email', status: 'OPT_IN', date: '2024-01-01', source: 'FORMULAIRE', proof: 'case cochée v2', sourceRef: 'form-7' };
const optOut: ConsentEvent = { channel: 'email', status: 'OPT_OUT', date: '2024-06-01', source: 'EMAIL' };

describe('consent fields and the catalogue', () => {
  it('uses field names the catalogue defines on Contact and Lead', () => {
    for (const entity of ['Contact', 'Lead'] as const) {
      for (const channel of CONSENT_CHANNELS) {
        for (const name of Object.values(channelFieldNames(channel))) expect(getField(entity, name).panel).toBe('consent');
      }
      expect(getField(entity, CONSENT_HISTORY_FIELD).type).toBe('text');
    }
  });

  it('knows exactly the catalogue’s status and source codes', () => {
    expect([...CONSENT_STATUSES].sort()).toEqual(CONSENT_STATUS.options.map((o) => o.code).sort());
    expect([...CONSENT_SOURCES].sort()).toEqual(CONSENT_SOURCE.options.map((o) => o.code).sort());
  });
});

describe('consentToFields', () => {
  it('writes each channel’s state with the date, source and proof of the event that set it', () => {
    const values = consentToFields([optIn, optOut]);
    expect(values).toMatchObject({
      autoCibleConsentEmailStatus: 'OPT_OUT',
      autoCibleConsentEmailDate: '2024-06-01',
      autoCibleConsentEmailSource: 'EMAIL',
      autoCibleConsentEmailProof: null,
      autoCibleConsentSmsStatus: 'UNKNOWN',
      autoCibleConsentSmsDate: null,
    });
  });
});

describe('consentFromFields', () => {
  it('reads back what consentToFields wrote, adding nothing', () => {
    fc.assert(
      fc.property(consentEvents, (events) => {
        const history = mergeConsent([], events);
        expect(consentFromFields(consentToFields(history), { today: TODAY })).toEqual({ history, rejected: [] });
      }),
    );
  });

  it('records an opt-out typed by hand without a date as seen today', () => {
    const values = { ...consentToFields([optIn]), autoCibleConsentEmailStatus: 'OPT_OUT', autoCibleConsentEmailDate: null, autoCibleConsentEmailProof: null };
    const { history, rejected } = consentFromFields(values, { today: TODAY });
    expect(rejected).toEqual([]);
    // The source still shown is the opt-in's: not typed for the objection.
    expect(channelConsent(history, 'email')).toMatchObject({ status: 'OPT_OUT', decidedBy: { date: TODAY, source: 'AUTRE' } });
  });

  it('records an opt-out typed by hand with an impossible date as seen today', () => {
    const values = { autoCibleConsentPhoneStatus: 'OPT_OUT', autoCibleConsentPhoneDate: '2025-02-30' };
    expect(consentFromFields(values, { today: TODAY })).toEqual({
      history: [{ channel: 'phone', status: 'OPT_OUT', date: TODAY, source: 'AUTRE' }],
      rejected: [],
    });
  });

  it('rejects an opt-in typed by hand with an impossible date', () => {
    const values = { autoCibleConsentPhoneStatus: 'OPT_IN', autoCibleConsentPhoneDate: '2025-02-30', autoCibleConsentPhoneProof: 'script' };
    expect(consentFromFields(values, { today: TODAY }).rejected).toEqual([expect.objectContaining({ channel: 'phone', field: 'date', value: '2025-02-30' })]);
  });

  it('rejects an opt-in typed by hand without proof, and the opt-out stays', () => {
    const values = { ...consentToFields([optOut]), autoCibleConsentEmailStatus: 'OPT_IN', autoCibleConsentEmailDate: '2025-01-01' };
    const { history, rejected } = consentFromFields(values, { today: TODAY });
    expect(rejected).toEqual([expect.objectContaining({ channel: 'email', field: 'proof' })]);
    expect(channelConsent(history, 'email').status).toBe('OPT_OUT');
  });

  it('rejects an opt-in typed by hand without a date', () => {
    const values = { autoCibleConsentSmsStatus: 'OPT_IN', autoCibleConsentSmsProof: 'case SMS' };
    expect(consentFromFields(values, { today: TODAY }).rejected).toEqual([expect.objectContaining({ channel: 'sms', field: 'date' })]);
  });

  it('rejects an unknown status and keeps the other channels’ edits', () => {
    const values = {
      autoCibleConsentPhoneStatus: 'PEUT-ETRE',
      autoCibleConsentPostalStatus: 'OPT_OUT',
      autoCibleConsentPostalDate: '2025-02-02',
      autoCibleConsentPostalSource: 'COURRIER',
    };
    const { history, rejected } = consentFromFields(values, { today: TODAY });
    expect(rejected).toEqual([expect.objectContaining({ channel: 'phone', field: 'status', value: 'PEUT-ETRE' })]);
    expect(history).toEqual([{ channel: 'postal', status: 'OPT_OUT', date: '2025-02-02', source: 'COURRIER' }]);
  });

  it('throws on an unreadable stored history instead of starting a new one', () => {
    expect(() => consentFromFields({ [CONSENT_HISTORY_FIELD]: '[1,2' }, { today: TODAY, recordId: 'l-9' })).toThrow(ConsentHistoryParseError);
    expect(() => consentFromFields({ [CONSENT_HISTORY_FIELD]: { version: 1, events: [] } }, { today: TODAY })).toThrow(ConsentHistoryParseError);
  });
});
