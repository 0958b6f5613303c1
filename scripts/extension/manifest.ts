import { readFile } from 'node:fs/promises';
import { z } from 'zod';

export const ManifestSchema = z.object({
  name: z.literal('AutoCible'),
  description: z.string().min(1),
  author: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/),
  acceptableVersions: z.array(z.string().min(1)).min(1),
  php: z.array(z.string().min(1)).min(1),
  skipBackup: z.boolean(),
  releaseDate: z.string().optional(),
});

export type Manifest = z.infer<typeof ManifestSchema>;

/** Reads manifest.json and checks it against package.json (the version must be the same, §8.11). */
export async function loadManifest(root: string, releaseDate: string): Promise<Manifest> {
  const manifest = ManifestSchema.parse(JSON.parse(await readFile(`${root}/manifest.json`, 'utf8')));
  const pkg = z.object({ version: z.string() }).parse(JSON.parse(await readFile(`${root}/package.json`, 'utf8')));
  if (manifest.version !== pkg.version) {
    throw new Error(`manifest.json version ${manifest.version} differs from package.json version ${pkg.version}: bump both together.`);
  }
  return { ...manifest, releaseDate };
}
