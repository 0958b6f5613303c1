/**
 * Where a `vmc` run reads and writes: EspoCRM when connection settings are present (as `score` decides, and with its
 * connection: configuration, environment, REST client and gateway), else a dataset directory (`--dir`, the bundled
 * samples/ by default), where nothing is written.
 */
import { resolve } from 'node:path';
import type { AxiosInstance } from 'axios';
// Not the job indexes: an offline run loads no REST client (axios), as `score` on files (issue 4).
import { hasConnectionSettings } from '../../jobs/score/connection-settings';
import { DatasetVmcSource } from '../../jobs/vmc/dataset-source';
import type { VmcSource, VmcTarget } from '../../jobs/vmc/types';
import type { CliContext } from '../context';
import { BUNDLED_SAMPLES_DIR } from './samples-dir';
import type { VmcMessages } from './vmc-messages';

export interface VmcSetupFlags {
  readonly dir?: string;
  readonly offline?: boolean;
  readonly config?: string;
}

export interface VmcSetup {
  readonly source: VmcSource;
  /** EspoCRM; absent offline. */
  readonly target?: VmcTarget;
  readonly where: string;
  readonly offline: boolean;
  /** Offline: rows of the dataset the CSV reader rejected. */
  readonly rejectedRows: number;
}

export async function setupVmcRun(ctx: CliContext, flags: VmcSetupFlags, t: VmcMessages, http?: AxiosInstance): Promise<VmcSetup> {
  const offline = flags.offline === true || flags.dir !== undefined
    || !hasConnectionSettings({ env: ctx.env, cwd: ctx.cwd, configPath: flags.config });
  if (!offline) {
    const [{ connectEspo }, { EspoVmcSource }] = await Promise.all([import('../../jobs/score/connect'), import('../../jobs/vmc/espo-source')]);
    const espo = connectEspo({ env: ctx.env, cwd: ctx.cwd, configPath: flags.config, http });
    return { source: new EspoVmcSource(espo.client, espo.gateway), target: espo.gateway, where: t.espo(espo.label), offline: false, rejectedRows: 0 };
  }
  const dir = resolve(ctx.cwd, flags.dir ?? BUNDLED_SAMPLES_DIR);
  const source = await DatasetVmcSource.open(dir);
  return { source, where: t.files(dir), offline: true, rejectedRows: source.rejectedRows };
}
