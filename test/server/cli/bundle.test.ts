import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BundleBuildError, ensureBundle, installedEsbuildVersion, isFresh, readStamp, STAMP_FORMAT } from '../../../bin/cli-bundle.mjs';
import type { BundleBuild, BundleStamp } from '../../../bin/cli-bundle.mjs';

// A project of two sources, small enough that each build takes a few ms.
let root: string;
let outfile: string;
const src = (name: string): string => join(root, 'src', name);
const build = () => ensureBundle({ root, entry: 'src/main.ts', outfile, sourcemap: false });
const bundled = (): string => readFileSync(outfile, 'utf8');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'autocible-bundle-'));
  outfile = join(root, 'cache', 'cli.mjs');
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(root, 'tsconfig.json'), '{ "compilerOptions": { "verbatimModuleSyntax": true } }\n');
  writeFileSync(src('main.ts'), "import { value } from './dep';\nexport const answer: string = value;\nexport const here = import.meta.url;\nexport const words = 'import.meta.url';\n");
  writeFileSync(src('dep.ts'), "export const value = 'one';\n");
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the CLI bundle', () => {
  it('says where it could not write the bundle and what to do, instead of failing with a bare error code', async () => {
    // Root ignores file permissions, so the cache dir is made unusable by a file standing where it should be.
    writeFileSync(join(root, 'cache'), 'not a directory\n');
    const failure = await build().then(() => undefined, (error: unknown) => error);
    expect(failure).toBeInstanceOf(BundleBuildError);
    expect((failure as BundleBuildError).report).toContain(join(root, 'cache'));
    expect((failure as BundleBuildError).report).toMatch(/\((ENOTDIR|EEXIST)\)/);
  });

  it('is reused while its inputs are unchanged and rebuilt when one changed, even at the same size', async () => {
    expect(await build()).toMatchObject({ path: outfile, built: true });
    expect(await build()).toMatchObject({ built: false });
    expect(bundled()).toContain('"one"');

    const before = statSync(src('dep.ts'));
    writeFileSync(src('dep.ts'), "export const value = 'two';\n");
    utimesSync(src('dep.ts'), before.atime, new Date(before.mtimeMs + 5000));
    expect(statSync(src('dep.ts')).size).toBe(before.size);
    expect(await build()).toMatchObject({ built: true });
    expect(bundled()).toContain('"two"');
    expect(await build()).toMatchObject({ built: false });
  });

  it('is rebuilt when tsconfig.json changed', async () => {
    await build();
    writeFileSync(join(root, 'tsconfig.json'), '{ "compilerOptions": { "verbatimModuleSyntax": false } }\n');
    expect(await build()).toMatchObject({ built: true });
  });

  it('is rebuilt when an input went missing, and reports the errors of a failed build', async () => {
    await build();
    renameSync(src('dep.ts'), join(root, 'dep.ts.moved'));
    const failure: unknown = await build().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BundleBuildError);
    expect((failure as BundleBuildError).errors).toMatchObject([{ location: { file: 'src/main.ts', line: 1 } }]);
    expect((failure as BundleBuildError).report).toContain('src/main.ts');
  });

  it("gives each source its own import.meta.url, not the bundle's, and leaves strings alone", async () => {
    await build();
    expect(bundled()).toContain(JSON.stringify(pathToFileURL(src('main.ts')).href));
    expect(bundled()).toContain('"import.meta.url"');
    expect(bundled().match(/import\.meta/g)).toHaveLength(1);
  });

  it('stamps the sources, the folders holding them, tsconfig.json, package.json and the esbuild version', async () => {
    await build();
    const stamp = readStamp(outfile);
    expect(stamp).toMatchObject({ esbuild: installedEsbuildVersion(), entry: 'src/main.ts', sourcemap: false });
    const paths = Object.keys(stamp?.paths ?? {});
    for (const path of [src('main.ts'), src('dep.ts'), join(root, 'src'), join(root, 'tsconfig.json'), join(root, 'package.json')]) {
      expect(paths).toContain(path);
    }
    expect(stamp?.paths[src('dep.ts')]).toEqual([statSync(src('dep.ts')).mtimeMs, statSync(src('dep.ts')).size]);
  });
});

