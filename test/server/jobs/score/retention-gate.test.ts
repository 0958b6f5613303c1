/**
 * Retention gates scoring (domain.md §2.9 step 3, §3.6): a person due for anonymisation (`ANONYMISE`) or
 * anonymised (`ANONYMISED`) is never scored. A person due has the score it still holds cleared once; an anonymised
 * one keeps its last score, for statistics (core/retention/anonymisation.ts).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODELS } from '../../../../src/core/scoring';
import { MemoryGateway } from '../../../../src/server/espo';
import type { MemoryWrite } from '../../../../src/server/espo';
import { renderScoreSummary } from '../../../../src/server/cli/commands/score-messages';
import { CsvDirReader, FileSource, GatewaySource, JsonlReader, runScoreJob } from '../../../../src/server/jobs/score';
import type { ScoreJobInput, ScoreReport, ScoreSource, ScoreTarget } from '../../../../src/server/jobs/score';
import { ID, jobContext, seed, T0, tempDir, tempState, TODAY } from './fixtures';
import { runScore, SCORE_CSV, scoreCsvDir } from './score-cli';

const KEY = 'memory:retention';
const CLEARED = {
  autoCibleScore: null, autoCibleScoreFit: null, autoCibleScoreEngagement: null, autoCibleScoreGrade: null,
  autoCibleScoreReasons: null, autoCibleScoreModel: null, autoCibleScoredAt: null,
};

const updates = (writes: readonly MemoryWrite[]) => writes.flatMap((w) => (w.kind === 'update' ? [w] : []));

/** The seed with the lead anonymised and the old-car contact due for anonymisation. */
function withheldSeed() {
  const records = seed();
  records.Lead = records.Lead.map((r) => ({ ...r, autoCibleRetentionStatus: 'ANONYMISED' }));
  records.Contact = records.Contact.map((r) => (r.id === ID.oldCar ? { ...r, autoCibleRetentionStatus: 'ANONYMISE' } : r));
  return records;
}

function setup(records = seed(), clock = { now: T0 }) {
  const gateway = new MemoryGateway({ records, now: () => clock.now });
  const input: ScoreJobInput = { source: new GatewaySource(gateway, KEY), target: gateway, models: DEFAULT_MODELS, today: TODAY, mode: 'full' };
  return { gateway, input, clock };
}

/** A target that keeps what each run would write. */
function collector(): ScoreTarget & { changes: { entityType: string; id: string; changed: Record<string, unknown> }[] } {
  const changes: { entityType: string; id: string; changed: Record<string, unknown> }[] = [];
  return { changes, update: async (entityType, id, changed) => void changes.push({ entityType, id, changed: { ...changed } }) };
}

async function jsonl(records: ReturnType<typeof seed>): Promise<string> {
  const path = join(await tempDir(), 'records.jsonl');
  const lines = Object.entries(records).flatMap(([entityType, rows]) => rows.map((r) => JSON.stringify({ entityType, ...r })));
  await writeFile(path, `${lines.join('\n')}\n`);
  return path;
}

const fileInput = (source: ScoreSource, target: ScoreTarget): ScoreJobInput => ({ source, target, models: DEFAULT_MODELS, today: TODAY, mode: 'full' });

