import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension } from '../../scripts/extension/build-extension';
import { parseVersion, satisfiesAny } from '../../src/server/espo';

const ROOT = resolve(import.meta.dirname, '../..');
const RES = 'files/custom/Espo/Modules/AutoCible/Resources';
const CLIENT_SRC = 'files/client/custom/modules/auto-cible/src';

let outDir: string;
let zip: Record<string, Uint8Array>;
const json = (path: string): unknown => {
  const bytes = zip[path];
  if (bytes === undefined) throw new Error(`missing ${path} in the zip`);
  return JSON.parse(strFromU8(bytes));
};
const paths = () => Object.keys(zip);

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'autocible-pkg-'));
  const built = await buildExtension(ROOT, outDir);
  // Re-read the file from disk: check the artefact an admin uploads, not the in-memory map.
  zip = unzipSync(new Uint8Array(await readFile(built.zipPath)));
}, 120_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

/** Every string in a JSON tree, for hunting view ids wherever metadata puts them. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

/** `auto-cible:views/x` and `modules/auto-cible/views/x` both resolve to src/views/x.js (platform §3.1). */
function viewFile(id: string): string {
  const path = id.startsWith('auto-cible:') ? id.slice('auto-cible:'.length) : id.slice('modules/auto-cible/'.length);
  return `${CLIENT_SRC}/${path}.js`;
}

