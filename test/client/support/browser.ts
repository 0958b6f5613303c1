// Shared harness of the browser tests: a static page server on 127.0.0.1 and Debian's headless Chromium
// driven by playwright-core, collecting every page error, console error and dialog as a problem.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
// Without the background-networking flags Chromium keeps trying hosts this closed network refuses.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface StaticFile {
  readonly type: string;
  readonly body: string;
}

export const javascript = (body: string): StaticFile => ({ type: 'application/javascript', body });
export const html = (body: string): StaticFile => ({ type: 'text/html; charset=utf-8', body });

/** Handlebars' browser build, the one the host ships. */
export async function handlebarsScript(): Promise<StaticFile> {
  return javascript(await readFile(createRequire(import.meta.url).resolve('handlebars/dist/handlebars.js'), 'utf8'));
}

export interface BrowserPage {
  readonly page: Page;
  /** Page errors, console errors and dialogs seen so far. */
  readonly problems: string[];
  close(): Promise<void>;
}

async function serve(files: Readonly<Record<string, StaticFile>>): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const file = files[request.url ?? ''];
    response.writeHead(file === undefined ? 404 : 200, { 'content-type': file?.type ?? 'text/plain' });
    response.end(file?.body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/` };
}

function watch(page: Page, problems: string[]): void {
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
}

/** Serves `files` (`/` is the page), opens it in Chromium and waits until `window[readyFlag] === true`. */
export async function openPage(files: Readonly<Record<string, StaticFile>>, readyFlag: string): Promise<BrowserPage> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: .ci/run installs it (apt-get install chromium).`);
  const { server, url } = await serve(files);
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await new Promise((resolve) => server.close(resolve));
  };
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    const problems: string[] = [];
    watch(page, problems);
    await page.goto(url);
    await page.waitForFunction((flag) => Reflect.get(window, flag) === true, readyFlag, { timeout: 10_000 });
    return { page, problems, close };
  } catch (error) {
    await close();
    throw error;
  }
}
