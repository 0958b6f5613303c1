// Types of cli-bundle.mjs, for the TypeScript that imports it (tests, bench).
import type { Message } from 'esbuild';

/** Path of the entry point, relative to the repository root. */
export declare const CLI_ENTRY: string;

/** `<root>/node_modules/.cache/autocible/cli.mjs`: the entry; the chunks it imports are beside it. */
export declare function cliBundlePath(root: string): string;

/** Version of the stamp's shape and of the build options: a bundle stamped with another is rebuilt. */
export declare const STAMP_FORMAT: number;

export declare class BundleBuildError extends Error {
  readonly errors: readonly Message[];
  /** The errors as esbuild prints them (coloured on a terminal). */
  readonly report: string;
}

/** `null`: the path did not exist when the bundle was built. */
export type PathStamp = readonly [mtimeMs: number, size: number] | null;

/** What a bundle is built with, besides its inputs. */
export interface BundleBuild {
  /** Version of the installed esbuild. */
  readonly esbuild: string;
  readonly entry: string;
  readonly sourcemap: boolean;
}

export interface BundleStamp extends BundleBuild {
  readonly format: number;
  /** Absolute path → its mtime and size as read by the build (inputs), or as written (the bundle's chunks). */
  readonly paths: Readonly<Record<string, PathStamp>>;
}

export declare function readStamp(bundle: string): BundleStamp | undefined;
export declare function isFresh(stamp: BundleStamp | undefined, expected: BundleBuild): boolean;
export declare function installedEsbuildVersion(): string;

export interface EnsureBundleOptions {
  /** Directory the entry and the stamped tsconfig.json and package.json are relative to. */
  readonly root: string;
  /** @defaultValue CLI_ENTRY */
  readonly entry?: string;
  /** The entry; its chunks (`chunk-<hash>.mjs`) are written beside it. @defaultValue cliBundlePath(root) */
  readonly outfile?: string;
  /** Write a `.map` beside each file (read by node only with --enable-source-maps). @defaultValue true */
  readonly sourcemap?: boolean;
}

export declare function ensureBundle(options: EnsureBundleOptions): Promise<{ path: string; built: boolean }>;
