import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFakeHostScript, buildPanel, PANEL_ID } from './support/build';
import { plainSpaces } from './support/html';
import { ACCOUNT_ID, HOSTILE, wonOpportunitiesOfAccount } from './support/won-opportunities';
import { handlebarsScript, html, javascript, openPage } from './support/browser';
import type { BrowserPage } from './support/browser';
import type { Page } from 'playwright-core';

// The scenario runs in the page: the fake host answers the panel's Ajax call with a recorded-like list.
function scenarioScript(): string {
  const options = {
    today: '2026-11-22',
    preferences: { language: 'fr_FR' },
    config: { defaultCurrency: 'EUR' },
    translations: { autoCibleVmcBrute: HOSTILE },
  };
  const body = { total: 2, list: wonOpportunitiesOfAccount.list.map((o) => ({ ...o, name: HOSTILE })) };
  return `(async () => {
  const api = window.fakeHost;
  const host = api.createHost({ ...${JSON.stringify(options)}, respond: () => (${JSON.stringify(body)}) });
  const model = new api.FakeModel('Account', ${JSON.stringify(ACCOUNT_ID)}, { name: ${JSON.stringify(HOSTILE)} });
  const view = host.createView(${JSON.stringify(PANEL_ID)}, model);
  await view.render();
  document.getElementById('panel').innerHTML = view.html;
  window.panelRendered = true;
})().catch((error) => console.error('scenario failed: ' + (error && error.stack || error)));`;
}

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>VMC panel</title></head><body>
<div id="panel"></div>
<script src="/handlebars.js"></script>
<script src="/fake-host.js"></script>
<script src="/vmc.js"></script>
<script src="/scenario.js"></script>
</body></html>`;

let opened: BrowserPage;
let outDir: string | undefined;
let page: Page;
let problems: string[];

beforeAll(async () => {
  const panel = await buildPanel();
  outDir = panel.outDir;
  opened = await openPage({
    '/': html(PAGE),
    '/handlebars.js': await handlebarsScript(),
    '/fake-host.js': javascript(await buildFakeHostScript()),
    '/vmc.js': javascript(panel.code),
    '/scenario.js': javascript(scenarioScript()),
  }, 'panelRendered');
  ({ page, problems } = opened);
}, 60_000);

afterAll(async () => {
  await opened?.close();
  if (outDir !== undefined) await rm(outDir, { recursive: true, force: true });
});

describe('the built VMC panel in Chromium', () => {
  it('renders the figures computed from the won opportunities', async () => {
    const value = (name: string) => page.locator(`#panel [data-name="${name}"] [data-role="value"]`).innerText();
    expect(plainSpaces(await value('vmcBrute'))).toBe('41 000 €');
    expect(plainSpaces(await value('acquisitionCost'))).toBe('1 200 €');
    expect(plainSpaces(await value('vmcNette'))).toBe('39 800 €');
    expect(plainSpaces(await value('vmcNetteMarge'))).toBe('2 080 €');
    const source = await page.locator('#panel [data-name="averageAmount"] [data-role="source"]').innerText();
    expect(source).toBe('historique : 2 opportunité(s) gagnée(s) sur 1 an(s)');
  });

  it('shows a hostile label as text and injects no element', async () => {
    expect(await page.locator('#panel [data-name="vmcBrute"] label').innerText()).toBe(HOSTILE);
    expect(await page.locator('img').count()).toBe(0);
  });

  it('raises no page error, console error or dialog', () => {
    expect(problems).toEqual([]);
  });
});
