import { readFile, rm } from 'node:fs/promises';
import { createContext, runInContext } from 'node:vm';
import Handlebars from 'handlebars';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildFakeHostScript, buildPanel, PANEL_ID } from './support/build';
import { sourceOf, textsOf, valueOf } from './support/html';
import {
  ACCOUNT_ID,
  HOSTILE,
  noOpportunities,
  wonOpportunitiesOfAccount,
  workedExampleSettings,
} from './support/won-opportunities';
import type { BuiltPanel } from './support/build';
import type { FakeHostApi, HostOptions } from './support/fake-host';

let panel: BuiltPanel;
let fakeHostScript: string;

beforeAll(async () => {
  [panel, fakeHostScript] = await Promise.all([buildPanel(), buildFakeHostScript()]);
});

afterAll(() => rm(panel.outDir, { recursive: true, force: true }));

/** A fresh realm per test: the fake loader and host, then the built file, as Espo's page would load them. */
function loadHost(options: HostOptions) {
  const context = createContext({ Handlebars });
  runInContext(fakeHostScript, context);
  runInContext(panel.code, context, { filename: panel.view.file });
  const api = context.fakeHost as FakeHostApi;
  return { api, host: api.createHost(options) };
}

const TODAY = '2026-11-22';

describe('the built VMC panel module', () => {
  it('is a named AMD define of the view id whose factory returns module.exports.default', async () => {
    const code = await readFile(panel.view.file, 'utf8');
    expect(code.startsWith(`define('${PANEL_ID}', ['views/record/panels/side'], function () {`)).toBe(true);
    expect(code).toContain('return module.exports.default;');
    expect(panel.view.hostDeps).toEqual(['views/record/panels/side']);
    expect(panel.view.file.endsWith('/client/custom/modules/auto-cible/src/views/record/panels/vmc.js')).toBe(true);
  });

  it('does not bundle zod or any other npm package', () => {
    expect(panel.code).not.toContain('node_modules/');
  });

  it('resolves to a class extending the host side panel, not to a module object', () => {
    const { api } = loadHost({ today: TODAY, respond: () => noOpportunities });
    const ViewClass = api.requireModule(PANEL_ID);
    const Side = api.requireModule('views/record/panels/side');
    expect(typeof ViewClass).toBe('function');
    expect(Object.getPrototypeOf(ViewClass)).toBe(Side);
  });
});

describe('the VMC panel on an Account', () => {
  it('computes from the won opportunities and the professionnel defaults, in French', async () => {
    const { api, host } = loadHost({
      today: TODAY,
      preferences: { language: 'fr_FR' },
      config: { defaultCurrency: 'EUR' },
      respond: () => wonOpportunitiesOfAccount,
    });
    const view = host.createView(PANEL_ID, new api.FakeModel('Account', ACCOUNT_ID, { name: 'Garage Dupont' }));
    await view.render();
    // f = 2 purchases over the 1-year minimum window, m = 10 000 €; r 70 %, P 4, 60 € / 5 %, margin 8 %.
    expect(valueOf(view.html, 'vmcBrute')).toBe('41 000 €');
    expect(valueOf(view.html, 'acquisitionCost')).toBe('1 200 €');
    expect(valueOf(view.html, 'vmcNette')).toBe('39 800 €');
    expect(valueOf(view.html, 'vmcMarge')).toBe('3 280 €');
    expect(valueOf(view.html, 'vmcNetteMarge')).toBe('2 080 €');
    expect(valueOf(view.html, 'averageAmount')).toBe('10 000 €');
    expect(sourceOf(view.html, 'purchasesPerYear')).toBe('historique : 2 opportunité(s) gagnée(s) sur 1 an(s)');
    expect(sourceOf(view.html, 'retentionRate')).toBe('défaut pour professionnel');
    expect(host.ajaxCalls).toEqual([
      {
        url: 'Opportunity',
        data: {
          primaryFilter: 'won',
          select: 'amount,amountConverted,closeDate',
          orderBy: 'closeDate',
          order: 'desc',
          maxSize: 200,
          where: [{ type: 'equals', attribute: 'accountId', value: ACCOUNT_ID }],
        },
      },
    ]);
  });
});

