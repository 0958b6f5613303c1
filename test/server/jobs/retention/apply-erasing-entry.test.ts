/**
 * The fields about to be erased are on disk (an `erasing` entry) before the erase request goes out: a process
 * killed between the request and the `erased` entry leaves a log that still names them. The entry is no step: the
 * journal ignores it and the rerun resumes from the last step done.
 */
import { expect, it } from 'vitest';
import { readAuditLog, readJournal } from '../../../../src/server/audit';
import { applyFiles, applyOnce } from './apply-setup';
import { dyingAtErase, SimulatedCrash } from './crash';
import type { Harness } from './harness';
import { memoryHarness } from './harness';
import { IDS } from './population';

const fieldsOf = async (audit: string, step: string): Promise<string[]> => (await readAuditLog(audit)).flatMap((e) =>
  e.kind === 'record' && e.recordId === IDS.expiredProspect && e.step === step && Array.isArray(e.detail?.fields) ? e.detail.fields : []);

it('killed right after the erase request: the audit log still names every field that was erased', async () => {
  const harness = memoryHarness();
  const files = await applyFiles();
  await expect(applyOnce(dyingAtErase(harness, 'after'), files)).rejects.toBeInstanceOf(SimulatedCrash);
  const sent = harness.erases().find((e) => e.id === IDS.expiredProspect)?.fieldList ?? [];
  expect(sent).toContain('name');
  expect(await fieldsOf(files.audit, 'erasing')).toEqual(expect.arrayContaining([...sent, 'description']));
  expect((await readJournal(files.audit)).get(`Contact/${IDS.expiredProspect}`)?.step).toBe('opposed');

  const rerun = await applyOnce(harness, files, { runId: 'run-2' });
  expect(rerun.results.find((r) => r.id === IDS.expiredProspect)).toMatchObject({ outcome: 'anonymised', resumedFrom: 'opposed' });
  expect(await fieldsOf(files.audit, 'erased')).toEqual(['description']);
});

it('writes the entry before the request, with field names only', async () => {
  const harness = memoryHarness();
  const files = await applyFiles();
  const logged: string[][] = [];
  const watching: Harness = { ...harness, gateway: Object.assign(Object.create(harness.gateway) as Harness['gateway'], {
    erase: async (...args: Parameters<Harness['gateway']['erase']>) => {
      logged.push(await fieldsOf(files.audit, 'erasing'));
      return harness.gateway.erase(...args);
    },
  }) };
  await applyOnce(watching, files);
  expect(logged[0]).toEqual([...(harness.erases()[0]?.fieldList ?? []), 'description']);
  const erasing = (await readAuditLog(files.audit)).filter((e) => e.kind === 'record' && e.step === 'erasing');
  expect(erasing.map((e) => (e.kind === 'record' ? Object.keys(e.detail ?? {}) : []))).toEqual([['fields'], ['fields']]);
});
