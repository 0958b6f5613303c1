/**
 * Where the RGPD commands read people from: the offline CSV files (a dataset directory, the bundled
 * samples by default) or EspoCRM when connection settings are present (environment, `--config`, or an
 * `autocible.config.json` in the working directory). `--dir` or `--offline` force the files.
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AxiosInstance } from 'axios';
import { DEFAULT_CONFIG_FILE, espoAuthFrom, loadConfig } from '../../config';
import { loadDataset } from '../../csv/loader';
import { createEspoClient } from '../../espo/api/create-client';
import type { EspoClient } from '../../espo/api/create-client';
import { displayUrl } from '../../espo/display-url';
import { MemoryGateway } from '../../espo/memory-gateway';
import { RestGateway } from '../../espo/rest-gateway';
import { ESPO_ENV } from '../../config/schema';
import { DatasetDirectoryError } from '../errors';

export interface RgpdSourceOptions {
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Dataset directory (CSV files); implies offline. */
  readonly dir?: string;
  readonly offline?: boolean;
  readonly configPath?: string;
  /** The dataset used offline when no `dir` is given. */
  readonly bundledDir: string;
  /** Transport, for tests. @defaultValue `axios.create()` */
  readonly http?: AxiosInstance;
  readonly signal?: AbortSignal;
}

export type RgpdSource =
  | {
    readonly kind: 'files'; readonly dir: string; readonly gateway: MemoryGateway;
    /** Rows the CSV reader rejected: of contacts and leads (not planned), and of the other files (their dates not counted). */
    readonly rejectedRows: { readonly people: number; readonly other: number };
  }
  /** `url`: the site's address to print (`displayUrl`: without the credentials `ESPO_URL` may hold). */
  | { readonly kind: 'espo'; readonly url: string; readonly gateway: RestGateway; readonly client: EspoClient };

/** True when the command should talk to EspoCRM rather than read files. */
export function wantsEspo(options: RgpdSourceOptions): boolean {
  if (options.offline === true || options.dir !== undefined) return false;
  const env = options.env[ESPO_ENV.url];
  return options.configPath !== undefined || (env !== undefined && env !== '') || existsSync(join(options.cwd, DEFAULT_CONFIG_FILE));
}

/** Checked before any file is read, as `score` and `sample` do: a wrong `--dir` is not a missing CSV file. */
async function checkDirectory(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (info === null) throw new DatasetDirectoryError(dir, 'missing');
  if (!info.isDirectory()) throw new DatasetDirectoryError(dir, 'notADirectory');
}

/**
 * Opens the source; throws `ConfigError` for bad settings, `DatasetDirectoryError` for a missing directory,
 * `CsvFileError`/`CsvHeaderError` for bad files.
 */
export async function openRgpdSource(options: RgpdSourceOptions): Promise<RgpdSource> {
  if (wantsEspo(options)) {
    const config = loadConfig({ env: options.env, cwd: options.cwd, ...(options.configPath === undefined ? {} : { configPath: options.configPath }) });
    const { url, timeoutMs, maxConcurrency, retries } = config.espo;
    const client = createEspoClient({
      baseUrl: url, auth: espoAuthFrom(config.espo), timeoutMs, maxConcurrency, retry: { retries },
      ...(options.http === undefined ? {} : { http: options.http }),
    });
    return { kind: 'espo', url: displayUrl(url), gateway: new RestGateway(client), client };
  }
  // A relative --dir is read from the working directory the command was given, as `score` does.
  const dir = options.dir === undefined ? options.bundledDir : resolve(options.cwd, options.dir);
  await checkDirectory(dir);
  const dataset = await loadDataset(dir, options.signal);
  const isPerson = (entityType: string): boolean => entityType === 'Contact' || entityType === 'Lead';
  const rejected = (people: boolean): number => dataset.files.filter((file) => isPerson(file.entityType) === people).reduce((sum, file) => sum + file.rejected, 0);
  const rejectedRows = { people: rejected(true), other: rejected(false) };
  return { kind: 'files', dir, gateway: new MemoryGateway({ records: dataset.records }), rejectedRows };
}
