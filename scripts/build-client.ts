/**
 * Builds every client view into a module EspoCRM's loader resolves, with the recipe verified on 9.2.7 and
 * 9.1.7 (platform §3.13): one esbuild CJS bundle per view, host ids external, wrapped in a named AMD
 * `define`, written to `client/custom/modules/auto-cible/src/<view path>.js`.
 * Usage: `tsx scripts/build-client.ts <outDir>`.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { HOST_EXTERNALS, isHostId } from '../src/client/externals';

export interface BuiltView {
  /** Loader id, e.g. `auto-cible:views/record/panels/vmc`. */
  readonly viewId: string;
  /** Absolute path of the written file. */
  readonly file: string;
  /** Host ids the view requires, in the order of the `define` dependency list. */
  readonly hostDeps: string[];
}

export const MODULE_NAME = 'auto-cible';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VIEWS_DIR = join(ROOT, 'src', 'client', 'views');
const SAFE_ID = /^[a-z0-9][a-z0-9:/._-]*$/;

/** The client build refused a bundle (a `require` of an unknown id, an id it cannot quote…). */
export class ClientBuildError extends Error {
  constructor(
    readonly viewId: string,
    readonly moduleId: string,
    message: string,
  ) {
    super(message);
    this.name = 'ClientBuildError';
  }
}

export interface BuildClientOptions {
  /** Folder of the view entry points; `<viewsDir>/a/b.ts` becomes `auto-cible:views/a/b`. */
  readonly viewsDir?: string;
}

async function findViewEntries(viewsDir: string): Promise<string[]> {
  const names = await readdir(viewsDir, { recursive: true });
  return names
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => join(viewsDir, name))
    .sort();
}

function viewPathOf(viewsDir: string, entry: string): string {
  return `views/${relative(viewsDir, entry).split(sep).join('/').replace(/\.ts$/, '')}`;
}

/**
 * Module ids left as `require("…")` calls in esbuild's CJS output, in order of first use. Also catches
 * `__require("…")`, esbuild's shim for a require it could not resolve (e.g. inside try/catch): inside the
 * wrapper it would silently return undefined.
 */
export function collectRequires(code: string): string[] {
  const ids = [...code.matchAll(/(?<![\w$])(?:__)?require\(\s*(["'])([^"']+)\1\s*\)/g)].map((m) => m[2] ?? '');
  return [...new Set(ids)];
}

/** Wraps CJS code in the named AMD `define` of platform §3.13 (the wrapper shadows module, exports, require). */
export function wrapInDefine(viewId: string, hostDeps: readonly string[], cjs: string): string {
  const deps = `[${hostDeps.map((id) => `'${id}'`).join(', ')}]`;
  return [
    `define('${viewId}', ${deps}, function () {`,
    `  var ids = ${deps}, args = arguments, module = { exports: {} };`,
    '  (function (module, exports, require) {',
    cjs.trimEnd(),
    '  })(module, module.exports, function (id) { return args[ids.indexOf(id)]; });',
    '  return module.exports.default;',
    '});',
    '',
  ].join('\n');
}

async function bundleView(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    bundle: true,
    format: 'cjs',
    platform: 'browser',
    target: 'es2020',
    external: [...HOST_EXTERNALS],
    loader: { '.tpl': 'text' },
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error(`esbuild produced no output for ${entry}`);
  return output.text;
}

/** Fails the build when a bundle still requires an id the host does not provide. */
export function assertHostDeps(viewId: string, hostDeps: readonly string[]): void {
  if (!SAFE_ID.test(viewId)) throw new ClientBuildError(viewId, viewId, `View id "${viewId}" is not a valid loader id.`);
  for (const id of hostDeps) {
    if (!isHostId(id) || !SAFE_ID.test(id)) {
      throw new ClientBuildError(
        viewId,
        id,
        `${viewId} still requires "${id}", which is not a host id (${HOST_EXTERNALS.join(', ')}): bundle it or add it to src/client/externals.ts.`,
      );
    }
  }
}

/** Builds every `src/client/views/**\/*.ts` into `<outDir>/client/custom/modules/auto-cible/src/views/….js`. */
export async function buildClientViews(outDir: string, options: BuildClientOptions = {}): Promise<BuiltView[]> {
  const viewsDir = options.viewsDir ?? VIEWS_DIR;
  const built: BuiltView[] = [];
  for (const entry of await findViewEntries(viewsDir)) {
    const viewPath = viewPathOf(viewsDir, entry);
    const viewId = `${MODULE_NAME}:${viewPath}`;
    const cjs = await bundleView(entry);
    const hostDeps = collectRequires(cjs);
    assertHostDeps(viewId, hostDeps);
    const file = join(outDir, 'client', 'custom', 'modules', MODULE_NAME, 'src', `${viewPath}.js`);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, wrapInDefine(viewId, hostDeps, cjs));
    built.push({ viewId, file, hostDeps });
  }
  return built;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outDir = process.argv[2];
  if (outDir === undefined) {
    console.error('Usage: tsx scripts/build-client.ts <outDir>');
    process.exit(2);
  }
  for (const view of await buildClientViews(outDir)) console.log(`${view.viewId} → ${view.file} [${view.hostDeps.join(', ')}]`);
}