describe('score job and retention status', () => {
  it('writes no score for a person due for anonymisation or anonymised, and counts them apart', async () => {
    const { gateway, input } = setup(withheldSeed());
    const ctx = jobContext();
    const report = await runScoreJob(input, ctx);
    expect(report).toMatchObject({ scored: 3, written: 3, unchanged: 0, skippedRetention: 2, cleared: 0, perType: { Contact: 2, Lead: 0, Account: 1 } });
    expect(Object.values(report.grades).reduce((a, b) => a + b, 0)).toBe(3);
    const ids = updates(gateway.writes).map((w) => w.id);
    expect(ids).not.toContain(ID.oldCar);
    expect(ids).not.toContain(ID.lead);
    expect(ctx.lines.map((l) => l.id)).not.toContain(ID.oldCar);
    expect(ctx.lines.map((l) => l.id)).not.toContain(ID.lead);
    expect((await gateway.get('Contact', ID.oldCar))?.autoCibleScore).toBeUndefined();
  });

  it('clears once the score of a record that became due, then writes nothing for it', async () => {
    const { gateway, input, clock } = setup();
    const state = await tempState();
    await runScoreJob({ ...input, state }, jobContext());
    expect((await gateway.get('Contact', ID.oldCar))?.autoCibleScore).toEqual(expect.any(Number));
    // The retention plan marks the contact due: its modifiedAt moves, so an incremental run reads it.
    clock.now = new Date('2025-03-15T10:00:00Z');
    await gateway.update('Contact', ID.oldCar, { autoCibleRetentionStatus: 'ANONYMISE' });
    clock.now = new Date('2025-03-15T11:00:00Z');
    const before = gateway.writes.length;
    const ctx = jobContext({ now: () => clock.now });
    const report = await runScoreJob({ ...input, state, mode: 'incremental' }, ctx);
    const written = updates(gateway.writes.slice(before));
    expect(written).toEqual([{ kind: 'update', entityType: 'Contact', id: ID.oldCar, changed: CLEARED }]);
    expect(report).toMatchObject({ skippedRetention: 1, cleared: 1, written: 1 });
    expect(ctx.lines.map((l) => l.id)).not.toContain(ID.oldCar);
    expect(await gateway.get('Contact', ID.oldCar)).toMatchObject(CLEARED);

    const again = gateway.writes.length;
    const full = await runScoreJob(input, jobContext({ now: () => clock.now }));
    expect(gateway.writes.length).toBe(again);
    expect(full).toMatchObject({ skippedRetention: 1, cleared: 0, written: 0, unchanged: 4, scored: 4 });
  });

  it('clears the score of a person due for anonymisation named by a webhook (targeted run)', async () => {
    const { gateway, input } = setup();
    await runScoreJob(input, jobContext());
    await gateway.update('Lead', ID.lead, { autoCibleRetentionStatus: 'ANONYMISE' });
    const before = gateway.writes.length;
    const report = await runScoreJob({ ...input, mode: 'targets', targets: { Lead: [ID.lead] } }, jobContext());
    expect(updates(gateway.writes.slice(before))).toEqual([{ kind: 'update', entityType: 'Lead', id: ID.lead, changed: CLEARED }]);
    expect(report).toMatchObject({ scored: 0, skippedRetention: 1, cleared: 1 });
  });

  it('leaves an anonymised person its last score (statistics) and writes nothing for it', async () => {
    const { gateway, input } = setup();
    await runScoreJob(input, jobContext());
    const score = (await gateway.get('Lead', ID.lead))?.autoCibleScore;
    expect(score).toEqual(expect.any(Number));
    await gateway.update('Lead', ID.lead, { autoCibleRetentionStatus: 'ANONYMISED' });
    const before = gateway.writes.length;
    const report = await runScoreJob({ ...input, mode: 'targets', targets: { Lead: [ID.lead] } }, jobContext());
    expect(updates(gateway.writes.slice(before))).toEqual([]);
    expect(report).toMatchObject({ scored: 0, skippedRetention: 1, cleared: 0 });
    expect((await gateway.get('Lead', ID.lead))?.autoCibleScore).toBe(score);
  });

  it('counts a clear that fails as an unwritten error', async () => {
    const records = withheldSeed();
    records.Contact = records.Contact.map((r) => (r.id === ID.oldCar ? { ...r, autoCibleScore: 40, autoCibleScoreGrade: 'C' } : r));
    const { gateway, input } = setup(records);
    const failing: ScoreTarget = {
      update: async (entityType, id, changed) => {
        if (id === ID.oldCar) throw Object.assign(new Error('HTTP 500'), { code: 'ESPO_HTTP_ERROR', status: 500 });
        await gateway.update(entityType, id, changed);
      },
    };
    const report = await runScoreJob({ ...input, target: failing }, jobContext());
    expect(report).toMatchObject({ skippedRetention: 2, cleared: 0, unwritten: 1 });
    expect(report.badRecords).toContainEqual({ entityType: 'Contact', id: ID.oldCar, reason: 'ESPO_HTTP_ERROR', status: 500 });
  });
});

