import { fileURLToPath } from 'node:url';

/** The bundled dataset, resolved from this file so it works from any working directory. */
export const BUNDLED_SAMPLES_DIR = fileURLToPath(new URL('../../../../samples', import.meta.url));
