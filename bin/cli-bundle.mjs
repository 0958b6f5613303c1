// The CLI as an esbuild bundle (an entry and the chunks it imports), cached in node_modules/.cache/autocible/ and
// rebuilt when an input changed.
// Plain JavaScript: it runs before any TypeScript can. A bundle run by plain node costs about half the memory of
// the sources run through tsx, whose loader hooks live on a thread with its own V8 heap (issue 4).
import { Buffer } from 'node:buffer';
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Bumped when the build options or the stamp's shape change, so older bundles are rebuilt. */
export const STAMP_FORMAT = 2;
/** Shared and lazily imported code, beside the entry: `chunk-<content hash>.mjs`. */
const CHUNK = /^chunk-[A-Z0-9]+\.mjs(?:\.map)?$/;
/**
 * The entry's source map, named by its content (`cli.mjs.<hash>.map`) like the chunks: two first starts that build
 * at once each point their bundle at their own map, never at the other build's.
 */
const entryMapPattern = (outfile) => new RegExp(`^${basename(outfile).replace(/[^\w-]/g, '\\$&')}\\.[A-Z0-9]+\\.map$`);
/** A chunk no build uses any more is removed once this old: a process started before the rebuild has long loaded it. */
const STALE_CHUNK_MS = 60 * 60 * 1000;
const STAMP_MARK = '\n// autocible-stamp ';
const LOADERS = { '.ts': 'ts', '.mts': 'ts', '.cts': 'ts', '.tsx': 'tsx', '.js': 'js', '.mjs': 'js', '.cjs': 'js', '.jsx': 'jsx', '.json': 'json' };
const IMPORT_META = /\bimport\.meta\.(?:url|filename|dirname)\b/;
const BUILDER = fileURLToPath(import.meta.url);
const require = createRequire(import.meta.url);

export const CLI_ENTRY = 'src/server/cli/main.ts';

export function cliBundlePath(root) {
  return join(root, 'node_modules', '.cache', 'autocible', 'cli.mjs');
}

/** The build failed: esbuild's messages, formatted for a terminal. */
export class BundleBuildError extends Error {
  constructor(errors, report) {
    super(`the CLI bundle could not be built (${errors.length} error(s))`);
    this.name = 'BundleBuildError';
    this.errors = errors;
    this.report = report;
  }
}

const statOf = (path) => {
  const info = statSync(path, { throwIfNoEntry: false });
  return info === undefined ? null : [info.mtimeMs, info.size];
};

/** The stamp written after the bundle's code, or undefined when there is no bundle or no readable stamp. */
export function readStamp(bundle) {
  let fd;
  try {
    fd = openSync(bundle, 'r');
  } catch {
    return undefined;
  }
  try {
    // The stamp is the last line: read the tail, longer until the mark is in it.
    const size = fstatSync(fd).size;
    for (let length = Math.min(size, 1 << 16); ; length = Math.min(size, length * 4)) {
      const tail = Buffer.alloc(length);
      readSync(fd, tail, 0, length, size - length);
      const text = tail.toString('utf8');
      const at = text.lastIndexOf(STAMP_MARK);
      if (at >= 0) return JSON.parse(text.slice(at + STAMP_MARK.length));
      if (length === size) return undefined;
    }
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** True when the stamp was written by this builder format, esbuild version and options, and every path has its mtime and size. */
export function isFresh(stamp, { esbuild, entry, sourcemap }) {
  if (stamp?.format !== STAMP_FORMAT || stamp.esbuild !== esbuild || stamp.entry !== entry || stamp.sourcemap !== sourcemap) return false;
  if (typeof stamp.paths !== 'object' || stamp.paths === null) return false;
  for (const [path, expected] of Object.entries(stamp.paths)) {
    const now = statOf(path);
    // null: missing when built. Still missing is fresh; appeared, vanished or changed is not.
    if (expected === null ? now !== null : now === null || now[0] !== expected[0] || now[1] !== expected[1]) return false;
  }
  return true;
}

export function installedEsbuildVersion() {
  return require('esbuild/package.json').version;
}

/**
 * Returns a bundle of `entry` (relative to `root`) at `outfile`, built unless the one there is fresh: same builder,
 * same esbuild, same entry and sourcemap option, and every input (source files, the folders holding them, tsconfig.json, package.json) with the
 * mtime and size it had when it was read. Throws BundleBuildError when esbuild reports errors.
 */
export async function ensureBundle({ root: rootDir, entry = CLI_ENTRY, outfile = cliBundlePath(rootDir), sourcemap = true }) {
  const root = resolve(rootDir);
  const expected = { esbuild: installedEsbuildVersion(), entry, sourcemap };
  if (isFresh(readStamp(outfile), expected)) return { path: outfile, built: false };
  await buildBundle({ root, outfile, expected });
  return { path: outfile, built: true };
}

async function buildBundle({ root, outfile, expected }) {
  const { entry, sourcemap } = expected;
  const esbuild = await import('esbuild');
  // Stat'ed before esbuild reads them: a change during the build leaves a stamp that no longer matches.
  const paths = new Map([BUILDER, join(root, 'tsconfig.json'), join(root, 'package.json')].map((p) => [p, statOf(p)]));
  let result;
  try {
    result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: { [basename(outfile, extname(outfile))]: entry },
      outdir: dirname(outfile),
      outExtension: { '.js': extname(outfile) || '.js' },
      // Each command's modules in chunks its dynamic import loads: a command loads its own code and the packages
      // it imports, not every command's (`score` on files never loads axios: issue 4, about 8 MB).
      splitting: true,
      chunkNames: 'chunk-[hash]',
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Bare imports stay `import … from 'commander'`: node resolves them from the repository's node_modules.
      packages: 'external',
      // Errors take their name from `new.target.name`: keep class names that bundling would rename on collision.
      keepNames: true,
      sourcemap: sourcemap ? 'linked' : false,
      sourcesContent: false,
      metafile: true,
      write: false,
      logLevel: 'silent',
      plugins: [sourcesPlugin(esbuild, { root, paths, sourcemap })],
    });
  } catch (error) {
    const errors = Array.isArray(error?.errors) ? error.errors : [{ text: String(error) }];
    const report = await esbuild.formatMessages(errors, { kind: 'error', color: process.stderr.isTTY === true });
    throw new BundleBuildError(errors, report.join(''));
  } finally {
    await esbuild.stop();
  }
  for (const input of Object.keys(result.metafile.inputs)) {
    const path = resolve(root, input);
    if (!paths.has(path)) paths.set(path, statOf(path));
  }
  const written = [];
  try {
    mkdirSync(dirname(outfile), { recursive: true });
    // Chunks and maps first: the code that names a file never appears before it. Chunks are stamped as inputs
    // are, so a bundle whose chunk went missing or changed is rebuilt.
    const entryMap = `${outfile}.map`;
    let code = result.outputFiles.find((output) => output.path === outfile).text;
    for (const output of result.outputFiles) {
      if (output.path === outfile) continue;
      let path = output.path;
      if (path === entryMap) {
        path = `${outfile}.${createHash('sha256').update(output.contents).digest('hex').slice(0, 12).toUpperCase()}.map`;
        code = code.replace(`//# sourceMappingURL=${basename(entryMap)}`, `//# sourceMappingURL=${basename(path)}`);
      }
      writeAtomically(path, output.contents);
      written.push(path);
      if (CHUNK.test(basename(path)) && !path.endsWith('.map')) paths.set(path, statOf(path));
    }
    const stamp = { format: STAMP_FORMAT, ...expected, paths: Object.fromEntries(paths) };
    writeAtomically(outfile, `${code}${STAMP_MARK.slice(1)}${JSON.stringify(stamp)}\n`);
  } catch (error) {
    // Typically node_modules installed by another user: say where and what to do, not a bare EACCES.
    const code = typeof error?.code === 'string' ? error.code : 'unknown error';
    const text = `cannot write the CLI bundle in ${dirname(outfile)} (${code}). Run the command once as the user who owns `
      + `node_modules, or make that directory writable for this user.`;
    throw new BundleBuildError([{ text }], `autocible: ${text}\n`);
  }
  removeStaleChunks(outfile, new Set(written));
}

