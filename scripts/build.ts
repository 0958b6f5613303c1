// `npm run build`: the EspoCRM extension package dist/autocible-<version>.zip.
import { resolve } from 'node:path';
import { buildExtension } from './extension/build-extension';

const root = resolve(import.meta.dirname, '..');
const built = await buildExtension(root);
process.stdout.write(`Built ${built.zipPath} (${built.entries.size} files)\n`);
