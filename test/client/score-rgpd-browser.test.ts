import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serialiseScoreReasons } from '../../src/core/score-reasons';
import { b2cContact, emailOptIn, retentionPlanned, RGPD_PANEL_ID } from './rgpd/fixtures';
import { reasons, SCORE_PANEL_ID, scoredContact } from './score/fixtures';
import { buildFakeHostScript, buildPanel } from './support/build';
import { plainSpaces } from './support/html';
import { HOSTILE } from './support/won-opportunities';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A contact scored and consented, with hostile text wherever a user or an import can put some. */
function hostileContact(): Record<string, unknown> {
  const hostileReasons = { ...reasons, fired: [...reasons.fired, { rule: 'hostile', axis: 'fit' as const, label: { fr: HOSTILE, en: HOSTILE }, value: HOSTILE, points: 0 }] };
  return {
    ...b2cContact([{ ...emailOptIn, proof: `${HOSTILE} ${emailOptIn.proof ?? ''}` }], { ...retentionPlanned, autoCibleLegalHoldReason: HOSTILE }),
    ...scoredContact,
    autoCibleScoreReasons: serialiseScoreReasons(hostileReasons),
    lastName: HOSTILE,
  };
}

// The scenario runs in the page: both panels render on the same model, as on a Contact detail view.
function scenarioScript(): string {
  const options = { today: '2026-11-22', timeZone: 'Europe/Paris', dateFormat: 'DD/MM/YYYY', preferences: { language: 'fr_FR' } };
  return `(async () => {
  const api = window.fakeHost;
  const host = api.createHost({ ...${JSON.stringify(options)}, respond: () => undefined });
  const model = new api.FakeModel('Contact', 'c1', ${JSON.stringify(hostileContact())});
  for (const [id, target] of [[${JSON.stringify(SCORE_PANEL_ID)}, 'score'], [${JSON.stringify(RGPD_PANEL_ID)}, 'rgpd']]) {
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
<script src="/handlebars.js"></script>
<script src="/fake-host.js"></script>
<script src="/score.js"></script>
<script src="/rgpd.js"></script>
<script src="/scenario.js"></script>
</body></html>`;

async function startServer(): Promise<{ server: Server; url: string; outDir: string }> {
  const require = createRequire(import.meta.url);
  const built = await buildPanel(SCORE_PANEL_ID);
  const rgpd = built.views.find((v) => v.viewId === RGPD_PANEL_ID);
  if (rgpd === undefined) throw new Error(`${RGPD_PANEL_ID} was not built`);
  const js = (body: string) => ({ type: 'application/javascript', body });
  const files: Record<string, { type: string; body: string }> = {
    '/': { type: 'text/html; charset=utf-8', body: PAGE },
    '/handlebars.js': js(await readFile(require.resolve('handlebars/dist/handlebars.js'), 'utf8')),
    '/fake-host.js': js(await buildFakeHostScript()),
    '/score.js': js(built.code),
    '/rgpd.js': js(await readFile(rgpd.file, 'utf8')),
    '/scenario.js': js(scenarioScript()),
  };
  const server = createServer((request, response) => {
    const file = files[request.url ?? ''];
    response.writeHead(file === undefined ? 404 : 200, { 'content-type': file?.type ?? 'text/plain' });
    response.end(file?.body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/`, outDir: built.outDir };
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
  await page.waitForFunction(() => Reflect.get(window, 'panelsRendered') === true, undefined, { timeout: 10_000 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
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
    expect(await page.locator('img').count()).toBe(0);
  });

  it('raises no page error, console error or dialog', () => {
    expect(problems).toEqual([]);
  });
});
