import { describe, expect, it } from 'vitest';
import { buildRgpdPanelData } from '../../../src/client/rgpd';
import { CONSENT_ENTITY_TYPES, hasConsentChannels, scoreChannels } from '../../../src/client/score';
import { CATALOGUE } from '../../../src/core/catalogue';
import { CONSENT_HISTORY_FIELD, ELIGIBILITY_RULES } from '../../../src/core/consent';
import { panelsUiLabels, uiText } from '../../../src/core/panels-ui';
import { b2cContact, emailOptIn, smsSoftOptIn } from '../rgpd/fixtures';
import { consentedContact } from './fixtures';
import type { ChannelsContext } from '../../../src/client/score';
import type { LabelLang } from '../../../src/core/panels-ui';

const TODAY = '2026-11-22';

function context(attributes: Record<string, unknown>, lang: LabelLang = 'fr', today = TODAY): ChannelsContext {
  return {
    get: (attribute) => attributes[attribute],
    id: 'c1',
    today,
    lang,
    label: (key, values) => uiText(key, undefined, panelsUiLabels, lang, values),
    displayDate: (isoDate) => isoDate,
  };
}

describe('scoreChannels', () => {
  it('allows email after an opt-in and forbids calls after an objection, with the reason for the tooltip', () => {
    const channels = scoreChannels(context(consentedContact));
    expect(channels.heading).toBe('Canaux de contact');
    expect(channels.badges).toEqual([
      { channel: 'email', name: 'E-mail', state: 'eligible', text: 'Autorisée', style: 'success', reason: ELIGIBILITY_RULES.B2C_ELECTRONIC_OPT_IN.reason.fr },
      { channel: 'sms', name: 'SMS', state: 'notEligible', text: 'Interdite', style: 'danger', reason: ELIGIBILITY_RULES.B2C_ELECTRONIC_NO_CONSENT.reason.fr },
      { channel: 'phone', name: 'Téléphone', state: 'notEligible', text: 'Interdite', style: 'danger', reason: ELIGIBILITY_RULES.CONSENT_OPTED_OUT.reason.fr },
      expect.objectContaining({ channel: 'postal', name: 'Courrier', state: 'eligible', style: 'success' }),
    ]);
    expect(channels.historyNote).toBeNull();
    expect(channels.note).toBe('Le consentement ne donne aucun point : il indique seulement les canaux utilisables.');
  });

  it('reads English texts and reasons for an English-speaking user', () => {
    const channels = scoreChannels(context(consentedContact, 'en'));
    expect(channels.heading).toBe('Contact channels');
    expect(channels.badges.map((badge) => [badge.name, badge.text])).toEqual([
      ['Email', 'Allowed'],
      ['SMS', 'Not allowed'],
      ['Phone', 'Not allowed'],
      ['Postal mail', 'Allowed'],
    ]);
    expect(channels.badges[2]?.reason).toBe(ELIGIBILITY_RULES.CONSENT_OPTED_OUT.reason.en);
    expect(channels.note).toBe('Consent earns no points: it only tells which channels may be used.');
  });

  it('gives the same answer as the RGPD panel on every channel', () => {
    const attributes = b2cContact([emailOptIn, smsSoftOptIn], { autoCibleLifecycleStage: 'CLIENT', doNotCall: true });
    const rgpd = buildRgpdPanelData(context(attributes)).channels.map((row) => [row.channel, row.marketing.state, row.marketing.reason]);
    expect(scoreChannels(context(attributes)).badges.map((badge) => [badge.channel, badge.state, badge.reason])).toEqual(rgpd);
  });

  it('assesses no channel when the consent history cannot be read, and says why in a note and each tooltip', () => {
    const channels = scoreChannels(context({ ...consentedContact, [CONSENT_HISTORY_FIELD]: '{"version":1,' }));
    const note = 'Historique des consentements illisible : aucun canal n’est évalué (voir le panneau RGPD).';
    expect(channels.historyNote).toBe(note);
    expect(channels.badges.map((badge) => [badge.state, badge.text, badge.style, badge.reason])).toEqual(
      Array.from({ length: 4 }, () => ['undetermined', 'Non évaluée', 'default', note]),
    );
  });

  it('assesses no channel without a calendar date for today, without calling the history unreadable', () => {
    const channels = scoreChannels(context(consentedContact, 'fr', '22/11/2026'));
    expect(channels.historyNote).toBeNull();
    expect(channels.badges.map((badge) => [badge.state, badge.reason])).toEqual(Array.from({ length: 4 }, () => ['undetermined', null]));
  });
});

describe('hasConsentChannels', () => {
  it('is true exactly for the catalogue entities that carry the consent history', () => {
    const withConsent = CATALOGUE.filter((entity) => entity.fields.some((field) => field.name === CONSENT_HISTORY_FIELD)).map((entity) => entity.entityType);
    expect(CONSENT_ENTITY_TYPES).toEqual(withConsent);
    expect(CATALOGUE.map((entity) => hasConsentChannels(entity.entityType))).toEqual(CATALOGUE.map((entity) => withConsent.includes(entity.entityType)));
    expect(hasConsentChannels('Account')).toBe(false);
  });
});
