import { describe, expect, it } from 'vitest';
import { buildRgpdPanelData, recordConsent } from '../../../src/client/rgpd';
import { b2cContact, emailOptIn } from './fixtures';
import type { RgpdPanelContext } from '../../../src/client/rgpd';

const TODAY = '2026-11-22';

function getter(attributes: Record<string, unknown>): (attribute: string) => unknown {
  return (attribute) => attributes[attribute];
}

function panelContext(attributes: Record<string, unknown>, today: string): RgpdPanelContext {
  return { get: getter(attributes), id: 'c1', today, lang: 'fr', label: (key) => key, displayDate: (isoDate) => isoDate };
}

describe('recordConsent', () => {
  it('adds the objections typed by hand to the stored history and lists the edits it could not record', () => {
    const attributes = b2cContact([emailOptIn], {
      autoCibleConsentPostalStatus: 'OPT_OUT',
      autoCibleConsentPhoneStatus: 'OPT_IN',
      autoCibleConsentPhoneDate: '2026-11-20',
    });
    const consent = recordConsent(getter(attributes), TODAY);
    expect(consent).toMatchObject({ status: 'ok', rejected: [{ channel: 'phone', field: 'proof' }] });
    expect(consent.status === 'ok' ? consent.history : []).toEqual(
      expect.arrayContaining([emailOptIn, { channel: 'postal', status: 'OPT_OUT', date: TODAY, source: 'AUTRE' }]),
    );
  });

  it.each([
    ['text that is not a history', '{"version":1,"events":[{"channel":"email"}]}'],
    ['a value that is not text', { version: 1, events: [] }],
  ])('answers unreadable for %s, whatever the flat fields say', (_case, stored) => {
    const attributes = b2cContact([emailOptIn], { autoCibleConsentHistory: stored });
    expect(recordConsent(getter(attributes), TODAY)).toEqual({ status: 'unreadable' });
  });

  it('answers undated when today is not a calendar date', () => {
    expect(recordConsent(getter(b2cContact([emailOptIn])), '22/11/2026')).toEqual({ status: 'undated' });
  });
});

describe('buildRgpdPanelData without a valid today', () => {
  it('assesses no channel and shows the stored fields, without calling the history unreadable', () => {
    const data = buildRgpdPanelData(panelContext(b2cContact([emailOptIn]), 'hier'));
    expect(data.historyNote).toBeNull();
    expect(data.channels.map((row) => row.marketing.state)).toEqual(['undetermined', 'undetermined', 'undetermined', 'undetermined']);
    expect(data.channels[0]?.details.find((detail) => detail.name === 'email-proof')?.title).toBe(emailOptIn.proof);
  });
});
