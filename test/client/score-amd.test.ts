import { readFile, rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONSENT_HISTORY_FIELD, ELIGIBILITY_RULES } from '../../src/core/consent';
import { serialiseScoreReasons } from '../../src/core/score-reasons';
import { b2cContact, emailOptIn, smsSoftOptIn } from './rgpd/fixtures';
import { consentedContact, phoneOptOut, reasons, SCORE_PANEL_ID, scoredContact } from './score/fixtures';
import { axisTotal, channelBadges, gradeBadge, reasonRows } from './score/html';
import { buildFakeHostScript, buildPanel } from './support/build';
import { textsOf, valueOf } from './support/html';
import { HOSTILE } from './support/won-opportunities';
import { relationshipResponder } from './support/relationship';
import { loadInVm } from './support/vm-host';
import type { BuiltPanel } from './support/build';
import type { HostOptions } from './support/fake-host';

let panel: BuiltPanel;
let fakeHostScript: string;

beforeAll(async () => {
  [panel, fakeHostScript] = await Promise.all([buildPanel(SCORE_PANEL_ID), buildFakeHostScript()]);
});

afterAll(() => rm(panel.outDir, { recursive: true, force: true }));

const FRENCH: HostOptions = {
  today: '2026-11-22',
  timeZone: 'Europe/Paris',
  dateFormat: 'DD/MM/YYYY',
  preferences: { language: 'fr_FR' },
  // A contact with no sale and no vehicle contract, unless a test says otherwise.
  respond: relationshipResponder(),
};

async function render(attributes: Record<string, unknown>, options: HostOptions = FRENCH, entityType = 'Contact') {
  const { api, host } = loadInVm(fakeHostScript, [{ code: panel.code, file: panel.view.file }], options);
  const model = new api.FakeModel(entityType, 'c1', { ...attributes });
  const view = host.createView(SCORE_PANEL_ID, model);
  await view.render();
  return { view, model, host };
}

describe('the built score panel module', () => {
  it('is a named AMD define of the view id that depends only on the host side panel', async () => {
    const code = await readFile(panel.view.file, 'utf8');
    expect(code.startsWith(`define('${SCORE_PANEL_ID}', ['views/record/panels/side'], function () {`)).toBe(true);
    expect(panel.view.hostDeps).toEqual(['views/record/panels/side']);
    expect(panel.view.file.endsWith('/client/custom/modules/auto-cible/src/views/record/panels/score.js')).toBe(true);
  });

  it('stays small: no zod nor any other npm package, under 150 KB', () => {
    expect(panel.code).not.toContain('node_modules/');
    expect(panel.code).not.toMatch(/\bZodError\b|\$ZodType/);
    expect(Buffer.byteLength(panel.code)).toBeLessThan(150 * 1024);
  });
});

