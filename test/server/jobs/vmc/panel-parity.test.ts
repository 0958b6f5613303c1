/**
 * The job stores what the side panel shows: the real built panel (the AMD module EspoCRM loads, in the fake host of
 * test/client) renders each record with its own request answered by the fake EspoCRM, its customer kind and the
 * admin's defaults, and each of its four values equals the field the job wrote, "n/a" an emptied one.
 */
import { rm } from 'node:fs/promises';
import { createContext, runInContext } from 'node:vm';
import Handlebars from 'handlebars';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFormatter } from '../../../../src/client/vmc/format';
import { serializeQuery } from '../../../../src/server/espo';
import type { QueryValue } from '../../../../src/server/espo/query/serialize';
import { runVmcJob, VMC_VALUE_ATTRIBUTES } from '../../../../src/server/jobs/vmc';
import { buildFakeHostScript, buildPanel, PANEL_ID } from '../../../client/support/build';
import type { BuiltPanel } from '../../../client/support/build';
import type { FakeHostApi } from '../../../client/support/fake-host';
import { valueOf } from '../../../client/support/html';
import { FAKE_CREDENTIALS } from '../../../msw/fake-espo';
import { useMswServer } from '../../../msw/server';
import { ID, TODAY, vmcContext, vmcHarness } from './fixtures';
import type { VmcHarness } from './fixtures';

const server = useMswServer();

let panel: BuiltPanel;
let hostScript: string;

beforeAll(async () => {
  [panel, hostScript] = await Promise.all([buildPanel(), buildFakeHostScript()]);
});

afterAll(() => rm(panel.outDir, { recursive: true, force: true }));

/** A contact whose only sale has an impossible amount: the panel shows every value as n/a. */
const BROKEN = 'c00000000000000a9';

/** GET as `Espo.Ajax.getRequest(url, data)` sends it (jQuery's `param`: `where[0][type]=…`, as the REST client's). */
async function answer(harness: VmcHarness, url: string, data: unknown): Promise<unknown> {
  const query = serializeQuery(data as { readonly [key: string]: QueryValue });
  const response = await fetch(`${harness.fake.apiUrl}${url}?${query}`, { headers: { 'X-Api-Key': FAKE_CREDENTIALS.apiKey } });
  expect(response.status).toBe(200);
  return response.json();
}

/** The panel's four values for a record, rendered twice: once to learn its request, then with the fake's answer. */
async function panelValues(harness: VmcHarness, entityType: 'Contact' | 'Account', id: string): Promise<Record<string, string>> {
  const attributes = await harness.client.get(entityType, id);
  const render = async (respond: (url: string, data: unknown) => unknown) => {
    const context = createContext({ Handlebars });
    runInContext(hostScript, context);
    runInContext(panel.code, context, { filename: panel.view.file });
    const api = context.fakeHost as FakeHostApi;
    const host = api.createHost({
      today: TODAY, preferences: { language: 'en_US' }, config: { defaultCurrency: 'EUR', ...harness.fake.store.settings }, respond,
    });
    const view = host.createView(PANEL_ID, new api.FakeModel(entityType, id, { ...attributes }));
    await view.render();
    return { html: view.html, calls: host.ajaxCalls };
  };
  const first = await render(() => undefined);
  const call = first.calls[0];
  if (call === undefined) throw new Error('the panel sent no request');
  const body = await answer(harness, call.url, call.data);
  const second = await render(() => body);
  expect(second.calls).toEqual(first.calls);
  return Object.fromEntries(Object.keys(VMC_VALUE_ATTRIBUTES).map((name) => [name, valueOf(second.html, name)]));
}

describe('the vmc job and the VMC panel', () => {
  it('store and show the same four values for every record, n/a where the job empties the field', async () => {
    // An admin's defaults: 50 % retention for private customers, and an impossible 0 % conversion for professionals.
    const harness = vmcHarness(server, { settings: { autoCibleVmcParticulierRetentionRate: 50, autoCibleVmcProfessionnelConversionRate: 0 } });
    harness.fake.seed('Contact', [{ id: BROKEN, lastName: 'Roux', autoCibleCustomerKind: 'PARTICULIER' }], { derive: true });
    harness.fake.seed('Opportunity', [{ id: 'o00000000000000c9', name: 'Avoir', stage: 'Closed Won', amount: -500, amountConverted: -500, closeDate: '2025-06-01' }], { derive: true });
    harness.fake.link('Contact', BROKEN, 'opportunities', ['o00000000000000c9']);
    await runVmcJob({ source: harness.source, target: harness.gateway, today: TODAY }, vmcContext());
    const money = createFormatter('en_US', 'EUR');
    const records = [
      ...[ID.private, ID.pro, ID.noKind, BROKEN].map((id) => ['Contact', id] as const),
      ...[ID.fleet, ID.lone].map((id) => ['Account', id] as const),
    ];
    for (const [entityType, id] of records) {
      const stored: Readonly<Record<string, unknown>> = harness.fake.store.find(entityType, id) ?? {};
      const expected = Object.fromEntries(Object.entries(VMC_VALUE_ATTRIBUTES).map(([name, attribute]) => {
        const value = stored[attribute];
        return [name, typeof value === 'number' ? money.money(value) : 'n/a'];
      }));
      expect(await panelValues(harness, entityType, id), `${entityType} ${id}`).toEqual(expected);
    }
    // Checked by hand, so that both sides cannot be wrong alike: 5 000 + 10 000 × 0.5 × 5.
    expect(harness.fake.store.find('Contact', ID.private)?.autoCibleVmcBrute).toBe(30_000);
    expect(harness.fake.store.find('Account', ID.lone)).toMatchObject({ autoCibleVmcBrute: 48_800, autoCibleVmcNette: null });
    expect(harness.fake.store.find('Contact', BROKEN)).toMatchObject({ autoCibleVmcBrute: null, autoCibleVmcMarge: null });
  });
});
