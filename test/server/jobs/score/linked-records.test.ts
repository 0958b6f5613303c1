import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODELS } from '../../../../src/core/scoring';
import { MemoryGateway } from '../../../../src/server/espo';
import { CsvDirReader, FileSource, GatewaySource, runScoreJob } from '../../../../src/server/jobs/score';
import type { ScoreJobInput } from '../../../../src/server/jobs/score';
import { ID, jobContext, seed, T0, tempDir, tempState, TODAY } from './fixtures';

const KEY = 'memory:linked';
const LATER = new Date('2025-03-15T10:00:00Z');
const LATER_ESPO = '2025-03-15 10:00:00';

const withoutState = ({ state: _state, ...rest }: ScoreJobInput): ScoreJobInput => rest;

/**
 * A full run, then an incremental one an hour later (it reads again what the full run wrote, and moves the
 * watermark), as `serve` runs them; `reference()` is what a full run makes of the same data.
 */
async function scored() {
  const clock = { now: T0 };
  const gateway = new MemoryGateway({ records: seed(), now: () => clock.now });
  const input: ScoreJobInput = { source: new GatewaySource(gateway, KEY), target: gateway, models: DEFAULT_MODELS, today: TODAY, mode: 'full', state: await tempState() };
  await runScoreJob(input, jobContext());
  clock.now = new Date('2025-03-15T09:00:00Z');
  await runScoreJob({ ...input, mode: 'incremental' }, jobContext({ now: () => clock.now }));
  clock.now = LATER;
  const run = (overrides: Partial<ScoreJobInput>) => runScoreJob({ ...input, ...overrides }, jobContext({ now: () => clock.now }));
  const score = async (type: string, id: string): Promise<unknown> => (await gateway.get(type, id))?.autoCibleScore;
  const reference = async (type: string, id: string): Promise<unknown> => {
    const copy = new MemoryGateway({ records: { Contact: gateway.records('Contact'), Lead: gateway.records('Lead'), Account: gateway.records('Account'), AutoCibleVehicle: gateway.records('AutoCibleVehicle') }, now: () => clock.now });
    await runScoreJob({ ...withoutState(input), source: new GatewaySource(copy, 'memory:copy'), target: copy }, jobContext({ now: () => clock.now }));
    return (await copy.get(type, id))?.autoCibleScore;
  };
  return { gateway, run, score, reference };
}

async function editDriverRole(gateway: MemoryGateway): Promise<void> {
  gateway.insert('Contact', { ...(await gateway.get('Contact', ID.driver)), autoCibleRole: 'RH', modifiedAt: LATER_ESPO });
}

async function editFleetSize(gateway: MemoryGateway): Promise<void> {
  gateway.insert('Account', { ...(await gateway.get('Account', ID.fleet)), autoCibleFleetSize: 150, modifiedAt: LATER_ESPO });
}

describe('records whose facts read a modified contact or account', () => {
  it('an incremental run rescores the account of a modified contact (its score reads its contacts’ roles)', async () => {
    const { gateway, run, score, reference } = await scored();
    const before = await score('Account', ID.fleet);
    await editDriverRole(gateway);
    await run({ mode: 'incremental' });
    const expected = await reference('Account', ID.fleet);
    expect(expected).not.toBe(before);
    expect(await score('Account', ID.fleet)).toBe(expected);
  });

  it('an incremental run rescores the contacts of a modified account (their score reads its fleet)', async () => {
    const { gateway, run, score, reference } = await scored();
    const before = await score('Contact', ID.driver);
    await editFleetSize(gateway);
    await run({ mode: 'incremental' });
    const expected = await reference('Contact', ID.driver);
    expect(expected).not.toBe(before);
    expect(await score('Contact', ID.driver)).toBe(expected);
  });

  it('a webhook for a contact rescores its account too, and one for an account its contacts', async () => {
    const { gateway, run, score, reference } = await scored();
    await editDriverRole(gateway);
    await run({ mode: 'targets', targets: { Contact: [ID.driver] } });
    expect(await score('Account', ID.fleet)).toBe(await reference('Account', ID.fleet));
    await editFleetSize(gateway);
    const report = await run({ mode: 'targets', targets: { Account: [ID.fleet] } });
    expect(report.perType).toEqual({ Contact: 1, Lead: 0, Account: 1 });
    expect(await score('Contact', ID.driver)).toBe(await reference('Contact', ID.driver));
  });
});

describe('linked records of a CSV directory', () => {
  it('are the accounts of the contacts and the contacts of the accounts, modified since an instant or listed', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'contacts.csv'), [
      'id,lastName,accountId,modifiedAt',
      'c1,Petit,a1,2025-03-15 10:00:00',
      'c2,Roux,a2,2025-01-01 00:00:00',
      'c3,Blanc,a2,2025-01-01 00:00:00',
      'c4,Noir,,2025-03-15 10:00:00',
    ].join('\n'));
    await writeFile(join(dir, 'accounts.csv'), ['id,name,modifiedAt', 'a1,Transports,2025-01-01 00:00:00', 'a2,Taxis,2025-03-15 10:00:00'].join('\n'));
    const source = new FileSource(new CsvDirReader(dir));
    const signal = new AbortController().signal;
    expect(await source.linkedRecords({ since: new Date('2025-03-15T09:00:00Z') }, signal)).toEqual({ Contact: ['c2', 'c3'], Lead: [], Account: ['a1'] });
    expect(await source.linkedRecords({ contacts: ['c2'], accounts: ['a1'] }, signal)).toEqual({ Contact: ['c1'], Lead: [], Account: ['a2'] });
  });
});