describe('the score panel of a scored contact', () => {
  it('shows the score, the grade as a coloured label, fit and engagement, in French', async () => {
    const { view } = await render(scoredContact);
    expect(valueOf(view.html, 'score')).toBe('55');
    expect(valueOf(view.html, 'fit')).toBe('30');
    expect(valueOf(view.html, 'engagement')).toBe('40');
    expect(gradeBadge(view.html)).toEqual({ style: 'info', text: 'B (à travailler)' });
    expect(textsOf(view.html, 'top')).toEqual([reasons.top.fr]);
  });

  it('lists every reason per axis with the value seen and signed points, and their sum', async () => {
    const { view } = await render(scoredContact);
    expect(reasonRows(view.html, 'fit')).toEqual([
      { rule: 'vehicle-age', reason: 'Véhicule de plus de 4 ans', seen: '62', points: '+20' },
      { rule: 'owns-vul', reason: 'Possède un VUL', seen: 'Oui', points: '+15' },
      { rule: 'no-email', reason: 'Pas d’e-mail', seen: '—', points: '-5' },
    ]);
    expect(axisTotal(view.html, 'fit')).toBe('+30');
    expect(reasonRows(view.html, 'engagement')).toEqual([
      { rule: 'lease-ends', reason: 'Fin de LOA dans 3 mois', seen: '15/02/2027', points: '+27,5' },
      { rule: 'test-drive', reason: 'Essai récent', seen: '12', points: '+12,3' },
    ]);
    // 27.5 + 12.25 = 39.75, shown to one decimal like each reason.
    expect(axisTotal(view.html, 'engagement')).toBe('+39,8');
  });

  it('shows a code the rule saw by its words in the user’s language, and a code written without them as it is', async () => {
    const coded = {
      ...reasons,
      fired: [
        {
          rule: 'decision-maker', axis: 'fit' as const, label: { fr: 'Interlocuteur décideur identifié', en: 'Decision-maker identified' },
          value: ['DIRIGEANT', 'RESP_PARC'], valueLabel: { fr: 'Dirigeant, Responsable de parc', en: 'Owner, Fleet manager' }, points: 15,
        },
        // Written by a version before the job wrote a code's words.
        { rule: 'existing-customer', axis: 'fit' as const, label: { fr: 'Client existant', en: 'Existing customer' }, value: 'CLIENT', points: 10 },
      ],
    };
    const attributes = { ...scoredContact, autoCibleScoreReasons: serialiseScoreReasons(coded) };
    expect(reasonRows((await render(attributes)).view.html, 'fit')).toEqual([
      { rule: 'decision-maker', reason: 'Interlocuteur décideur identifié', seen: 'Dirigeant, Responsable de parc', points: '+15' },
      { rule: 'existing-customer', reason: 'Client existant', seen: 'CLIENT', points: '+10' },
    ]);
    const english = await render(attributes, { ...FRENCH, preferences: { language: 'en_US' } });
    expect(reasonRows(english.view.html, 'fit')[0]).toMatchObject({ reason: 'Decision-maker identified', seen: 'Owner, Fleet manager' });
  });

  it('converts the UTC scoring time to the user’s time zone and shows the model version', async () => {
    const { view } = await render(scoredContact);
    expect(valueOf(view.html, 'scoredAt')).toBe('22/11/2026 10:30');
    expect(valueOf(view.html, 'model')).toBe('b2c-renewal@2026.1');
  });

  it('reads English labels and reasons for an English-speaking user', async () => {
    const { view } = await render(scoredContact, { ...FRENCH, preferences: { language: 'en_US' }, timeZone: 'America/New_York', dateFormat: 'MM/DD/YYYY' });
    expect(gradeBadge(view.html)).toEqual({ style: 'info', text: 'B (warm)' });
    expect(reasonRows(view.html, 'fit')[1]).toEqual({ rule: 'owns-vul', reason: 'Owns a light commercial vehicle', seen: 'Yes', points: '+15' });
    expect(axisTotal(view.html, 'engagement')).toBe('+39.8');
    expect(valueOf(view.html, 'scoredAt')).toBe('11/22/2026 04:30');
    expect(view.html).toContain('Engagement total');
  });

  it.each([
    ['A', 'success'],
    ['B', 'info'],
    ['C', 'warning'],
    ['D', 'default'],
  ])('colours grade %s as label-%s', async (grade, style) => {
    const { view } = await render({ ...scoredContact, autoCibleScoreGrade: grade });
    expect(gradeBadge(view.html)?.style).toBe(style);
  });

  it('uses the installed translation of a label before its bundled text', async () => {
    const { view } = await render(scoredContact, { ...FRENCH, translations: { autoCibleScorePanelScore: 'Score global' } });
    expect(view.html).toContain('<label class="control-label">Score global</label>');
  });

  it('shows the grade label an administrator edited in the Label Manager', async () => {
    const { view } = await render(scoredContact, { ...FRENCH, optionLabels: { Contact: { autoCibleScoreGrade: { B: 'B : à relancer' } } } });
    expect(gradeBadge(view.html)).toMatchObject({ text: 'B : à relancer' });
  });

  it('takes the model version from the reasons when the model field is empty', async () => {
    const { view } = await render({ ...scoredContact, autoCibleScoreModel: null });
    expect(valueOf(view.html, 'model')).toBe('b2c-renewal@2026.1');
  });
});