describe('the VMC panel on an installation whose list limit is below 200', () => {
  const refusal = { xhrFailure: { status: 403, reason: 'Max size should not exceed 50. Use offset and limit.' } };

  it('asks again with the limit EspoCRM names, silences the host’s error notice, and says how many it counted', async () => {
    const { api, host } = loadHost({
      today: TODAY,
      preferences: { language: 'en_US' },
      config: { defaultCurrency: 'EUR' },
      respond: (_url, data) => ((data as { maxSize: number }).maxSize > 50 ? refusal : { ...wonOpportunitiesOfAccount, total: 51 }),
    });
    const view = host.createView(PANEL_ID, new api.FakeModel('Account', ACCOUNT_ID, { name: 'Garage Dupont' }));
    await view.render();
    expect(host.ajaxCalls.map((call) => (call.data as { maxSize: number }).maxSize)).toEqual([200, 50]);
    expect(host.ajaxFailures.map((xhr) => xhr.errorIsHandled)).toEqual([true]);
    expect(valueOf(view.html, 'averageAmount')).toBe('€10,000');
    expect(view.html).toContain('Only the 50 most recent won opportunities are counted.');
  });

  it('falls back to the defaults, leaving the notice to the host, for any other refusal', async () => {
    const { api, host } = loadHost({
      today: TODAY,
      preferences: { language: 'en_US' },
      respond: () => ({ xhrFailure: { status: 403, reason: 'No read access.' } }),
    });
    const view = host.createView(PANEL_ID, new api.FakeModel('Account', ACCOUNT_ID, { name: 'Garage Dupont' }));
    await view.render();
    expect(host.ajaxCalls).toHaveLength(1);
    expect(host.ajaxFailures.map((xhr) => xhr.errorIsHandled)).toEqual([false]);
    expect(view.html).toContain('Purchase history not loaded: defaults used.');
  });
});

describe('the VMC panel and the separators the user’s EspoCRM shows numbers with', () => {
  it('takes the user’s preferences before the settings, as the host’s number fields do', async () => {
    const render = async (preferences: Record<string, unknown>, config: Record<string, unknown>) => {
      const { api, host } = loadHost({ today: TODAY, preferences, config: { defaultCurrency: 'EUR', ...config }, respond: () => wonOpportunitiesOfAccount });
      const view = host.createView(PANEL_ID, new api.FakeModel('Account', ACCOUNT_ID, { name: 'Garage Dupont' }));
      await view.render();
      return view.html;
    };
    // An English-speaking user of an installation set to French separators.
    expect(valueOf(await render({ language: 'en_US' }, { thousandSeparator: ' ', decimalMark: ',' }), 'vmcBrute')).toBe('€41 000');
    // A French user who chose the English ones in their preferences.
    expect(valueOf(await render({ language: 'fr_FR', thousandSeparator: ',', decimalMark: '.' }, { thousandSeparator: ' ', decimalMark: ',' }), 'vmcBrute')).toBe('41,000 €');
  });
});

