/**
 * A run killed between the unlink of the shared addresses and the erase leaves the person without them. When the
 * rerun finds the person no longer due and abandons the anonymisation, it links them back from the records that
 * use them, named in the `opposed` entry by hash and record id only.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readAuditLog, readJournal } from '../../../../src/server/audit';
import type { AuditEntry } from '../../../../src/server/audit';
import { applyLines, RETENTION_MESSAGES } from '../../../../src/server/cli/commands/retention-messages';
import { useMswServer } from '../../../msw/server';
import { applyFiles, applyOnce } from './apply-setup';
import { dyingAtErase, SimulatedCrash } from './crash';
import type { ApplyFiles } from './apply-setup';
import type { Harness } from './harness';
import { IDS } from './population';
import { ACCOUNT_ID, EMAIL, LEAD_ID, PHONE, sharersHarness } from './sharers';

const server = useMswServer();

const recordEntries = (entries: readonly AuditEntry[]) => entries.filter((e) => e.kind === 'record' && e.recordId === IDS.expiredProspect);

/** The first run, killed between the unlink and the erase; then the person calls back. */
async function interruptedThenBack(harness: Harness, files: ApplyFiles): Promise<void> {
  await expect(applyOnce(dyingAtErase(harness, 'before'), files)).rejects.toBeInstanceOf(SimulatedCrash);
  expect((await readJournal(files.audit)).get(`Contact/${IDS.expiredProspect}`)?.step).toBe('opposed');
  expect(await harness.record('Contact', IDS.expiredProspect)).toMatchObject({ emailAddress: null, phoneNumber: null });
  await harness.gateway.update('Contact', IDS.expiredProspect, { autoCibleLastInboundContactAt: '2026-06-25' });
}

describe.each(['memory', 'rest'] as const)('abandoned after the unlink (%s gateway)', (kind) => {
  it('links the shared e-mail and phone back to the person, and says so', async () => {
    const harness = sharersHarness(kind, server);
    const files = await applyFiles();
    await interruptedThenBack(harness, files);

    const rerun = await applyOnce(harness, files, { runId: 'run-2' });
    const result = rerun.results.find((r) => r.id === IDS.expiredProspect);
    expect(result).toMatchObject({ outcome: 'skipped', skipReason: 'notDue', resumedFrom: 'opposed', addressesRelinked: 2 });
    expect(result?.addressesNotRelinked).toBeUndefined();
    expect(await harness.record('Contact', IDS.expiredProspect)).toMatchObject({ emailAddress: EMAIL, phoneNumber: PHONE, firstName: 'Eric' });
    // The other records kept theirs all along.
    expect(await harness.record('Account', ACCOUNT_ID)).toMatchObject({ emailAddress: EMAIL });
    expect(await harness.record('Lead', LEAD_ID)).toMatchObject({ phoneNumber: PHONE });
    expect(harness.erases().map((e) => e.id)).not.toContain(IDS.expiredProspect);
    expect(recordEntries(await readAuditLog(files.audit)).at(-1)).toMatchObject({ step: 'done', detail: { outcome: 'abandoned', addressesRelinked: 2, addressesNotRelinked: 0 } });
    expect(applyLines(rerun, RETENTION_MESSAGES.en, 'en')).toContain(`Contact/${IDS.expiredProspect}: 2 shared addresses removed before the interruption were linked to the record again.`);
  });

  it('names the shared addresses in the audit log by hash and holder only', async () => {
    const harness = sharersHarness(kind, server);
    const files = await applyFiles();
    await interruptedThenBack(harness, files);
    const opposed = recordEntries(await readAuditLog(files.audit)).find((e) => e.kind === 'record' && e.step === 'opposed');
    const sharedWith = opposed?.kind === 'record' ? opposed.detail?.sharedWith : undefined;
    expect(sharedWith).toEqual([
      expect.stringMatching(new RegExp(`^emailAddress [0-9a-f]{64} Account ${ACCOUNT_ID}$`, 'u')),
      expect.stringMatching(new RegExp(`^phoneNumber [0-9a-f]{64} Lead ${LEAD_ID}$`, 'u')),
    ]);
    const text = await readFile(files.audit, 'utf8');
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain(PHONE.slice(3));
  });

  it('reports an address the other record no longer holds, in French, and links back the one it still has', async () => {
    const harness = sharersHarness(kind, server);
    const files = await applyFiles();
    await interruptedThenBack(harness, files);
    await harness.gateway.update('Lead', LEAD_ID, { phoneNumber: '+33699999999' });

    const rerun = await applyOnce(harness, files, { runId: 'run-2' });
    expect(rerun.results.find((r) => r.id === IDS.expiredProspect)).toMatchObject({ addressesRelinked: 1, addressesNotRelinked: 1 });
    expect(await harness.record('Contact', IDS.expiredProspect)).toMatchObject({ emailAddress: EMAIL, phoneNumber: null });
    expect(applyLines(rerun, RETENTION_MESSAGES.fr, 'fr')).toContain(
      `Contact/${IDS.expiredProspect} : 1 coordonnée partagée retirée avant l’interruption n’a pas pu être rattachée de nouveau (l’autre fiche ne la porte plus) : à ressaisir sur la fiche.`,
    );
  });

  it('a third run changes nothing more', async () => {
    const harness = sharersHarness(kind, server);
    const files = await applyFiles();
    await interruptedThenBack(harness, files);
    await applyOnce(harness, files, { runId: 'run-2' });
    const writes = harness.writeCount();
    const third = await applyOnce(harness, files, { runId: 'run-3' });
    expect(third.results).toEqual([]);
    expect(harness.writeCount()).toBe(writes);
  });
});