describe('the score panel of a record not scored yet', () => {
  it('says so and shows no figure, grade or table', async () => {
    const { view } = await render({ firstName: 'Jeanne' }, FRENCH, 'Lead');
    expect(textsOf(view.html, 'not-scored')).toEqual(['Pas encore de score : le calcul n’a pas encore traité cette fiche.']);
    expect(view.html).not.toContain('data-role="value"');
    expect(view.html).not.toContain('<table');
    expect(gradeBadge(view.html)).toBeNull();
  });

  it('shows the score and a note when the reasons cannot be read', async () => {
    const { view } = await render({ ...scoredContact, autoCibleScoreReasons: '{"v":1,' }, { ...FRENCH, preferences: { language: 'en_US' } }, 'Account');
    expect(valueOf(view.html, 'score')).toBe('55');
    expect(textsOf(view.html, 'reasons-note')).toEqual(['The reason details cannot be read; the next scoring run rewrites them.']);
    expect(view.html).not.toContain('<table');
  });

  it('re-renders with the new score after the model syncs', async () => {
    const { view, model } = await render({});
    expect(textsOf(view.html, 'not-scored')).toHaveLength(1);
    for (const [name, value] of Object.entries(scoredContact)) model.set(name, value);
    model.trigger('sync');
    await vi.waitFor(() => expect(valueOf(view.html, 'score')).toBe('55'));
    expect(reasonRows(view.html, 'fit')).toHaveLength(3);
  });
});

describe('the contact channels beside the score', () => {
  it('shows each channel’s eligibility with its reason as a tooltip, between the figures and the reasons', async () => {
    const { view } = await render(consentedContact);
    expect(channelBadges(view.html)).toEqual([
      { channel: 'email', name: 'E-mail', style: 'success', state: 'eligible', title: ELIGIBILITY_RULES.B2C_ELECTRONIC_OPT_IN.reason.fr, text: 'Autorisée' },
      { channel: 'sms', name: 'SMS', style: 'danger', state: 'notEligible', title: ELIGIBILITY_RULES.B2C_ELECTRONIC_NO_CONSENT.reason.fr, text: 'Interdite' },
      { channel: 'phone', name: 'Téléphone', style: 'danger', state: 'notEligible', title: ELIGIBILITY_RULES.CONSENT_OPTED_OUT.reason.fr, text: 'Interdite' },
      expect.objectContaining({ channel: 'postal', name: 'Courrier', style: 'success', state: 'eligible', text: 'Autorisée' }),
    ]);
    expect(view.html).toContain('<label class="control-label">Canaux de contact</label>');
    expect(textsOf(view.html, 'channels-note')).toEqual(['Le consentement ne donne aucun point : il indique seulement les canaux utilisables.']);
    const at = (marker: string) => view.html.indexOf(marker);
    expect(at('data-name="engagement"')).toBeLessThan(at('data-name="channels"'));
    expect(at('data-name="channels"')).toBeLessThan(at('data-role="top"'));
    expect(valueOf(view.html, 'score')).toBe('55');
  });

  it('reads English channel names and states for an English-speaking user', async () => {
    const { view } = await render(consentedContact, { ...FRENCH, preferences: { language: 'en_US' } });
    expect(channelBadges(view.html).map((badge) => [badge.name, badge.text])).toEqual([
      ['Email', 'Allowed'],
      ['SMS', 'Not allowed'],
      ['Phone', 'Not allowed'],
      ['Postal mail', 'Allowed'],
    ]);
    expect(channelBadges(view.html)[2]?.title).toBe(ELIGIBILITY_RULES.CONSENT_OPTED_OUT.reason.en);
  });

  it('shows the channels of a lead not scored yet, under the note', async () => {
    const { view } = await render(b2cContact([emailOptIn, phoneOptOut]), FRENCH, 'Lead');
    expect(textsOf(view.html, 'not-scored')).toHaveLength(1);
    expect(channelBadges(view.html).map((badge) => badge.state)).toEqual(['eligible', 'notEligible', 'notEligible', 'eligible']);
    expect(view.html).not.toContain('<table');
  });

  it('has no channel block on an account', async () => {
    const { view } = await render({ ...consentedContact, name: 'Transports Martin' }, FRENCH, 'Account');
    expect(valueOf(view.html, 'score')).toBe('55');
    expect(view.html).not.toContain('data-name="channels"');
    expect(channelBadges(view.html)).toEqual([]);
  });

  it('marks every channel not assessed when the consent history cannot be read', async () => {
    const { view } = await render({ ...consentedContact, [CONSENT_HISTORY_FIELD]: '{"version":1,' });
    const note = 'Historique des consentements illisible : aucun canal n’est évalué (voir le panneau RGPD).';
    expect(channelBadges(view.html).map((badge) => [badge.state, badge.style, badge.text, badge.title])).toEqual(
      Array.from({ length: 4 }, () => ['undetermined', 'default', 'Non évaluée', note]),
    );
    expect(textsOf(view.html, 'channels-history-note')).toEqual([note]);
  });

  it('reads the contact’s sales and contracts as the RGPD panel does: a won sale allows SMS on a soft opt-in', async () => {
    const { view, host } = await render(b2cContact([smsSoftOptIn]), { ...FRENCH, respond: relationshipResponder({ won: 2 }) });
    expect(channelBadges(view.html)[1]).toMatchObject({ channel: 'sms', state: 'eligible', title: ELIGIBILITY_RULES.B2C_ELECTRONIC_SOFT_OPT_IN.reason.fr });
    expect(host.ajaxCalls.map((call) => call.url).sort()).toEqual(['Contact/c1/autoCibleVehicles', 'Contact/c1/opportunities']);
    expect(textsOf(view.html, 'channels-relationship-note')).toEqual([]);
  });

  it('notes that the channels may be stricter when the user cannot read the contact’s opportunities', async () => {
    const { view } = await render(b2cContact([smsSoftOptIn]), { ...FRENCH, canReadOpportunity: false });
    expect(channelBadges(view.html)[1]?.state).toBe('notEligible');
    expect(textsOf(view.html, 'channels-relationship-note')).toHaveLength(1);
  });

  it('asks nothing about an account', async () => {
    const { host } = await render({ ...scoredContact, name: 'Transports Martin' }, FRENCH, 'Account');
    expect(host.ajaxCalls).toEqual([]);
  });

  it('updates the channels after the model syncs with a new objection', async () => {
    const { view, model } = await render(b2cContact([emailOptIn]));
    expect(channelBadges(view.html)[0]?.state).toBe('eligible');
    model.set('autoCibleConsentEmailStatus', 'OPT_OUT');
    model.trigger('sync');
    await vi.waitFor(() => expect(channelBadges(view.html)[0]).toMatchObject({ state: 'notEligible', title: ELIGIBILITY_RULES.CONSENT_OPTED_OUT.reason.fr }));
  });
});

