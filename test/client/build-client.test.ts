import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertHostDeps, buildClientViews, ClientBuildError, collectRequires } from '../../scripts/build-client';
import { isHostId } from '../../src/client/externals';

const tempDirs: string[] = [];

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

afterAll(() => Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function viewsDirWith(files: Record<string, string>): Promise<string> {
  const dir = await tempDir('autocible-views-');
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

describe('host ids', () => {
  it('accepts the host modules and wildcard families and rejects npm packages', () => {
    expect(['view', 'model', 'views/record/panels/side', 'crm:views/x', 'modules/crm/views/y'].every(isHostId)).toBe(true);
    expect(['lodash', 'viewer', 'views/', 'handlebars', './local'].some(isHostId)).toBe(false);
  });

  it('collects required ids once each, including esbuild’s __require shim', () => {
    const code = 'var a = require("views/a"); var b = __require("left-over"); var c = require("views/a"); my_require("x");';
    expect(collectRequires(code)).toEqual(['views/a', 'left-over']);
  });

  it('fails on a dependency that is not a host id, naming the view and the module', () => {
    expect(() => assertHostDeps('auto-cible:views/x', ['views/record/panels/side', 'lodash'])).toThrowError(
      expect.objectContaining({ viewId: 'auto-cible:views/x', moduleId: 'lodash' }),
    );
    expect(() => assertHostDeps('auto-cible:views/x', ['views/record/panels/side'])).not.toThrow();
  });
});

describe('buildClientViews', () => {
  it('writes one named define per view under client/custom/modules/auto-cible/src', async () => {
    const viewsDir = await viewsDirWith({
      'record/panels/probe.ts': "import Side from 'views/record/panels/side';\nexport default class Probe extends Side {}\n",
    });
    const out = await tempDir('autocible-out-');
    const built = await buildClientViews(out, { viewsDir });
    expect(built).toEqual([
      {
        viewId: 'auto-cible:views/record/panels/probe',
        file: join(out, 'client/custom/modules/auto-cible/src/views/record/panels/probe.js'),
        hostDeps: ['views/record/panels/side'],
      },
    ]);
    const code = await readFile(built[0]?.file ?? '', 'utf8');
    expect(code.startsWith("define('auto-cible:views/record/panels/probe', ['views/record/panels/side'], function () {")).toBe(true);
  });

  it('fails the build when a bundle still requires an unknown module', async () => {
    const viewsDir = await viewsDirWith({
      'leaky.ts': "let optional: unknown;\ntry { optional = require('left-over-module'); } catch { optional = null; }\nexport default class Leaky { value = optional; }\n",
    });
    const out = await tempDir('autocible-out-');
    const failure = await buildClientViews(out, { viewsDir }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ClientBuildError);
    expect(failure).toMatchObject({ viewId: 'auto-cible:views/leaky', moduleId: 'left-over-module' });
  });
});
