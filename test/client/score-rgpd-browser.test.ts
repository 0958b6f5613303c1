import { readFile, rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ELIGIBILITY_RULES } from '../../src/core/consent';
import { serialiseScoreReasons } from '../../src/core/score-reasons';
import { b2cContact, emailOptIn, retentionPlanned, RGPD_PANEL_ID } from './rgpd/fixtures';
import { phoneOptOut, reasons, SCORE_PANEL_ID, scoredContact } from './score/fixtures';
import { buildFakeHostScript, buildPanel } from './support/build';
import { plainSpaces } from './support/html';
import { HOSTILE } from './support/won-opportunities';
import { handlebarsScript, html, javascript, openPage } from './support/browser';
import type { BrowserPage } from './support/browser';
import type { Page } from 'playwright-core';

/** A contact scored and consented (email opt-in, calls refused), with hostile text wherever a user or an import can put some. */
function hostileContact(): Record<string, unknown> {
  const hostileReasons = { ...reasons, fired: [...reasons.fired, { rule: 'hostile', axis: 'fit' as const, label: { fr: HOSTILE, en: HOSTILE }, value: HOSTILE, points: 0 }] };
  return {
    ...b2cContact([{ ...emailOptIn, proof: `${HOSTILE} ${emailOptIn.proof ?? ''}` }, phoneOptOut], { ...retentionPlanned, autoCibleLegalHoldReason: HOSTILE }),
    ...scoredContact,
    autoCibleScoreReasons: serialiseScoreReasons(hostileReasons),
    lastName: HOSTILE,
  };
}