describe('escaping in the score panel', () => {
  it('escapes hostile reason labels, values, rule ids, model and translations', async () => {
    const hostile = {
      ...reasons,
      fired: [
        { rule: HOSTILE, axis: 'fit' as const, label: { fr: HOSTILE, en: HOSTILE }, value: HOSTILE, points: 3 },
        { rule: HOSTILE, axis: 'fit' as const, label: { fr: HOSTILE, en: HOSTILE }, value: 'X', valueLabel: { fr: HOSTILE, en: HOSTILE }, points: 0 },
      ],
      top: { fr: HOSTILE, en: HOSTILE },
    };
    const { view } = await render(
      { ...scoredContact, autoCibleScoreReasons: serialiseScoreReasons(hostile), autoCibleScoreModel: HOSTILE, autoCibleScoreGrade: HOSTILE },
      { ...FRENCH, translations: { autoCibleScorePanelFit: HOSTILE } },
    );
    expect(view.html).not.toContain('<img');
    const escaped = '&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;';
    expect(reasonRows(view.html, 'fit')).toEqual([{ rule: escaped, reason: escaped, seen: escaped, points: '+3' }, { rule: escaped, reason: escaped, seen: escaped, points: '0' }]);
    expect(valueOf(view.html, 'model')).toBe(escaped);
    expect(gradeBadge(view.html)).toBeNull();
  });

  it('escapes hostile translations of the channel block', async () => {
    const translations = { autoCibleScorePanelChannels: HOSTILE, autoCibleRgpdChannelEmail: HOSTILE, autoCibleRgpdEligible: HOSTILE, autoCibleScorePanelChannelsNote: HOSTILE };
    const { view } = await render(consentedContact, { ...FRENCH, translations });
    expect(view.html).not.toContain('<img');
    const escaped = '&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;';
    expect(channelBadges(view.html)[0]).toMatchObject({ name: escaped, text: escaped });
    expect(view.html).toContain(`<label class="control-label">${escaped}</label>`);
    expect(textsOf(view.html, 'channels-note')).toEqual([escaped]);
  });
});