describe('an account whose contact retention withholds', () => {
  const withDueDriver = () => {
    const records = seed();
    records.Contact = records.Contact.map((r) => (r.id === ID.driver ? { ...r, autoCibleRetentionStatus: 'ANONYMISE' } : r));
    return records;
  };
  const accountRules = (ctx: ReturnType<typeof jobContext>): string[] => ctx.lines.find((l) => l.id === ID.fleet)?.reasons.map((r) => r.rule) ?? [];

  it('does not take that contact\'s role into its score (EspoCRM)', async () => {
    const ctx = jobContext({ dryRun: true });
    await runScoreJob(setup(seed()).input, ctx);
    expect(accountRules(ctx)).toContain('decision-maker');
    const due = jobContext({ dryRun: true });
    await runScoreJob(setup(withDueDriver()).input, due);
    expect(accountRules(due)).not.toContain('decision-maker');
  });

  it('nor on a file', async () => {
    const ctx = jobContext({ dryRun: true });
    await runScoreJob(fileInput(new FileSource(new JsonlReader(await jsonl(withDueDriver()))), collector()), ctx);
    expect(accountRules(ctx)).not.toContain('decision-maker');
  });
});

describe('file sources and retention status', () => {
  it('skips and clears on a JSONL file as on EspoCRM, then writes nothing once cleared', async () => {
    const records = withheldSeed();
    records.Contact = records.Contact.map((r) => (r.id === ID.oldCar ? { ...r, autoCibleScore: 62, autoCibleScoreGrade: 'B', autoCibleScoredAt: '2025-01-02 03:04:05' } : r));
    const target = collector();
    const ctx = jobContext();
    const report = await runScoreJob(fileInput(new FileSource(new JsonlReader(await jsonl(records))), target), ctx);
    expect(report).toMatchObject({ scored: 3, skippedRetention: 2, cleared: 1, written: 4 });
    expect(target.changes.filter((c) => c.id === ID.oldCar || c.id === ID.lead)).toEqual([
      { entityType: 'Contact', id: ID.oldCar, changed: { autoCibleScore: null, autoCibleScoreGrade: null, autoCibleScoredAt: null } },
    ]);
    expect(ctx.lines.map((l) => l.id)).not.toContain(ID.oldCar);

    // The file once the changes are applied: nothing more for the withheld records.
    records.Contact = records.Contact.map((r) => (r.id === ID.oldCar ? { ...r, autoCibleScore: null, autoCibleScoreGrade: '', autoCibleScoredAt: null } : r));
    const next = collector();
    const second = await runScoreJob(fileInput(new FileSource(new JsonlReader(await jsonl(records))), next), jobContext());
    expect(second).toMatchObject({ skippedRetention: 2, cleared: 0 });
    expect(next.changes.map((c) => c.id)).not.toContain(ID.oldCar);
    expect(next.changes.map((c) => c.id)).not.toContain(ID.lead);
  });

  it('counts apart an anonymised person from an export, whose erased values the catalogue would refuse', async () => {
    const records = seed();
    records.Lead = records.Lead.map((r) => ({
      ...r, lastName: null, firstName: null, emailAddress: `ERASED:${r.id}`, phoneNumber: `ERASED:${r.id}`, autoCibleRetentionStatus: 'ANONYMISED',
    }));
    const report = await runScoreJob(fileInput(new FileSource(new JsonlReader(await jsonl(records))), collector()), jobContext());
    expect(report).toMatchObject({ skippedRetention: 1, cleared: 0 });
    expect(report.badRecords.filter((bad) => bad.entityType === 'Lead')).toEqual([]);
  });

  it('counts apart an anonymised row of a CSV export too, and still rejects a bad row of a person it keeps', async () => {
    const dir = await scoreCsvDir(undefined, {
      'contacts.csv': [
        'id,lastName,emailAddress,accountId,autoCibleRetentionStatus',
        `${ID.lease},,ERASED:${ID.lease},,ANONYMISED`,
        `${ID.driver},Petit,pas-une-adresse,${ID.fleet},`,
      ],
    });
    const report = await runScoreJob(fileInput(new FileSource(new CsvDirReader(dir)), collector()), jobContext());
    expect(report).toMatchObject({ skippedRetention: 1, perType: { Contact: 0 } });
    expect(report.badRecords.filter((bad) => bad.entityType === 'Contact')).toEqual([expect.objectContaining({ line: 3, field: 'emailAddress' })]);
  });

  it('reads the retention status column of a CSV directory', async () => {
    const dir = await scoreCsvDir(undefined, {
      'contacts.csv': [`${SCORE_CSV['contacts.csv'][0]},autoCibleRetentionStatus,autoCibleScore`, `${SCORE_CSV['contacts.csv'][1]},ANONYMISE,55`, `${SCORE_CSV['contacts.csv'][2]},KEEP,`],
      'leads.csv': [`${SCORE_CSV['leads.csv'][0]},autoCibleRetentionStatus`, `${SCORE_CSV['leads.csv'][1]},ANONYMISED`],
    });
    const target = collector();
    const report = await runScoreJob(fileInput(new FileSource(new CsvDirReader(dir)), target), jobContext());
    expect(report).toMatchObject({ scored: 2, skippedRetention: 2, cleared: 1, perType: { Contact: 1, Lead: 0, Account: 1 } });
    expect(target.changes.find((c) => c.id === ID.lease)).toEqual({ entityType: 'Contact', id: ID.lease, changed: { autoCibleScore: null } });
    expect(target.changes.map((c) => c.id)).not.toContain(ID.lead);
  });
});

