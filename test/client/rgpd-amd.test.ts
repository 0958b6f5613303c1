import { readFile, rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LEGAL, hostFlagEvents, hostOptOutFlags, oppositionEvents } from '../../src/core/consent';
import { b2cContact, EMAIL_WORDING, emailOptIn, phoneOptIn, retentionPlanned, RGPD_PANEL_ID, smsSoftOptIn } from './rgpd/fixtures';
import { channelOf, lineOf } from './rgpd/html';
import { buildFakeHostScript, buildPanel } from './support/build';
import { textsOf } from './support/html';
import { HOSTILE } from './support/won-opportunities';
import { relationshipResponder } from './support/relationship';
import { loadInVm } from './support/vm-host';
import type { BuiltPanel } from './support/build';
import type { HostOptions } from './support/fake-host';

let panel: BuiltPanel;
let fakeHostScript: string;

beforeAll(async () => {
  [panel, fakeHostScript] = await Promise.all([buildPanel(RGPD_PANEL_ID), buildFakeHostScript()]);
});

afterAll(() => rm(panel.outDir, { recursive: true, force: true }));

// A contact with no sale and no vehicle contract, unless a test says otherwise.
const FRENCH: HostOptions = { today: '2026-11-22', dateFormat: 'DD/MM/YYYY', preferences: { language: 'fr_FR' }, respond: relationshipResponder() };

async function render(attributes: Record<string, unknown>, options: Partial<HostOptions> = {}, entityType = 'Contact') {
  const { api, host } = loadInVm(fakeHostScript, [{ code: panel.code, file: panel.view.file }], { ...FRENCH, ...options });
  const model = new api.FakeModel(entityType, 'p1', { ...attributes });
  const view = host.createView(RGPD_PANEL_ID, model);
  await view.render();
  return { view, model, host };
}

describe('the built RGPD panel module', () => {
  it('is a named AMD define of the view id that depends only on the host side panel', async () => {
    const code = await readFile(panel.view.file, 'utf8');
    expect(code.startsWith(`define('${RGPD_PANEL_ID}', ['views/record/panels/side'], function () {`)).toBe(true);
    expect(panel.view.hostDeps).toEqual(['views/record/panels/side']);
  });

  it('stays small: no zod nor any other npm package, under 150 KB', () => {
    expect(panel.code).not.toContain('node_modules/');
    expect(panel.code).not.toMatch(/\bZodError\b|\$ZodType/);
    expect(Buffer.byteLength(panel.code)).toBeLessThan(150 * 1024);
  });
});

