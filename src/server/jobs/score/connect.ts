/** Connection to EspoCRM for the score and serve commands, from the validated configuration (env + file). */
import type { AxiosInstance } from 'axios';
import { espoAuthFrom, loadConfig } from '../../config';
import type { AutoCibleConfig } from '../../config';
import { createEspoClient, displayUrl, RestGateway } from '../../espo';
import type { EspoClient, EspoLogger } from '../../espo';

export interface ConnectOptions {
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly configPath?: string | undefined;
  /** Transport, for tests. */
  readonly http?: AxiosInstance | undefined;
  readonly log?: Partial<EspoLogger> | undefined;
}

export interface EspoConnection {
  readonly config: AutoCibleConfig;
  readonly client: EspoClient;
  readonly gateway: RestGateway;
  /** `espo:<site URL>`: the state file key of this CRM (`displayUrl`: no credential is ever filed). */
  readonly key: string;
  /** The site's address to print and file (`displayUrl`). */
  readonly label: string;
}

/** Loads the configuration (throws `ConfigError` listing every problem) and builds the client and gateway. */
export function connectEspo(options: ConnectOptions): EspoConnection {
  const config = loadConfig({ env: options.env, cwd: options.cwd, ...(options.configPath === undefined ? {} : { configPath: options.configPath }) });
  const client = createEspoClient({
    baseUrl: config.espo.url,
    auth: espoAuthFrom(config.espo),
    timeoutMs: config.espo.timeoutMs,
    maxConcurrency: config.espo.maxConcurrency,
    retry: { retries: config.espo.retries },
    ...(options.http === undefined ? {} : { http: options.http }),
    ...(options.log === undefined ? {} : { log: options.log }),
  });
  const label = displayUrl(config.espo.url);
  return { config, client, gateway: new RestGateway(client), key: `espo:${label}`, label };
}