describe('score summary and retention status', () => {
  const report = (over: Partial<ScoreReport>): ScoreReport => ({
    scored: 3, grades: { A: 1, B: 1, C: 1, D: 0 }, topReasons: [], reach: { persons: 0, eligible: { email: 0, sms: 0, phone: 0, postal: 0 }, gradeA: { persons: 0, eligible: { email: 0, sms: 0, phone: 0, postal: 0 } } },
    mode: 'full', today: TODAY, dryRun: false, since: null, written: 4, unchanged: 0, errors: 0, unwritten: 0, badRecords: [],
    skippedRetention: 2, cleared: 1, interrupted: false, resumed: false, modelChange: null, perType: { Contact: 2, Lead: 0, Account: 1 }, ...over,
  });

  it('says how many persons retention left unscored, in French and English, only when there are some', () => {
    expect(renderScoreSummary(report({}), 'en')).toContain('Not scored (retention: due for anonymisation or anonymised): 2; score cleared: 1');
    expect(renderScoreSummary(report({}), 'fr')).toContain('Non calculés (conservation : à anonymiser ou déjà anonymisés) : 2 ; score effacé : 1');
    expect(renderScoreSummary(report({ dryRun: true }), 'en')).toContain('Not scored (retention: due for anonymisation or anonymised): 2; score to clear: 1');
    expect(renderScoreSummary(report({ cleared: 0 }), 'fr')).toContain('Non calculés (conservation : à anonymiser ou déjà anonymisés) : 2');
    expect(renderScoreSummary(report({ skippedRetention: 0, cleared: 0 }), 'en').join('\n')).not.toContain('retention');
  });

  it('prints the line from `autocible score`, and no --json line for the withheld records', async () => {
    const cwd = await tempDir();
    const records = withheldSeed();
    records.Contact = records.Contact.map((r) => (r.id === ID.oldCar ? { ...r, autoCibleScore: 40 } : r));
    records.Lead = records.Lead.map((r) => ({ ...r, autoCibleScore: 40 }));
    const path = await jsonl(records);
    const en = await runScore(['--input', path, '--today', TODAY, '--json'], { cwd });
    expect(en.exitCode).toBe(0);
    expect(en.stderr).toContain('Not scored (retention: due for anonymisation or anonymised): 2; score to clear: 1');
    const ids = en.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toHaveLength(3);
    expect(ids).not.toContain(ID.oldCar);
    expect(ids).not.toContain(ID.lead);
    const fr = await runScore(['--input', path, '--today', TODAY, '--out', join(cwd, 'changes.jsonl')], { cwd, lang: 'fr' });
    expect(fr.stdout).toContain('Non calculés (conservation : à anonymiser ou déjà anonymisés) : 2 ; score effacé : 1');
  });
});