describe('the source map of the CLI bundle', () => {
  const cache = (): string => join(root, 'cache');
  const mapped = (): string => /\/\/# sourceMappingURL=(\S+)/.exec(bundled())?.[1] ?? '';
  const withMap = () => ensureBundle({ root, entry: 'src/main.ts', outfile, sourcemap: true });

  it("is named by its content, so a bundle always points at its own build's map", async () => {
    await withMap();
    const first = mapped();
    expect(first).toMatch(/^cli\.mjs\.[A-Z0-9]+\.map$/);
    expect(JSON.parse(readFileSync(join(cache(), first), 'utf8'))).toMatchObject({ sources: expect.arrayContaining([expect.stringContaining('dep.ts')]) });
    // The value moves two lines down: the map changes (a map is the same for code that only changed in place).
    writeFileSync(src('dep.ts'), "// moved\n\nexport const value = 'two';\n");
    await withMap();
    const second = mapped();
    expect(second).not.toBe(first);
    expect(existsSync(join(cache(), second))).toBe(true);
    // The first build's map stays for a process that loaded the first bundle, until it is an hour old.
    expect(existsSync(join(cache(), first))).toBe(true);
    expect(existsSync(join(cache(), 'cli.mjs.map'))).toBe(false);
  });
});

describe('the chunks of the CLI bundle', () => {
  const cache = (): string => join(root, 'cache');
  const chunks = (): string[] => readdirSync(cache()).filter((name) => /^chunk-.*\.mjs$/.test(name));

  beforeEach(() => {
    writeFileSync(src('main.ts'), "export const later = async (): Promise<string> => (await import('./lazy')).value;\n");
    writeFileSync(src('lazy.ts'), "export const value = 'loaded when asked';\n");
  });

  it('hold a dynamically imported module beside the entry, loaded only when imported', async () => {
    await build();
    expect(bundled()).not.toContain('loaded when asked');
    expect(chunks().map((name) => readFileSync(join(cache(), name), 'utf8')).join()).toContain('loaded when asked');
    const entry = (await import(pathToFileURL(outfile).href)) as { later: () => Promise<string> };
    expect(await entry.later()).toBe('loaded when asked');
  });

  it('are stamped: a chunk gone missing gets the bundle rebuilt', async () => {
    await build();
    const [chunk] = chunks();
    expect(chunk).toBeDefined();
    rmSync(join(cache(), chunk ?? ''));
    expect(await build()).toMatchObject({ built: true });
    expect(existsSync(join(cache(), chunk ?? ''))).toBe(true);
  });

  it('of earlier builds are removed by a build once an hour old, not sooner', async () => {
    mkdirSync(cache());
    const old = join(cache(), 'chunk-OLD00000.mjs');
    const recent = join(cache(), 'chunk-RECENT00.mjs');
    writeFileSync(old, 'export {};\n');
    writeFileSync(recent, 'export {};\n');
    const twoHoursAgo = new Date(Date.now() - 2 * 3600 * 1000);
    utimesSync(old, twoHoursAgo, twoHoursAgo);
    await build();
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    expect(chunks().length).toBeGreaterThan(1);
  });
});

describe('the freshness of a stamp', () => {
  const expected: BundleBuild = { esbuild: installedEsbuildVersion(), entry: 'src/main.ts', sourcemap: false };
  const stampOf = (paths: BundleStamp['paths'], changed: Partial<BundleBuild> = {}): BundleStamp => ({ format: STAMP_FORMAT, ...expected, ...changed, paths });
  const now = (path: string): [number, number] => [statSync(path).mtimeMs, statSync(path).size];

  it('holds while every path has its mtime and size, and a path missing then is still missing', () => {
    expect(isFresh(stampOf({ [src('dep.ts')]: now(src('dep.ts')), [src('absent.ts')]: null }), expected)).toBe(true);
  });

  it('is lost when a path changed size, vanished or appeared, or esbuild or an option changed', () => {
    const [mtime, size] = now(src('dep.ts'));
    expect(isFresh(stampOf({ [src('dep.ts')]: [mtime, size + 1] }), expected)).toBe(false);
    expect(isFresh(stampOf({ [src('dep.ts')]: [mtime + 1, size] }), expected)).toBe(false);
    expect(isFresh(stampOf({ [src('gone.ts')]: [mtime, size] }), expected)).toBe(false);
    expect(isFresh(stampOf({ [src('dep.ts')]: null }), expected)).toBe(false);
    expect(isFresh(stampOf({ [src('dep.ts')]: [mtime, size] }), expected)).toBe(true);
    expect(isFresh(stampOf({ [src('dep.ts')]: [mtime, size] }, { esbuild: '0.0.1' }), expected)).toBe(false);
    expect(isFresh(stampOf({ [src('dep.ts')]: [mtime, size] }, { entry: 'src/other.ts' }), expected)).toBe(false);
    expect(isFresh(stampOf({ [src('dep.ts')]: [mtime, size] }, { sourcemap: true }), expected)).toBe(false);
    expect(isFresh(undefined, expected)).toBe(false);
  });
});