describe('the extension zip, opened the way EspoCRM reads it', () => {
  it('is named after the package version and carries a manifest EspoCRM accepts', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const manifest = json('manifest.json') as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: 'AutoCible', version: pkg.version, skipBackup: true });
    expect(manifest.description).toEqual(expect.any(String));
    expect(manifest.releaseDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(manifest.acceptableVersions).toEqual(expect.arrayContaining([expect.any(String)]));
    expect(manifest).not.toHaveProperty('delete');
    expect(manifest).not.toHaveProperty('deleteBeforeCopy');
  });

  it('accepts every EspoCRM 9.x and nothing else (8.x lacks what we ship, 10.0 is untested)', () => {
    const accepts = (v: string) => satisfiesAny(parseVersion(v)!, (json('manifest.json') as { acceptableVersions: string[] }).acceptableVersions);
    for (const v of ['9.0.0', '9.1.7', '9.2.7', '9.3.10']) expect(accepts(v), v).toBe(true);
    for (const v of ['8.4.2', '10.0.0', '10.0.5']) expect(accepts(v), v).toBe(false);
  });

  it('holds only manifest.json and files/ (no install or uninstall scripts that could drop data)', () => {
    for (const path of paths()) expect(path === 'manifest.json' || path.startsWith('files/'), path).toBe(true);
  });

  it('parses every JSON file', () => {
    const jsonFiles = paths().filter((p) => p.endsWith('.json'));
    expect(jsonFiles.length).toBeGreaterThan(20);
    for (const path of jsonFiles) expect(() => json(path), path).not.toThrow();
  });

  it('places the backend module and the frontend module where EspoCRM looks for them', () => {
    expect(json(`${RES}/module.json`)).toEqual({ order: 50 });
    for (const path of paths().filter((p) => p.startsWith('files/'))) {
      expect(path.startsWith('files/custom/Espo/Modules/AutoCible/') || path.startsWith('files/client/custom/modules/auto-cible/'), path).toBe(true);
    }
  });

  it('ships exactly one PHP file: the empty controller of the vehicle entity', () => {
    const php = paths().filter((p) => p.endsWith('.php'));
    expect(php).toEqual(['files/custom/Espo/Modules/AutoCible/Controllers/AutoCibleVehicle.php']);
    const source = strFromU8(zip[php[0]!]!);
    expect(source).toContain('namespace Espo\\Modules\\AutoCible\\Controllers;');
    expect(source).toContain('class AutoCibleVehicle extends \\Espo\\Core\\Templates\\Controllers\\Base');
  });

  it('defines, in the bundle, every view id that metadata names', () => {
    const metadata = paths().filter((p) => p.startsWith(`${RES}/metadata/`));
    const ids = [...new Set(metadata.flatMap((p) => strings(json(p))).filter((s) => /^(auto-cible:|modules\/auto-cible\/)/.test(s)))];
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const file = zip[viewFile(id)];
      expect(file, `${id} → ${viewFile(id)}`).toBeDefined();
      expect(strFromU8(file!)).toMatch(new RegExp(`^define\\(['"]${id.replace(/[/:-]/g, (c) => `\\${c}`)}['"]`, 'm'));
    }
  });

  it('adds an AutoCible section to Administration whose page view is in the bundle, with its settings labelled', () => {
    const panel = json(`${RES}/metadata/app/adminPanel.json`) as Record<string, { itemList: { recordView: string; url: string }[] }>;
    const item = panel.autoCible?.itemList[0];
    expect(item?.url).toBe('#Admin/autoCibleVmcDefaults');
    expect(zip[viewFile(item!.recordView)]).toBeDefined();
    const settings = json(`${RES}/metadata/entityDefs/Settings.json`) as { fields: Record<string, { type: string }> };
    expect(Object.keys(settings.fields)).toHaveLength(14);
    for (const lang of ['fr_FR', 'en_US']) {
      const i18n = json(`${RES}/i18n/${lang}/Settings.json`) as { fields: Record<string, string> };
      for (const name of Object.keys(settings.fields)) expect(i18n.fields[name], `${lang} ${name}`).toMatch(/\S/);
      expect((json(`${RES}/i18n/${lang}/Admin.json`) as { labels: Record<string, string> }).labels.autoCibleVmcDefaults).toMatch(/\S/);
    }
  });

  it('points every scriptList entry at a file in the package', () => {
    const clientJson = paths().find((p) => p === `${RES}/metadata/app/client.json`);
    const scripts = clientJson === undefined ? [] : strings((json(clientJson) as { scriptList?: unknown }).scriptList).filter((s) => s !== '__APPEND__');
    for (const script of scripts) expect(zip[`files/${script}`], script).toBeDefined();
  });

  it('appends to core arrays instead of replacing them', () => {
    for (const path of paths().filter((p) => p.includes('/metadata/clientDefs/'))) {
      const defs = json(path) as { sidePanels?: Record<string, unknown[]> };
      for (const list of Object.values(defs.sidePanels ?? {})) expect(list[0], path).toBe('__APPEND__');
    }
  });

  it('labels every field and every enum option in fr_FR and en_US', () => {
    for (const path of paths().filter((p) => p.includes('/metadata/entityDefs/'))) {
      const entityType = path.split('/').pop()!.replace('.json', '');
      const defs = json(path) as { fields: Record<string, { options?: string[] }> };
      for (const lang of ['fr_FR', 'en_US']) {
        const i18n = json(`${RES}/i18n/${lang}/${entityType}.json`) as { fields: Record<string, string>; options: Record<string, Record<string, string>> };
        for (const [name, field] of Object.entries(defs.fields)) {
          if (['createdAt', 'modifiedAt', 'createdBy', 'modifiedBy', 'assignedUser', 'teams', 'description'].includes(name)) continue;
          expect(i18n.fields[name], `${lang} ${entityType}.${name}`).toMatch(/\S/);
          for (const option of (field.options ?? []).filter((o) => o !== '')) {
            expect(i18n.options[name]?.[option], `${lang} ${entityType}.${name}.${option}`).toMatch(/\S/);
          }
        }
      }
    }
  });

  it('claims each shipped core-entity layout in app/layouts.json, and ships the claimed files', () => {
    const claims = json(`${RES}/metadata/app/layouts.json`) as Record<string, Record<string, { module: string }>>;
    for (const [entityType, layouts] of Object.entries(claims)) {
      for (const [name, claim] of Object.entries(layouts)) {
        expect(claim.module).toBe('AutoCible');
        expect(zip[`${RES}/layouts/${entityType}/${name}.json`], `${entityType}/${name}`).toBeDefined();
      }
    }
    for (const path of paths().filter((p) => p.startsWith(`${RES}/layouts/`))) {
      const [entityType, file] = path.slice(`${RES}/layouts/`.length).split('/');
      if (entityType === 'AutoCibleVehicle') continue;
      expect(claims[entityType!]?.[file!.replace('.json', '')], path).toBeDefined();
    }
  });

  it('declares the vehicle scope as an ACL-controlled entity of the AutoCible module', () => {
    expect(json(`${RES}/metadata/scopes/AutoCibleVehicle.json`)).toMatchObject({ entity: true, object: true, module: 'AutoCible', type: 'Base', acl: true });
    expect(json(`${RES}/metadata/clientDefs/AutoCibleVehicle.json`)).toMatchObject({ controller: 'controllers/record' });
  });
});
