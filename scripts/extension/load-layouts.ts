import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LayoutFile } from '../../src/core/generate/module-files';

/** Reads every `layouts/{Entity}/{name}.json`; a JSON syntax error names the file. */
export async function loadLayouts(root: string): Promise<LayoutFile[]> {
  const layouts: LayoutFile[] = [];
  for (const entityType of (await readdir(root)).sort()) {
    for (const file of (await readdir(join(root, entityType))).sort()) {
      if (!file.endsWith('.json')) continue;
      const path = join(root, entityType, file);
      let content: unknown;
      try {
        content = JSON.parse(await readFile(path, 'utf8'));
      } catch (error) {
        throw new Error(`Layout ${path} is not valid JSON: ${(error as Error).message}`);
      }
      layouts.push({ entityType, name: file.slice(0, -'.json'.length), content });
    }
  }
  return layouts;
}
