import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFakeHostScript, buildPanel, PANEL_ID } from './support/build';
import { plainSpaces } from './support/html';
import { ACCOUNT_ID, HOSTILE, wonOpportunitiesOfAccount } from './support/won-opportunities';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

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

async function startServer(): Promise<{ server: Server; url: string; outDir: string }> {
  const require = createRequire(import.meta.url);
  const panel = await buildPanel();
  const files: Record<string, { type: string; body: string }> = {
    '/': { type: 'text/html; charset=utf-8', body: PAGE },
    '/handlebars.js': {
      type: 'application/javascript',
      body: await readFile(require.resolve('handlebars/dist/handlebars.js'), 'utf8'),
    },
    '/fake-host.js': { type: 'application/javascript', body: await buildFakeHostScript() },
    '/vmc.js': { type: 'application/javascript', body: panel.code },
    '/scenario.js': { type: 'application/javascript', body: scenarioScript() },
  };
  const server = createServer((request, response) => {
    const file = files[request.url ?? ''];
    response.writeHead(file === undefined ? 404 : 200, { 'content-type': file?.type ?? 'text/plain' });
    response.end(file?.body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/`, outDir: panel.outDir };
}

let browser: Browser | undefined;
let server: Server | undefined;
let outDir: string | undefined;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: .ci/run installs it (apt-get install chromium).`);
  }
  const started = await startServer();
  server = started.server;
  outDir = started.outDir;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(started.url);
  await page.waitForFunction(() => Reflect.get(window, 'panelRendered') === true, undefined, { timeout: 10_000 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
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