describe('the VMC panel on a Contact', () => {
  it('shows the course worked example from the admin defaults when the contact has no purchase', async () => {
    const { api, host } = loadHost({
      today: TODAY,
      preferences: { language: 'fr_FR' },
      config: { ...workedExampleSettings },
      respond: () => noOpportunities,
    });
    const view = host.createView(PANEL_ID, new api.FakeModel('Contact', 'c1', { autoCibleCustomerKind: 'PARTICULIER' }));
    await view.render();
    expect(valueOf(view.html, 'vmcBrute')).toBe('1 400 €');
    expect(valueOf(view.html, 'acquisitionCost')).toBe('100 €');
    expect(valueOf(view.html, 'vmcNette')).toBe('1 300 €');
    expect(valueOf(view.html, 'vmcMarge')).toBe('560 €');
    expect(valueOf(view.html, 'vmcNetteMarge')).toBe('460 €');
    expect(valueOf(view.html, 'retentionRate')).toBe('75 %');
    expect(sourceOf(view.html, 'purchasesPerYear')).toBe('défaut pour particulier');
    expect(host.ajaxCalls.map((c) => c.url)).toEqual(['Contact/c1/opportunities']);
  });

  it('shows n/a for the outputs an impossible input breaks and names that input', async () => {
    const { api, host } = loadHost({
      today: TODAY,
      preferences: { language: 'en_US' },
      config: { ...workedExampleSettings, autoCibleVmcParticulierConversionRate: 0 },
      respond: () => noOpportunities,
    });
    const view = host.createView(PANEL_ID, new api.FakeModel('Contact', 'c1', {}));
    await view.render();
    expect(valueOf(view.html, 'vmcBrute')).toBe('€1,400');
    expect(valueOf(view.html, 'acquisitionCost')).toBe('n/a');
    expect(valueOf(view.html, 'vmcNette')).toBe('n/a');
    expect(valueOf(view.html, 'vmcMarge')).toBe('€560');
    expect(valueOf(view.html, 'vmcNetteMarge')).toBe('n/a');
    expect(textsOf(view.html, 'error')).toEqual(['Cannot compute: invalid value for “Conversion rate”.']);
  });

  it('recomputes on model sync with the new customer kind', async () => {
    const { api, host } = loadHost({ today: TODAY, preferences: { language: 'en_US' }, respond: () => noOpportunities });
    const model = new api.FakeModel('Contact', 'c2', { autoCibleCustomerKind: 'PARTICULIER' });
    const view = host.createView(PANEL_ID, model);
    await view.render();
    expect(valueOf(view.html, 'vmcBrute')).toBe('€12,600');
    model.set('autoCibleCustomerKind', 'PROFESSIONNEL');
    model.trigger('sync');
    // f 4 × m 8 000 € + 8 000 € × 70 % × (4 − 1)
    await vi.waitFor(() => expect(valueOf(view.html, 'vmcBrute')).toBe('€48,800'));
    expect(sourceOf(view.html, 'periodYears')).toBe('default for professionals');
    expect(host.ajaxCalls).toHaveLength(2);
  });

  it.each([
    ['own', true],
    ['team', true],
    ['all', false],
    [undefined, false],
  ])('with the role’s opportunity read level %s, says the history may be incomplete: %s', async (level, said) => {
    const { api, host } = loadHost({
      today: TODAY, preferences: { language: 'fr_FR' }, respond: () => wonOpportunitiesOfAccount,
      ...(level === undefined ? {} : { opportunityReadLevel: level }),
    });
    const view = host.createView(PANEL_ID, new api.FakeModel('Account', ACCOUNT_ID, { name: 'Garage Dupont' }));
    await view.render();
    expect(valueOf(view.html, 'vmcBrute')).toBe('41 000 €');
    const note = 'Vos droits ne montrent que vos opportunités ou celles de votre équipe : l’historique d’achats peut être incomplet.';
    expect(textsOf(view.html, 'note').includes(note)).toBe(said);
  });

  it('uses the defaults without asking the API when the user cannot read opportunities', async () => {
    const { api, host } = loadHost({
      today: TODAY,
      preferences: { language: 'en_US' },
      canReadOpportunity: false,
      respond: () => wonOpportunitiesOfAccount,
    });
    const view = host.createView(PANEL_ID, new api.FakeModel('Contact', 'c3', {}));
    await view.render();
    expect(host.ajaxCalls).toEqual([]);
    expect(textsOf(view.html, 'note')).toEqual(['Purchase history not loaded: defaults used.']);
    expect(sourceOf(view.html, 'averageAmount')).toBe('default for private individuals');
  });
});

describe('escaping in the VMC panel', () => {
  it('escapes hostile translations, record values and currency codes', async () => {
    const { api, host } = loadHost({
      today: TODAY,
      preferences: { language: 'fr_FR' },
      config: { defaultCurrency: HOSTILE },
      translations: { autoCibleVmcBrute: HOSTILE, autoCibleVmcSourceDefaultProfessionnel: HOSTILE },
      respond: () => ({
        total: 1,
        list: [{ ...wonOpportunitiesOfAccount.list[0], name: HOSTILE, closeDate: '2026-10-01' }],
      }),
    });
    const view = host.createView(PANEL_ID, new api.FakeModel('Account', ACCOUNT_ID, { name: HOSTILE }));
    await view.render();
    expect(view.html).not.toContain('<img');
    expect(view.html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(sourceOf(view.html, 'retentionRate')).toBe('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(valueOf(view.html, 'averageAmount')).toBe('8 000 €');
  });
});
