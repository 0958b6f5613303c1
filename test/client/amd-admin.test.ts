import { readFile, rm } from 'node:fs/promises';
import { createContext, runInContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vmcSettingsFields, VMC_ADMIN } from '../../src/core/vmc';
import { buildFakeHostScript, buildPanel } from './support/build';
import type { FakeHostApi } from './support/fake-host';

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