describe('marketing eligibility of a private person', () => {
  it('forbids email and SMS without opt-in, allows postal mail, and says why', async () => {
    const { view } = await render(b2cContact([]));
    expect(channelOf(view.html, 'email')).toEqual({
      eligibility: 'Interdite',
      state: 'notEligible',
      status: 'Inconnu',
      reason: 'Aucun accord préalable ni soft opt-in d’un client : un particulier ne peut pas être prospecté par e-mail ou SMS.',
      legal: `Référence : ${LEGAL.electronicOptIn}`,
      rejected: [],
    });
    expect(channelOf(view.html, 'sms').state).toBe('notEligible');
    expect(channelOf(view.html, 'postal')).toMatchObject({ eligibility: 'Autorisée', state: 'eligible', legal: `Référence : ${LEGAL.postal}` });
  });

  it('allows email after an opt-in and shows its date, source and shortened proof with the full text in a title', async () => {
    const { view } = await render(b2cContact([emailOptIn]));
    expect(channelOf(view.html, 'email')).toMatchObject({
      state: 'eligible',
      status: 'Consentement donné (opt-in)',
      reason: 'Le particulier a donné son accord préalable.',
    });
    expect(lineOf(view.html, 'email-date').value).toBe('14/03/2026');
    expect(lineOf(view.html, 'email-source').value).toBe('Formulaire (web ou papier)');
    const proof = lineOf(view.html, 'email-proof');
    expect(proof.value.endsWith('…')).toBe(true);
    expect(EMAIL_WORDING.startsWith(proof.value.slice(0, -1))).toBe(true);
    expect(proof.title).toBe(EMAIL_WORDING);
  });

  it('allows SMS on a soft opt-in only when the person is a customer (lifecycle stage CLIENT)', async () => {
    const prospect = await render(b2cContact([smsSoftOptIn]));
    expect(channelOf(prospect.view.html, 'sms')).toMatchObject({ state: 'notEligible', legal: `Référence : ${LEGAL.softOptIn}` });
    const customer = await render(b2cContact([smsSoftOptIn], { autoCibleLifecycleStage: 'CLIENT' }));
    expect(channelOf(customer.view.html, 'sms')).toMatchObject({ state: 'eligible', status: 'Soft opt-in (client, produits analogues)' });
  });

  it('follows the phone rules in force on the day: Bloctel until 2026-08-10, prior consent from 2026-08-11', async () => {
    const before = await render(b2cContact([phoneOptIn]), { today: '2026-08-10' });
    expect(channelOf(before.view.html, 'phone')).toMatchObject({ state: 'notEligible', legal: `Référence : ${LEGAL.bloctel}` });
    const after = await render(b2cContact([phoneOptIn]), { today: '2026-08-11' });
    expect(channelOf(after.view.html, 'phone')).toMatchObject({
      state: 'eligible',
      reason: 'Le particulier a consenti à être démarché par téléphone.',
      legal: `Référence : ${LEGAL.priorPhoneConsent}`,
    });
    const withoutConsent = await render(b2cContact([]), { today: '2026-08-11' });
    expect(channelOf(withoutConsent.view.html, 'phone')).toMatchObject({
      state: 'notEligible',
      reason: 'Depuis le 11 août 2026, un particulier ne peut être appelé qu’avec son consentement préalable.',
    });
  });

  it('honours EspoCRM’s own opt-out flags over an opt-in', async () => {
    const { view } = await render(b2cContact([emailOptIn, phoneOptIn], { emailAddressIsOptedOut: true, doNotCall: true }));
    expect(channelOf(view.html, 'email')).toMatchObject({ state: 'notEligible', reason: 'L’adresse e-mail est désinscrite dans EspoCRM.' });
    expect(channelOf(view.html, 'phone')).toMatchObject({ state: 'notEligible', reason: 'La fiche est marquée « Ne pas appeler » dans EspoCRM.' });
  });

  it('names where an objection consent sync recorded came from: the opposition list or an EspoCRM opt-out box', async () => {
    const listed = oppositionEvents([emailOptIn], '2026-11-20');
    const flagged = hostFlagEvents(hostOptOutFlags((attribute) => attribute === 'doNotCall'), [], '2026-11-21');
    const { view } = await render(b2cContact([emailOptIn, ...listed.filter((e) => e.channel !== 'phone'), ...flagged]));
    expect(channelOf(view.html, 'email')).toMatchObject({ state: 'notEligible', status: 'Opposition (opt-out)' });
    expect(lineOf(view.html, 'email-source').value).toBe('Liste d’opposition (AutoCible)');
    expect(lineOf(view.html, 'email-date').value).toBe('20/11/2026');
    expect(lineOf(view.html, 'phone-source').value).toBe('Case de désinscription EspoCRM');
    const english = await render(b2cContact(listed), { preferences: { language: 'en_US' } });
    expect(lineOf(english.view.html, 'sms-source').value).toBe('Opposition list (AutoCible)');
  });

  it('allows a professional’s email without opt-in, in English for an English-speaking user', async () => {
    const { view } = await render(b2cContact([], { autoCibleCustomerKind: 'PROFESSIONNEL' }), { preferences: { language: 'en_US' } }, 'Lead');
    expect(channelOf(view.html, 'email')).toMatchObject({
      eligibility: 'Allowed',
      status: 'Unknown',
      reason: 'Professional address: allowed without prior consent if the message relates to the person’s job, unless they object.',
    });
  });
});