// The scenario runs in the page: both panels render on the same model, as on a Contact detail view; the
// score panel renders again on an Account with the same fields. A hostile installed translation reaches the channel note.
function scenarioScript(): string {
  const options = {
    today: '2026-11-22',
    timeZone: 'Europe/Paris',
    dateFormat: 'DD/MM/YYYY',
    preferences: { language: 'fr_FR' },
    translations: { autoCibleScorePanelChannelsNote: HOSTILE },
  };
  return `(async () => {
  const api = window.fakeHost;
  const host = api.createHost({ ...${JSON.stringify(options)}, respond: () => undefined });
  const contact = new api.FakeModel('Contact', 'c1', ${JSON.stringify(hostileContact())});
  const account = new api.FakeModel('Account', 'a1', ${JSON.stringify(hostileContact())});
  const panels = [[${JSON.stringify(SCORE_PANEL_ID)}, contact, 'score'], [${JSON.stringify(RGPD_PANEL_ID)}, contact, 'rgpd'], [${JSON.stringify(SCORE_PANEL_ID)}, account, 'account']];
  for (const [id, model, target] of panels) {
    const view = host.createView(id, model);
    await view.render();
    document.getElementById(target).innerHTML = view.html;
  }
  window.panelsRendered = true;
})().catch((error) => console.error('scenario failed: ' + (error && error.stack || error)));`;
}

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Score and RGPD panels</title></head><body>
<div id="score"></div>
<div id="rgpd"></div>
<div id="account"></div>
<script src="/handlebars.js"></script>
<script src="/fake-host.js"></script>
<script src="/score.js"></script>
<script src="/rgpd.js"></script>
<script src="/scenario.js"></script>
</body></html>`;

let opened: BrowserPage;
let outDir: string | undefined;
let page: Page;
let problems: string[];

beforeAll(async () => {
  const built = await buildPanel(SCORE_PANEL_ID);
  outDir = built.outDir;
  const rgpd = built.views.find((v) => v.viewId === RGPD_PANEL_ID);
  if (rgpd === undefined) throw new Error(`${RGPD_PANEL_ID} was not built`);
  opened = await openPage({
    '/': html(PAGE),
    '/handlebars.js': await handlebarsScript(),
    '/fake-host.js': javascript(await buildFakeHostScript()),
    '/score.js': javascript(built.code),
    '/rgpd.js': javascript(await readFile(rgpd.file, 'utf8')),
    '/scenario.js': javascript(scenarioScript()),
  }, 'panelsRendered');
  ({ page, problems } = opened);
}, 60_000);

afterAll(async () => {
  await opened?.close();
  if (outDir !== undefined) await rm(outDir, { recursive: true, force: true });
});

describe('the built score and RGPD panels in Chromium', () => {
  it('renders the score, a coloured grade, the reasons and the scoring time in the user’s time zone', async () => {
    expect(await page.locator('#score [data-name="score"] [data-role="value"]').innerText()).toBe('55');
    expect(await page.locator('#score [data-role="grade"]').getAttribute('class')).toBe('label label-md label-info');
    expect(await page.locator('#score tr[data-rule]').count()).toBe(6);
    expect(plainSpaces(await page.locator('#score [data-axis="engagement"] [data-role="total"]').innerText())).toBe('+39,8');
    expect(await page.locator('#score [data-name="scoredAt"] [data-role="value"]').innerText()).toBe('22/11/2026 10:30');
  });

  it('renders the contact channels beside the score, with the reason as a tooltip, as the RGPD panel assesses them', async () => {
    const email = page.locator('#score [data-channel="email"] [data-role="eligibility"]');
    expect(await email.innerText()).toBe('Autorisée');
    expect(await email.getAttribute('class')).toBe('label label-md label-success');
    expect(await email.getAttribute('title')).toBe(ELIGIBILITY_RULES.B2C_ELECTRONIC_OPT_IN.reason.fr);
    const phone = page.locator('#score [data-channel="phone"] [data-role="eligibility"]');
    expect(await phone.innerText()).toBe('Interdite');
    expect(await phone.getAttribute('class')).toBe('label label-md label-danger');
    expect(await phone.getAttribute('title')).toBe(ELIGIBILITY_RULES.CONSENT_OPTED_OUT.reason.fr);
    expect(await page.locator('#score [data-channel="phone"] [data-role="channel"]').innerText()).toBe('Téléphone');
    expect(await page.locator('#rgpd [data-name="phone"] [data-role="eligibility"]').innerText()).toBe('Interdite');
    expect(await page.locator('#score [data-channel]').count()).toBe(4);
  });

  it('shows the score but no contact channels on an account', async () => {
    expect(await page.locator('#account [data-name="score"] [data-role="value"]').innerText()).toBe('55');
    expect(await page.locator('#account [data-name="channels"]').count()).toBe(0);
  });

  it('renders eligibility per channel and the retention deadline', async () => {
    expect(await page.locator('#rgpd [data-name="email"] [data-role="eligibility"]').innerText()).toBe('Autorisée');
    expect(await page.locator('#rgpd [data-name="sms"] [data-role="eligibility"]').getAttribute('class')).toBe('label label-md label-danger');
    expect(await page.locator('#rgpd [data-name="deadline"] [data-role="value"]').getAttribute('class')).toBe('text-warning text-bold');
  });

  it('shows hostile text as text, with the full proof in the tooltip, and injects no element', async () => {
    expect(await page.locator('#score tr[data-rule="hostile"] [data-role="reason"]').innerText()).toBe(HOSTILE);
    const proof = page.locator('#rgpd [data-name="email-proof"] [data-role="value"]');
    expect(await proof.getAttribute('title')).toBe(`${HOSTILE} ${emailOptIn.proof ?? ''}`);
    expect((await proof.innerText()).startsWith(HOSTILE)).toBe(true);
    expect(await page.locator('#rgpd [data-name="legalHoldReason"] [data-role="value"]').innerText()).toBe(HOSTILE);
    expect(await page.locator('#score [data-role="channels-note"]').innerText()).toBe(HOSTILE);
    expect(await page.locator('img').count()).toBe(0);
  });

  it('raises no page error, console error or dialog', () => {
    expect(problems).toEqual([]);
  });
});