/**
 * Chunks and entry maps of earlier builds, once old enough; best effort (another start may be removing them too),
 * and the entry map of an earlier format (`cli.mjs.map`, no hash) as well.
 */
function removeStaleChunks(outfile, current) {
  const dir = dirname(outfile);
  const entryMap = entryMapPattern(outfile);
  const now = Date.now();
  try {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const earlier = CHUNK.test(name) || entryMap.test(name) || name === `${basename(outfile)}.map`;
      if (!earlier || current.has(path)) continue;
      const info = statSync(path, { throwIfNoEntry: false });
      if (info !== undefined && now - info.mtimeMs > STALE_CHUNK_MS) rmSync(path, { force: true });
    }
  } catch {
    // Left for the next build: the new bundle is complete without this.
  }
}

/** A concurrent start sees the old file or the new one, never half of one. */
function writeAtomically(path, contents) {
  const temp = `${path}.${randomUUID()}.tmp`;
  try {
    writeFileSync(temp, contents);
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Loads every source itself, to stat it (and its folders up to the root: a file added beside it can change what an
 * import resolves to) before reading it, and to give `import.meta.url`, `.filename` and `.dirname` the source file's
 * own values, not the bundle's: the CLI finds `samples/`, `config/` and `manifest.json` from them.
 */
function sourcesPlugin(esbuild, { root, paths, sourcemap }) {
  const tsconfig = join(root, 'tsconfig.json');
  const tsconfigRaw = existsSync(tsconfig) ? readFileSync(tsconfig, 'utf8') : undefined;
  return {
    name: 'autocible-sources',
    setup(build) {
      build.onLoad({ filter: /.*/, namespace: 'file' }, async ({ path }) => {
        const loader = LOADERS[extname(path)];
        if (loader === undefined) return undefined;
        for (let dir = dirname(path); dir.startsWith(root + sep) && !paths.has(dir); dir = dirname(dir)) paths.set(dir, statOf(dir));
        const info = await stat(path);
        paths.set(path, [info.mtimeMs, info.size]);
        const contents = await readFile(path, 'utf8');
        if (loader === 'json' || !IMPORT_META.test(contents)) return { contents, loader };
        // A per-file `define` replaces expressions only, never the same words in a string or a comment.
        const define = {
          'import.meta.url': JSON.stringify(pathToFileURL(path).href),
          'import.meta.filename': JSON.stringify(path),
          'import.meta.dirname': JSON.stringify(dirname(path)),
        };
        const out = await esbuild.transform(contents, { loader, define, tsconfigRaw, sourcefile: basename(path), sourcemap: sourcemap ? 'inline' : false, sourcesContent: false });
        return { contents: out.code, loader: 'js' };
      });
    },
  };
}
