import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { CATALOGUE } from '../../src/core/catalogue';
import { generateModuleFiles } from '../../src/core/generate/module-files';
import { allUiLabels } from '../../src/core/generate/ui-labels';
import { extraModuleFiles } from '../../src/core/generate/extra-files';
import { buildClientViews } from '../build-client';
import { loadLayouts } from './load-layouts';
import { loadManifest } from './manifest';
import { controllerFiles } from './php';

export interface BuiltExtension {
  readonly zipPath: string;
  readonly version: string;
  /** Every entry of the zip (path → bytes), for checks without re-reading the file. */
  readonly entries: ReadonlyMap<string, Uint8Array>;
}

function releaseDate(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const date = epoch === undefined ? new Date() : new Date(Number(epoch) * 1000);
  return date.toISOString().slice(0, 10);
}

/** Builds `dist/autocible-<version>.zip` (or into `outDir`) from the catalogue, layouts and client views. */
export async function buildExtension(root: string, outDir = join(root, 'dist')): Promise<BuiltExtension> {
  const manifest = await loadManifest(root, releaseDate());
  const entries = new Map<string, Uint8Array>();
  entries.set('manifest.json', strToU8(`${JSON.stringify(manifest, null, 2)}\n`));
  const moduleFiles = generateModuleFiles({
    catalogue: CATALOGUE,
    uiLabels: allUiLabels(),
    layouts: await loadLayouts(join(root, 'layouts')),
    extraFiles: extraModuleFiles(),
  });
  for (const [path, content] of moduleFiles) entries.set(`files/${path}`, strToU8(`${JSON.stringify(content, null, 4)}\n`));
  const owned = CATALOGUE.filter((e) => e.owned).map((e) => e.entityType);
  for (const [path, php] of controllerFiles(owned)) entries.set(`files/${path}`, strToU8(php));
  const clientDir = await mkdtemp(join(tmpdir(), 'autocible-client-'));
  try {
    for (const view of await buildClientViews(clientDir)) {
      entries.set(`files/${relative(clientDir, view.file)}`, await readFile(view.file));
    }
  } finally {
    await rm(clientDir, { recursive: true, force: true });
  }
  await mkdir(outDir, { recursive: true });
  const zipPath = join(outDir, `autocible-${manifest.version}.zip`);
  const sorted = Object.fromEntries([...entries].sort(([a], [b]) => a.localeCompare(b)));
  await writeFile(zipPath, zipSync(sorted, { level: 9 }));
  return { zipPath, version: manifest.version, entries };
}
