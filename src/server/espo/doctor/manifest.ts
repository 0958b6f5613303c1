import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

/** The part of the extension's `manifest.json` the doctor reads (§1.2). */
export const ManifestSchema = z.looseObject({
  name: z.string().min(1),
  version: z.string().min(1),
  acceptableVersions: z.array(z.string().min(1)).min(1),
});

export type Manifest = z.infer<typeof ManifestSchema>;

export type ManifestResult =
  | { readonly ok: true; readonly manifest: Manifest; readonly path: string }
  | { readonly ok: false; readonly path: string | null; readonly problem: 'missing' | 'invalid' };

/** The nearest `manifest.json` at or above `startDir` (works from `src/` under tsx and from a bundle). */
export function findManifest(startDir: string): string | null {
  for (let dir = startDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'manifest.json');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

export function loadManifest(path: string | null): ManifestResult {
  if (path === null || !existsSync(path)) return { ok: false, path, problem: 'missing' };
  try {
    const result = ManifestSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return result.success ? { ok: true, manifest: result.data, path } : { ok: false, path, problem: 'invalid' };
  } catch {
    return { ok: false, path, problem: 'invalid' };
  }
}
