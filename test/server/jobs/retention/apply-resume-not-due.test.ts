/**
 * A record an interrupted run started to anonymise is checked again before the rerun touches it (a review proved
 * it was erased even when the person had come back): no longer due, its anonymisation is abandoned — the keys the
 * run put on the opposition list are taken back off, a `done` entry says why — and a later run does nothing more.
 * Once its erase went through, a rerun only finishes it.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { oppositionKeys } from '../../../../src/core/consent';
import { AuditLog, readAuditLog, readJournal } from '../../../../src/server/audit';
import type { AuditEntry, AuditStep } from '../../../../src/server/audit';
import { runRetentionApply } from '../../../../src/server/jobs/retention';
import type { RetentionApplyReport } from '../../../../src/server/jobs/retention';
import { OppositionList } from '../../../../src/server/opposition';
import { useMswServer } from '../../../msw/server';
import type { ApplyFiles } from './apply-setup';
import { dyingAtErase, SimulatedCrash } from './crash';
import { applyFiles, HASH } from './apply-setup';
import { jobContext } from './context';
import type { Harness } from './harness';
import { memoryHarness, restHarness } from './harness';
import { IDS, TODAY } from './population';

const server = useMswServer();


const crashAfter = (step: AuditStep) => ({ afterStep: (done: AuditStep, r: { id: string }) => {
  if (done === step && r.id === IDS.expiredProspect) throw new SimulatedCrash(step);
} });

const PERSON = { emails: ['eric.fixture@exemple.fr'], phones: ['+33612345601'] };
const EMAIL_KEYS = oppositionKeys({ emails: PERSON.emails }, HASH);
const PHONE_KEYS = oppositionKeys({ phones: PERSON.phones }, HASH);
const KEY = `Contact/${IDS.expiredProspect}`;

interface RunOptions {
  readonly today?: string;
  readonly runId?: string;
  readonly dryRun?: boolean;
  readonly hooks?: ReturnType<typeof crashAfter>;
}

/** One run as `applyOnce` does it, on any day. */
async function run(harness: Harness, files: ApplyFiles, options: RunOptions = {}): Promise<RetentionApplyReport> {
  const base = {
    gateway: harness.gateway, today: options.today ?? TODAY, hash: HASH, actor: { apiUserId: 'job-user', osUser: 'tester' },
    runId: options.runId ?? 'run-1', now: () => new Date('2026-06-30T08:00:00Z'), ...(options.hooks === undefined ? {} : { hooks: options.hooks }),
  };
  if (options.dryRun === true) return runRetentionApply({ ...base, journal: await readJournal(files.audit) }, jobContext(true));
  const audit = await AuditLog.open(files.audit);
  const opposition = await OppositionList.load(files.opposition);
  try {
    return await runRetentionApply({ ...base, writers: { audit, opposition } }, jobContext(false));
  } finally {
    await audit.close();
    await opposition.close();
  }
}

const recordEntries = (entries: readonly AuditEntry[]) => entries.filter((e) => e.kind === 'record' && e.recordId === IDS.expiredProspect);
const fileText = async (path: string): Promise<string> => readFile(path, 'utf8').catch(() => '');
const writesTo = (harness: Harness, id: string): number => harness.writtenIds().filter((w) => w === id).length;

/** The first run, killed right after `step` of the expired prospect. */
async function interrupted(harness: Harness, files: ApplyFiles, step: AuditStep): Promise<void> {
  await expect(run(harness, files, { hooks: crashAfter(step) })).rejects.toBeInstanceOf(SimulatedCrash);
  expect((await readJournal(files.audit)).get(KEY)?.step).toBe(step);
}