describe('a customer’s sales and vehicle contracts, read as the consent check reads them', () => {
  it('allows SMS on a soft opt-in when the contact has a won opportunity, whatever the lifecycle stage says', async () => {
    const { view, host } = await render(b2cContact([smsSoftOptIn]), { respond: relationshipResponder({ won: 1 }) });
    expect(channelOf(view.html, 'sms')).toMatchObject({ state: 'eligible', status: 'Soft opt-in (client, produits analogues)' });
    expect(host.ajaxCalls.map((call) => call.url).sort()).toEqual(['Contact/p1/autoCibleVehicles', 'Contact/p1/opportunities']);
    expect(textsOf(view.html, 'relationship-note')).toEqual([]);
  });

  it('allows a customer a call without consent while a financing contract runs, not once it has ended', async () => {
    const running = await render(b2cContact([]), { respond: relationshipResponder({ won: 1, financingEnd: '2027-03-01' }) });
    expect(channelOf(running.view.html, 'phone')).toMatchObject({ state: 'eligible', reason: 'Contrat en cours : l’appel est permis sans consentement, seulement en rapport avec ce contrat.' });
    const ended = await render(b2cContact([]), { respond: relationshipResponder({ won: 1, financingEnd: '2026-01-31' }) });
    expect(channelOf(ended.view.html, 'phone').state).toBe('notEligible');
  });

  it('does not take a prospect’s financing end date (a car financed elsewhere) for a contract of the dealership', async () => {
    const { view } = await render(b2cContact([]), { respond: relationshipResponder({ financingEnd: '2027-03-01' }) });
    expect(channelOf(view.html, 'phone').state).toBe('notEligible');
  });

  it('says so when the user may not read opportunities, and stays on the strict side', async () => {
    const { view, host } = await render(b2cContact([smsSoftOptIn]), { canReadOpportunity: false });
    expect(channelOf(view.html, 'sms').state).toBe('notEligible');
    expect(textsOf(view.html, 'relationship-note')).toEqual([
      'Ventes ou véhicules de la personne illisibles avec vos droits : un client ou un contrat en cours peut autoriser un canal affiché ici comme interdit.',
    ]);
    expect(host.ajaxCalls.map((call) => call.url)).toEqual(['Contact/p1/autoCibleVehicles']);
  });

  it('says so when a request fails', async () => {
    const { view } = await render(b2cContact([]), { respond: relationshipResponder({ failing: ['/autoCibleVehicles'] }) });
    expect(textsOf(view.html, 'relationship-note')).toHaveLength(1);
  });

  it('asks nothing for a lead', async () => {
    const { view, host } = await render(b2cContact([smsSoftOptIn]), {}, 'Lead');
    expect(host.ajaxCalls).toEqual([]);
    expect(textsOf(view.html, 'relationship-note')).toEqual([]);
  });

  it('reads them again when the model syncs', async () => {
    let won = 0;
    const respond = (url: string) => relationshipResponder({ won })(url);
    const { view, model } = await render(b2cContact([smsSoftOptIn]), { respond });
    expect(channelOf(view.html, 'sms').state).toBe('notEligible');
    won = 1;
    model.trigger('sync');
    await vi.waitFor(() => expect(channelOf(view.html, 'sms').state).toBe('eligible'));
  });
});

describe('consent the panel cannot take as it is', () => {
  it('does not count an opt-in typed by hand without proof, and says so', async () => {
    const { view } = await render(b2cContact([], { autoCibleConsentEmailStatus: 'OPT_IN', autoCibleConsentEmailDate: '2026-11-20', autoCibleConsentEmailSource: 'TELEPHONE' }));
    expect(channelOf(view.html, 'email')).toMatchObject({ state: 'notEligible', status: 'Inconnu', rejected: ['Opt-in saisi sans preuve : non enregistré.'] });
  });

  it('assesses no channel when the history cannot be read, and shows the stored fields', async () => {
    const { view } = await render({ ...b2cContact([emailOptIn]), autoCibleConsentHistory: '{"version":1,"events":[{"channel":"email"}]}' });
    expect(textsOf(view.html, 'history-note')).toHaveLength(1);
    for (const channel of ['email', 'sms', 'phone', 'postal']) {
      expect(channelOf(view.html, channel)).toMatchObject({ eligibility: 'Non évaluée', state: 'undetermined', reason: null });
    }
    expect(channelOf(view.html, 'email').status).toBe('Consentement donné (opt-in)');
    expect(lineOf(view.html, 'email-proof').title).toBe(EMAIL_WORDING);
  });
});

