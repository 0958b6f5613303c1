/**
 * Where a `derive` run reads and writes: EspoCRM when connection settings are present (as `score` and `vmc` decide,
 * and with their connection: configuration, environment, REST client and gateway), else a dataset directory
 * (`--dir`, the bundled samples/ by default), where nothing is written.
 */
import { resolve } from 'node:path';
import type { AxiosInstance } from 'axios';
// Not the job indexes: an offline run loads no REST client (axios), as `score` on files (issue 4).
import { DatasetDeriveSource } from '../../jobs/derive/dataset-source';
import type { DeriveSource, DeriveTarget } from '../../jobs/derive/types';
import { hasConnectionSettings } from '../../jobs/score/connection-settings';
import type { CliContext } from '../context';
import type { DeriveMessages } from './derive-messages';
import { BUNDLED_SAMPLES_DIR } from './samples-dir';

export interface DeriveSetupFlags {
  readonly dir?: string;
  readonly offline?: boolean;
  readonly config?: string;
}

export interface DeriveSetup {
  readonly source: DeriveSource;
  /** EspoCRM; absent offline. */
  readonly target?: DeriveTarget;
  readonly where: string;
  readonly offline: boolean;
  /** Offline: rows of `vehicles.csv` the CSV reader rejected. */
  readonly rejectedRows: number;
}

export async function setupDeriveRun(ctx: CliContext, flags: DeriveSetupFlags, t: DeriveMessages, http?: AxiosInstance): Promise<DeriveSetup> {
  const offline = flags.offline === true || flags.dir !== undefined
    || !hasConnectionSettings({ env: ctx.env, cwd: ctx.cwd, configPath: flags.config });
  if (!offline) {
    const [{ connectEspo }, { EspoDeriveSource }] = await Promise.all([import('../../jobs/score/connect'), import('../../jobs/derive/espo-source')]);
    const espo = connectEspo({ env: ctx.env, cwd: ctx.cwd, configPath: flags.config, http });
    return { source: new EspoDeriveSource(espo.gateway), target: espo.gateway, where: t.espo(espo.label), offline: false, rejectedRows: 0 };
  }
  const dir = resolve(ctx.cwd, flags.dir ?? BUNDLED_SAMPLES_DIR);
  const source = await DatasetDeriveSource.open(dir);
  return { source, where: t.files(dir), offline: true, rejectedRows: source.rejectedRows };
}