describe.each([
  ['memory', (): Harness => memoryHarness()],
  ['rest', (): Harness => restHarness(server)],
])('%s: a resumed record is checked again', (_name, setup) => {
  it.each(['started', 'opposed'] as const)('killed after %s, the person comes back: the rerun abandons, a third run does nothing', async (step) => {
    const harness = setup();
    const files = await applyFiles();
    await interrupted(harness, files, step);
    expect((await OppositionList.load(files.opposition)).isOpposed([...EMAIL_KEYS, ...PHONE_KEYS])).toBe(step === 'opposed');
    // The prospect calls back; the salesperson records it (inbound contact 5 days ago).
    await harness.gateway.update('Contact', IDS.expiredProspect, { autoCibleLastInboundContactAt: '2026-06-25' });
    const writes = writesTo(harness, IDS.expiredProspect);

    const rerun = await run(harness, files, { runId: 'run-2' });
    expect(rerun.results.find((r) => r.id === IDS.expiredProspect)).toMatchObject({ outcome: 'skipped', skipReason: 'notDue', resumedFrom: step, ruleId: 'RET_PROSPECT_ACTIVE' });
    expect(rerun.results.find((r) => r.id === IDS.expiredLead)).toMatchObject({ outcome: 'anonymised' });
    expect(harness.erases().map((e) => e.id)).toEqual([IDS.expiredLead]);
    expect(writesTo(harness, IDS.expiredProspect)).toBe(writes);
    // The keys the run had listed are off the list again: removal lines, each after its audit entry.
    const list = await OppositionList.load(files.opposition);
    expect(list.isOpposed([...EMAIL_KEYS, ...PHONE_KEYS])).toBe(false);
    const removals = (await fileText(files.opposition)).split('\n').filter((l) => l.includes('"removal":true'));
    expect(removals).toHaveLength(step === 'opposed' ? 2 : 0);
    const entries = await readAuditLog(files.audit);
    const removed = entries.filter((e) => e.kind === 'opposition' && e.action === 'removed');
    expect(removed.map((e) => (e.kind === 'opposition' ? [e.identifierHash.kind, e.reason, e.actor.osUser] : null)))
      .toEqual(step === 'opposed' ? [['email', 'retention', 'tester'], ['phone', 'retention', 'tester']] : []);
    expect(recordEntries(entries).at(-1)).toMatchObject({
      step: 'done', runId: 'run-2', ruleId: 'RET_PROSPECT_ACTIVE', deadline: '2029-06-25',
      detail: { outcome: 'abandoned', reason: 'notDue', action: 'keep', stoppedAfter: step, keysRemoved: step === 'opposed' ? 2 : 0 },
    });
    expect((await readJournal(files.audit)).get(KEY)?.step).toBe('done');

    const auditBefore = await fileText(files.audit);
    const listBefore = await fileText(files.opposition);
    const third = await run(harness, files, { runId: 'run-3' });
    expect(third.results).toEqual([]);
    expect(recordEntries(await readAuditLog(files.audit))).toHaveLength(recordEntries(entries).length);
    expect((await fileText(files.audit)).replace(auditBefore, '').split('\n').filter((l) => l.includes('"kind":"record"'))).toEqual([]);
    expect(await fileText(files.opposition)).toBe(listBefore);
    expect(writesTo(harness, IDS.expiredProspect)).toBe(writes);
  });

  it('abandons a record no longer due on the rerun\'s day (--today or policy changed), and shows it in a dry run first', async () => {
    const harness = setup();
    const files = await applyFiles();
    await interrupted(harness, files, 'opposed');
    const auditBefore = await fileText(files.audit);
    const listBefore = await fileText(files.opposition);
    const writes = harness.writeCount();
    // Deadline 2026-01-15: on 2024-04-30 no one is due.
    const preview = await run(harness, files, { today: '2024-04-30', dryRun: true });
    expect(preview.results).toEqual([expect.objectContaining({ id: IDS.expiredProspect, outcome: 'skipped', skipReason: 'notDue', resumedFrom: 'opposed' })]);
    expect([await fileText(files.audit), await fileText(files.opposition), harness.writeCount()]).toEqual([auditBefore, listBefore, writes]);

    const rerun = await run(harness, files, { today: '2024-04-30', runId: 'run-2' });
    expect(rerun.results).toEqual([expect.objectContaining({ id: IDS.expiredProspect, outcome: 'skipped', skipReason: 'notDue', resumedFrom: 'opposed' })]);
    expect(harness.erases()).toEqual([]);
    expect((await OppositionList.load(files.opposition)).size).toBe(0);
    expect((await fileText(files.opposition)).split('\n').filter((l) => l.includes('"removedOn":"2024-04-30"'))).toHaveLength(2);
  });

  it('leaves on the list a key listed for an objection', async () => {
    const harness = setup();
    const files = await applyFiles();
    const list = await OppositionList.load(files.opposition);
    await list.add(EMAIL_KEYS, '2026-01-02', 'objection');
    await list.close();
    await interrupted(harness, files, 'opposed');
    await harness.gateway.update('Contact', IDS.expiredProspect, { autoCibleLastInboundContactAt: '2026-06-25' });
    await run(harness, files, { runId: 'run-2' });
    const after = await OppositionList.load(files.opposition);
    expect(after.entry(EMAIL_KEYS[0] ?? { kind: 'email', key: '' })).toMatchObject({ reason: 'objection', addedOn: '2026-01-02' });
    expect(after.isOpposed(PHONE_KEYS)).toBe(false);
    expect(recordEntries(await readAuditLog(files.audit)).at(-1)).toMatchObject({ step: 'done', detail: { keysRemoved: 1 } });
  });

  it('killed halfway through an abandonment, the rerun finishes it without writing a removal twice', async () => {
    const harness = setup();
    const files = await applyFiles();
    await interrupted(harness, files, 'opposed');
    await harness.gateway.update('Contact', IDS.expiredProspect, { autoCibleLastInboundContactAt: '2026-06-25' });
    // What the abandonment had done when it was killed: the phone's audit entry and removal line, no `done` entry.
    const audit = await AuditLog.open(files.audit);
    await audit.append({ v: 1, kind: 'opposition', at: '2026-06-30T08:00:00.000Z', actor: { apiUserId: 'job-user', osUser: 'tester' }, action: 'removed', identifierHash: PHONE_KEYS[0] ?? { kind: 'phone', key: '' }, reason: 'retention' });
    await audit.close();
    const list = await OppositionList.load(files.opposition);
    await list.remove(PHONE_KEYS, TODAY);
    await list.close();
    const rerun = await run(harness, files, { runId: 'run-2' });
    expect(rerun.results.find((r) => r.id === IDS.expiredProspect)).toMatchObject({ skipReason: 'notDue', resumedFrom: 'opposed' });
    expect((await fileText(files.opposition)).split('\n').filter((l) => l.includes('"removal":true'))).toHaveLength(2);
    expect(recordEntries(await readAuditLog(files.audit)).at(-1)).toMatchObject({ step: 'done', detail: { outcome: 'abandoned', keysRemoved: 1 } });
    expect((await OppositionList.load(files.opposition)).isOpposed([...EMAIL_KEYS, ...PHONE_KEYS])).toBe(false);
  });

  it('killed after the erase, finishes it even if the person would no longer be due', async () => {
    const harness = setup();
    const files = await applyFiles();
    await interrupted(harness, files, 'erased');
    const rerun = await run(harness, files, { today: '2024-06-30', runId: 'run-2' });
    expect(rerun.results.find((r) => r.id === IDS.expiredProspect)).toMatchObject({ outcome: 'anonymised', resumedFrom: 'erased' });
    expect(await harness.record('Contact', IDS.expiredProspect)).toMatchObject({ autoCibleRetentionStatus: 'ANONYMISED' });
    expect((await OppositionList.load(files.opposition)).isOpposed([...EMAIL_KEYS, ...PHONE_KEYS])).toBe(true);
  });

  it('killed right after the erase request, before its entry, finishes it too: the record holds no personal data any more', async () => {
    const harness = setup();
    const files = await applyFiles();
    const dying = dyingAtErase(harness, 'after');
    await expect(run(dying, files)).rejects.toBeInstanceOf(SimulatedCrash);
    expect((await readJournal(files.audit)).get(KEY)?.step).toBe('opposed');
    const rerun = await run(harness, files, { today: '2024-06-30', runId: 'run-2' });
    expect(rerun.results.find((r) => r.id === IDS.expiredProspect)).toMatchObject({ outcome: 'anonymised', resumedFrom: 'opposed' });
    expect((await OppositionList.load(files.opposition)).isOpposed([...EMAIL_KEYS, ...PHONE_KEYS])).toBe(true);
  });

  it('resumes a record still due as before, from its last step', async () => {
    const harness = setup();
    const files = await applyFiles();
    await interrupted(harness, files, 'started');
    const rerun = await run(harness, files, { runId: 'run-2' });
    expect(rerun.results.find((r) => r.id === IDS.expiredProspect)).toMatchObject({ outcome: 'anonymised', resumedFrom: 'started', ruleId: 'RET_PROSPECT_EXPIRED' });
    expect((await OppositionList.load(files.opposition)).isOpposed([...EMAIL_KEYS, ...PHONE_KEYS])).toBe(true);
  });
});
