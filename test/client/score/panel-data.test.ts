import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildScorePanelData, createScoreFormat } from '../../../src/client/score';
import { CONSENT_CHANNELS, CONSENT_SOURCES, CONSENT_STATUSES, consentToFields } from '../../../src/core/consent';
import { panelsUiLabels, uiText } from '../../../src/core/panels-ui';
import { consentedContact, scoredContact } from './fixtures';
import type { ScorePanelContext, ScorePanelData } from '../../../src/client/score';
import type { ConsentEvent } from '../../../src/core/consent';

function context(attributes: Record<string, unknown>, entityType: string): ScorePanelContext {
  return {
    get: (attribute) => attributes[attribute],
    entityType,
    id: 'r1',
    today: '2026-11-22',
    lang: 'fr',
    label: (key, values) => uiText(key, undefined, panelsUiLabels, 'fr', values),
    format: createScoreFormat('fr_FR'),
    displayDate: (isoDate) => isoDate,
    displayDateTime: (utc) => utc,
  };
}

/** Everything the panel shows about the score itself. */
function scorePart(data: ScorePanelData): ScorePanelData {
  return { ...data, channels: null };
}

const consentEvent: fc.Arbitrary<ConsentEvent> = fc.record({
  channel: fc.constantFrom(...CONSENT_CHANNELS),
  status: fc.constantFrom(...CONSENT_STATUSES),
  date: fc.integer({ min: 0, max: 1500 }).map((days) => new Date(Date.UTC(2023, 0, 1 + days)).toISOString().slice(0, 10)),
  source: fc.constantFrom(...CONSENT_SOURCES),
  proof: fc.constant('Case cochée sur le bon de commande'),
});

describe('buildScorePanelData: channel eligibility', () => {
  it('shows the channels of a scored contact beside its score', () => {
    const data = buildScorePanelData(context(consentedContact, 'Contact'));
    expect(data.scored).toBe(true);
    expect(data.channels?.badges.map((badge) => [badge.channel, badge.state])).toEqual([
      ['email', 'eligible'],
      ['sms', 'notEligible'],
      ['phone', 'notEligible'],
      ['postal', 'eligible'],
    ]);
  });

  it('shows the channels of a lead not scored yet: they do not depend on the score', () => {
    const data = buildScorePanelData(context({ firstName: 'Jeanne', autoCibleCustomerKind: 'PARTICULIER' }, 'Lead'));
    expect(data.scored).toBe(false);
    expect(data.channels?.badges).toHaveLength(4);
  });

  it('has no channel block on an account, a company without consent channels', () => {
    expect(buildScorePanelData(context(scoredContact, 'Account')).channels).toBeNull();
  });

  it('never changes the score, grade or reasons whatever the consent says', () => {
    const plain = scorePart(buildScorePanelData(context(scoredContact, 'Contact')));
    fc.assert(
      fc.property(fc.array(consentEvent, { maxLength: 8 }), fc.boolean(), (history, doNotCall) => {
        const attributes = { ...scoredContact, ...consentToFields(history), doNotCall, autoCibleCustomerKind: 'PARTICULIER' };
        expect(scorePart(buildScorePanelData(context(attributes, 'Contact')))).toEqual(plain);
      }),
    );
  });
});
