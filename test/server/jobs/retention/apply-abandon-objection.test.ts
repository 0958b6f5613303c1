/**
 * A person whose anonymisation was interrupted after the list step objects meanwhile (by phone, logged as an
 * inbound call): `opposition add --yes` records the objection although the key is already listed for `retention`,
 * and the rerun, which abandons the anonymisation (no longer due), leaves that key on the list.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { oppositionKeys } from '../../../../src/core/consent';
import { readAuditLog } from '../../../../src/server/audit';
import type { AuditStep } from '../../../../src/server/audit';
import { changeOpposition, OppositionList } from '../../../../src/server/opposition';
import { applyFiles, applyOnce, HASH, SALT } from './apply-setup';
import { SimulatedCrash } from './crash';
import { memoryHarness } from './harness';
import { IDS, TODAY } from './population';

const EMAIL = 'eric.fixture@exemple.fr';
const crashAfterOpposed = { afterStep: (step: AuditStep, record: { id: string }) => {
  if (step === 'opposed' && record.id === IDS.expiredProspect) throw new SimulatedCrash(step);
} };

it('an objection recorded while an anonymisation is interrupted is written, and survives the abandonment', async () => {
  const harness = memoryHarness();
  const files = await applyFiles();
  await writeFile(join(files.dir, 'salt'), `${SALT}\n`);
  await expect(applyOnce(harness, files, { hooks: crashAfterOpposed })).rejects.toBeInstanceOf(SimulatedCrash);
  await harness.gateway.update('Contact', IDS.expiredProspect, { autoCibleLastInboundContactAt: '2026-06-29' });
  const options = { stateDir: files.dir, identifiers: { emails: [EMAIL] }, today: TODAY, actor: { apiUserId: null, osUser: 'dpo' } };

  const preview = await changeOpposition({ ...options, change: 'add', dryRun: true });
  expect(preview.lines[0]).toMatchObject({ listed: true, reason: 'retention', action: 'wouldAdd' });
  const add = await changeOpposition({ ...options, change: 'add', dryRun: false });
  expect(add.lines[0]).toMatchObject({ listed: true, reason: 'retention', action: 'added' });
  const again = await changeOpposition({ ...options, change: 'add', dryRun: false });
  expect(again.lines[0]).toMatchObject({ listed: true, reason: 'objection', action: 'alreadyListed' });
  const byHand = (await readAuditLog(files.audit)).filter((entry) => entry.kind === 'opposition');
  expect(byHand.map((entry) => entry.kind === 'opposition' && [entry.action, entry.reason])).toEqual([['added', 'objection']]);

  const rerun = await applyOnce(harness, files, { runId: 'run-2' });
  expect(rerun.results.find((r) => r.id === IDS.expiredProspect)).toMatchObject({ outcome: 'skipped', skipReason: 'notDue', resumedFrom: 'opposed' });
  const list = await OppositionList.load(files.opposition);
  const [key] = oppositionKeys({ emails: [EMAIL] }, HASH);
  expect(key === undefined ? undefined : list.entry(key)).toMatchObject({ reason: 'objection', addedOn: TODAY });
  // The phone, listed for retention only, is taken back off as before.
  expect(list.isOpposed(oppositionKeys({ phones: ['+33612345601'] }, HASH))).toBe(false);

  const removed = await changeOpposition({ ...options, change: 'remove', dryRun: false });
  expect(removed.lines[0]).toMatchObject({ reason: 'objection', action: 'removed' });
  expect((await OppositionList.load(files.opposition)).isOpposed(oppositionKeys({ emails: [EMAIL] }, HASH))).toBe(false);
});
