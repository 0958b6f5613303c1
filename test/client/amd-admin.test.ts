import { readFile, rm } from 'node:fs/promises';
import { createContext, runInContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readVmcDefaults, vmcSettingsFields, VMC_ADMIN } from '../../src/core/vmc';
import { buildFakeHostScript, buildPanel } from './support/build';
import type { FakeHostApi, FakeModel, FakeSettingsModel } from './support/fake-host';

let code: string;
let outDir: string;
let fakeHostScript: string;

beforeAll(async () => {
  const built = await buildPanel();
  outDir = built.outDir;
  const admin = built.views.find((v) => v.viewId === VMC_ADMIN.recordView);
  if (admin === undefined) throw new Error(`${VMC_ADMIN.recordView} was not built`);
  code = await readFile(admin.file, 'utf8');
  fakeHostScript = await buildFakeHostScript();
});

afterAll(() => rm(outDir, { recursive: true, force: true }));

describe('the built VMC defaults admin view', () => {
  it('is a named define of the recordView id named in adminPanel, depending on the settings record view', () => {
    expect(code.startsWith(`define('${VMC_ADMIN.recordView}', ['views/settings/record/edit'], function () {`)).toBe(true);
  });

  it('replaces the core Settings layout with one panel per customer kind holding every VMC field', () => {
    const context = createContext({});
    runInContext(fakeHostScript, context);
    runInContext(code, context);
    const api = context.fakeHost as FakeHostApi;
    api.createHost({ today: '2026-01-01', respond: () => undefined });
    const ViewClass = api.requireModule(VMC_ADMIN.recordView) as new () => { setup(): void; layoutSeenBySetup?: { name: string; detail: unknown } };
    const view = new ViewClass();
    view.setup();
    // The base setup() must already see our layout, whenever the host runs field initialisers.
    expect(view.layoutSeenBySetup?.name).toBe(VMC_ADMIN.page);
    const layout = view.layoutSeenBySetup?.detail as { label: string; rows: ({ name: string } | false)[][] }[];
    expect(layout.map((panel) => panel.label)).toEqual(['autoCibleVmcKindParticulier', 'autoCibleVmcKindProfessionnel']);
    const names = layout.flatMap((panel) => panel.rows.flat()).flatMap((cell) => (cell === false ? [] : [cell.name]));
    expect(names).toEqual(vmcSettingsFields.map((f) => f.param));
  });
});

interface AdminView {
  setup(): void;
  setupFinal(): void;
  readonly isChanged: boolean;
  readonly formValues: Record<string, unknown> | undefined;
  getChangedAttributes(): Record<string, unknown>;
}

/** Opens the page the way Espo does: record view on the fetched Settings model, then setup() and setupFinal(). */
function openPage(stored: Record<string, unknown>): { view: AdminView; model: FakeSettingsModel } {
  const context = createContext({});
  runInContext(fakeHostScript, context);
  runInContext(code, context);
  const api = context.fakeHost as FakeHostApi;
  api.createHost({ today: '2026-01-01', respond: () => undefined });
  const model = new api.FakeSettingsModel('Settings', '1', { ...stored });
  const ViewClass = api.requireModule(VMC_ADMIN.recordView) as new (options: { model: FakeModel }) => AdminView;
  const view = new ViewClass({ model });
  view.setup();
  view.setupFinal();
  return { view, model };
}

const field = (param: string) => {
  const found = vmcSettingsFields.find((f) => f.param === param);
  if (found === undefined) throw new Error(`no VMC param ${param}`);
  return found;
};

describe('the VMC defaults admin form before an admin saved it', () => {
  // A Settings GET answers only stored config: a param never saved is absent; null and '' count as unset too.
  const neverSaved = {};
  const blanks = Object.fromEntries(vmcSettingsFields.map((f, i) => [f.param, i % 2 === 0 ? null : '']));

  it.each([
    ['absent', neverSaved],
    ['null or empty', blanks],
  ])('shows, for every %s param, the value the panels apply', (_label, stored) => {
    const { view } = openPage(stored);
    const applied = readVmcDefaults((param) => (stored as Record<string, unknown>)[param]);
    for (const f of vmcSettingsFields) {
      const shown = view.formValues?.[f.param];
      expect(shown, f.param).toBe(f.defaultValue);
      // In config units: rates as percentages (60 for 0.6).
      expect(Number(shown) / f.scale, f.param).toBeCloseTo(applied[f.customerKind][f.input], 9);
    }
  });

  it('does not mark the form changed, so opening and leaving the page asks nothing', () => {
    const { view } = openPage({});
    expect(view.isChanged).toBe(false);
  });

  it('sends the shown defaults when the admin clicks Save', () => {
    const { view } = openPage({});
    expect(view.getChangedAttributes()).toEqual(Object.fromEntries(vmcSettingsFields.map((f) => [f.param, f.defaultValue])));
  });

  it('keeps every stored value, 0 included, and saves only the params that had none', () => {
    const stored = {
      autoCibleVmcParticulierCostToReach: 0,
      autoCibleVmcParticulierRetentionRate: 45,
      autoCibleVmcProfessionnelPurchasesPerYear: 0,
      // An impossible stored value stays too: the panel names it, the form's validation reports it.
      autoCibleVmcProfessionnelPeriodYears: 0,
    };
    const { view, model } = openPage(stored);
    for (const [param, value] of Object.entries(stored)) {
      expect(model.get(param), param).toBe(value);
      expect(view.formValues?.[param], param).toBe(value);
    }
    const sent = view.getChangedAttributes();
    expect(Object.keys(sent).sort()).toEqual(vmcSettingsFields.map((f) => f.param).filter((p) => !(p in stored)).sort());
    for (const [param, value] of Object.entries(sent)) expect(value, param).toBe(field(param).defaultValue);
    expect(view.isChanged).toBe(false);
  });

  it('asks nothing and sends nothing when every param is stored', () => {
    const stored = Object.fromEntries(vmcSettingsFields.map((f) => [f.param, f.defaultValue + 1]));
    const { view } = openPage(stored);
    expect(view.formValues).toEqual(stored);
    expect(view.getChangedAttributes()).toEqual({});
    expect(view.isChanged).toBe(false);
  });

  it('still flags an edit the admin makes afterwards', () => {
    const { view, model } = openPage({});
    model.set('autoCibleVmcParticulierAverageAmount', 3500);
    expect(view.isChanged).toBe(true);
    expect(view.getChangedAttributes()).toMatchObject({ autoCibleVmcParticulierAverageAmount: 3500 });
  });
});
