/** Builds what the client tests load: the real view bundles and the fake host script. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildClientViews } from '../../../scripts/build-client';
import type { BuiltView } from '../../../scripts/build-client';

export const PANEL_ID = 'auto-cible:views/record/panels/vmc';

export interface BuiltPanel {
  readonly view: BuiltView;
  readonly code: string;
  readonly outDir: string;
  /** Every view the build produced. */
  readonly views: readonly BuiltView[];
}

/** Builds every view and returns the one named `viewId` (the VMC panel by default). */
export async function buildPanel(viewId: string = PANEL_ID): Promise<BuiltPanel> {
  const outDir = await mkdtemp(join(tmpdir(), 'autocible-client-test-'));
  const views = await buildClientViews(outDir);
  const view = views.find((v) => v.viewId === viewId);
  if (view === undefined) throw new Error(`${viewId} was not built`);
  return { view, code: await readFile(view.file, 'utf8'), outDir, views };
}

/** fake-host.ts as one classic script (IIFE) for node:vm and the browser. */
export async function buildFakeHostScript(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./fake-host.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}
