import axios from 'axios';
import type { AxiosInstance } from 'axios';
import { createEspoClient } from '../api/create-client';
import type { EspoClient } from '../api/create-client';
import type { ConfigError } from '../../config/config-error';
import { espoAuthFrom } from '../../config/load';
import type { AutoCibleConfig } from '../../config/schema';
import { normaliseBaseUrl } from '../transport/request-info';
import { check, checkExtension, checkPermissions, checkReachable, checkReadAccess, checkStream, checkVersion, failure } from './checks';
import type { ManifestResult } from './manifest';
import type { DoctorCheck, DoctorCheckId, DoctorReport } from './types';

export interface DoctorInput {
  /** The loaded configuration, or why it could not be loaded. */
  readonly config: AutoCibleConfig | ConfigError;
  readonly manifest: ManifestResult;
  /** Transport for every request. @defaultValue `axios.create()` */
  readonly http?: AxiosInstance;
}

const LATER: readonly DoctorCheckId[] = ['reachable', 'auth', 'version', 'extension', 'permissions', 'stream'];

function skipRest(done: readonly DoctorCheck[]): DoctorReport {
  const ids = new Set(done.map((c) => c.id));
  const checks = [...done, ...LATER.filter((id) => !ids.has(id)).map((id) => check(id, 'skip', 'skipped'))];
  return { ok: false, checks };
}

async function guarded(id: DoctorCheckId, run: () => Promise<DoctorCheck>): Promise<DoctorCheck> {
  try {
    return await run();
  } catch (error) {
    return failure(id, error);
  }
}

/** Runs the checks in order; a failure skips what depends on it. Never throws. */
export async function runDoctor(input: DoctorInput): Promise<DoctorReport> {
  if (!('espo' in input.config)) {
    const problems = input.config.problems.map((p) => `${p.variable}: ${p.problem}. ${p.fix}`).join('\n');
    return { ok: false, checks: [check('config', 'fail', 'configInvalid', { problems }), ...LATER.map((id) => check(id, 'skip', 'skipped'))] };
  }
  const { espo } = input.config;
  const url = new URL(espo.url);
  const vars = { url: `${url.protocol}//${url.host}${url.pathname}`.replace(/\/+$/u, '') };
  // Any check's message may name the site (`{url}`), a 200 that is not EspoCRM's answer to `App/user` among them.
  const named = (c: DoctorCheck): DoctorCheck => ({ ...c, vars: { ...vars, ...c.vars } });
  const done: DoctorCheck[] = [check('config', 'pass', 'ok', vars)];
  const http = input.http ?? axios.create();
  const reachable = await checkReachable(http, normaliseBaseUrl(espo.url), espo.timeoutMs);
  done.push(named(reachable));
  if (done.at(-1)?.status !== 'pass') return skipRest(done);
  const client: EspoClient = createEspoClient({
    baseUrl: espo.url, auth: espoAuthFrom(espo), http: axios.create(http.defaults), timeoutMs: espo.timeoutMs, retry: false,
  });
  let me;
  try {
    me = await client.getAppUser();
  } catch (error) {
    return skipRest([...done, named(failure('auth', error))]);
  }
  const userName = typeof me.user.userName === 'string' ? me.user.userName : me.user.id;
  done.push(check('auth', 'pass', 'ok', { user: userName }));
  done.push(named(await guarded('version', () => checkVersion(client, input.manifest))));
  done.push(named(await guarded('extension', () => checkExtension(client))));
  done.push(checkPermissions(me));
  done.push(checkReadAccess(me));
  done.push(checkStream(me));
  return { ok: done.every((c) => c.status === 'pass'), checks: done };
}