describe('retention and legal hold', () => {
  it('shows the anchor, its source, the deadline, the status and no hold, with option labels', async () => {
    const { view } = await render(b2cContact([], { ...retentionPlanned }), { today: '2026-01-05' });
    expect(lineOf(view.html, 'anchor').value).toBe('10/12/2023');
    expect(lineOf(view.html, 'anchorSource').value).toBe('Dernier contact entrant');
    expect(lineOf(view.html, 'deadline')).toEqual({ value: '10/12/2026', title: null, state: null, hint: null });
    expect(lineOf(view.html, 'retentionStatus').value).toBe('Re-permission à demander');
    expect(lineOf(view.html, 'legalHold').value).toBe('Non');
    expect(view.html).not.toContain('data-name="legalHoldReason"');
  });

  it.each([
    ['2026-11-10', 'warning', 'dans 30 jour(s)'],
    ['2026-12-10', 'warning', 'échéance aujourd’hui'],
    ['2026-12-11', 'danger', 'dépassée depuis 1 jour(s)'],
  ])('seen on %s, highlights the deadline as %s', async (today, state, hint) => {
    const { view } = await render(b2cContact([], { ...retentionPlanned }), { today });
    expect(lineOf(view.html, 'deadline')).toEqual({ value: '10/12/2026', title: null, state, hint });
  });

  it('does not highlight a past deadline under legal hold, and shows the hold reason', async () => {
    const { view } = await render(
      b2cContact([], { ...retentionPlanned, autoCibleRetentionStatus: 'HOLD', autoCibleLegalHold: true, autoCibleLegalHoldReason: 'Litige n° 2026-118' }),
      { today: '2027-03-01', preferences: { language: 'en_US' } },
    );
    expect(lineOf(view.html, 'deadline').state).toBeNull();
    expect(lineOf(view.html, 'retentionStatus').value).toBe('Legal hold');
    expect(lineOf(view.html, 'legalHold').value).toBe('Yes');
    expect(lineOf(view.html, 'legalHoldReason').value).toBe('Litige n° 2026-118');
  });

  it('shows the option labels an administrator edited in the Label Manager, the catalogue’s otherwise', async () => {
    const optionLabels = { Contact: {
      autoCibleRetentionStatus: { REPERMISSION: 'Redemander l’accord (édité)' },
      autoCibleConsentEmailStatus: { OPT_IN: 'Oui, par écrit' },
    } };
    const { view } = await render(b2cContact([emailOptIn], { ...retentionPlanned }), { optionLabels });
    expect(lineOf(view.html, 'retentionStatus').value).toBe('Redemander l’accord (édité)');
    expect(channelOf(view.html, 'email').status).toBe('Oui, par écrit');
    expect(lineOf(view.html, 'anchorSource').value).toBe('Dernier contact entrant');
    expect(channelOf(view.html, 'sms').status).toBe('Inconnu');
    // A lead's labels are the Lead scope's.
    const lead = await render(b2cContact([], { ...retentionPlanned }), { optionLabels }, 'Lead');
    expect(lineOf(lead.view.html, 'retentionStatus').value).toBe('Re-permission à demander');
  });

  it('says when the record has no retention plan yet', async () => {
    const { view } = await render(b2cContact([]), {}, 'Lead');
    expect(textsOf(view.html, 'retention-note')).toEqual(['Pas encore de plan de conservation : le calcul n’a pas encore traité cette fiche.']);
    expect(lineOf(view.html, 'deadline').value).toBe('—');
  });

  it('re-renders after the model syncs', async () => {
    const { view, model } = await render(b2cContact([]));
    expect(channelOf(view.html, 'email').state).toBe('notEligible');
    for (const [name, value] of Object.entries(b2cContact([emailOptIn]))) model.set(name, value);
    model.trigger('sync');
    await vi.waitFor(() => expect(channelOf(view.html, 'email').state).toBe('eligible'));
  });
});

describe('escaping in the RGPD panel', () => {
  it('escapes a hostile proof, in the text and in its title, a hostile hold reason and translations', async () => {
    const { view } = await render(
      b2cContact([{ ...emailOptIn, proof: HOSTILE }], { autoCibleLegalHold: true, autoCibleLegalHoldReason: HOSTILE }),
      { translations: { autoCibleRgpdChannelEmail: HOSTILE } },
    );
    expect(view.html).not.toContain('<img');
    const escaped = '&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;';
    expect(lineOf(view.html, 'email-proof')).toMatchObject({ value: escaped, title: escaped });
    expect(lineOf(view.html, 'legalHoldReason').value).toBe(escaped);
  });
});
