import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderDeriveSummary } from '../../../../src/server/cli/commands/derive-messages';
import { isEspoHttpError } from '../../../../src/server/espo';
import { runDeriveJob } from '../../../../src/server/jobs/derive';
import type { DeriveJobInput } from '../../../../src/server/jobs/derive';
import { forbidden } from '../../../msw/fake-espo/responses';
import { useMswServer } from '../../../msw/server';
import { rejectionOf } from '../../espo/helpers';
import { deriveContext, deriveHarness, EXPECTED_CHANGES, ID, PERSONAL, seedVehicles, TODAY } from './fixtures';
import type { HarnessOptions } from './fixtures';

const server = useMswServer();

function setup(options: HarnessOptions = {}) {
  const harness = deriveHarness(server, options);
  const input: DeriveJobInput = { source: harness.source, target: harness.gateway, today: TODAY };
  const run = async (overrides: Partial<DeriveJobInput> = {}, ctx = deriveContext()) => ({ report: await runDeriveJob({ ...input, ...overrides }, ctx), ctx });
  return { ...harness, run };
}

const ALL_IDS = Object.values(ID);
const WRITTEN_IDS = Object.keys(EXPECTED_CHANGES);

describe('the derive job against the fake EspoCRM', () => {
  it('writes only the fields that differ, one PATCH per vehicle with a change, in id order', async () => {
    const harness = setup();
    const { report, ctx } = await harness.run();
    expect(report).toMatchObject({
      read: 8, written: 5, unchanged: 2, errors: 1, interrupted: false,
      changedFields: { category: 3, energyFamily: 2, nextCtDueDate: 3 },
    });
    expect(harness.updates()).toEqual(WRITTEN_IDS.map((id) => ({ id, attributes: EXPECTED_CHANGES[id] })));
    expect(harness.patches()).toBe(5);
    expect(ctx.lines.map((line) => line.id)).toEqual(ALL_IDS.filter((id) => id !== ID.badMec));
    for (const line of ctx.lines) expect(line.changes, line.id).toEqual(EXPECTED_CHANGES[line.id] ?? {});
    expect(harness.stored(ID.fresh)).toEqual({ category: 'VP', energyFamily: 'DIESEL', nextCtDueDate: '2026-03-15' });
  });

  it('never empties a field: a missing source, or a category with another CT rule, keeps what is stored', async () => {
    const harness = setup();
    const { report } = await harness.run();
    expect(harness.stored(ID.imported)).toEqual({ category: 'VP', energyFamily: 'ESSENCE', nextCtDueDate: '2027-05-05' });
    expect(harness.stored(ID.truck)).toEqual({ category: 'PL', energyFamily: null, nextCtDueDate: '2026-02-01' });
    expect(harness.stored(ID.motorbike)).toEqual({ category: '2RM', energyFamily: 'ESSENCE', nextCtDueDate: null });
    for (const update of harness.updates()) {
      for (const value of Object.values(update.attributes)) expect(typeof value === 'string' && value !== '', update.id).toBe(true);
    }
    // Of the 7 readable vehicles: no genre (imported, motorbike, unknown), no P.3 code (imported, truck, ordered,
    // unknown), no MEC or another CT rule (imported, truck, motorbike).
    expect(report.notDerived).toEqual({ category: 3, energyFamily: 4, nextCtDueDate: 3 });
  });

  it('writes nothing at all on a second run; the next CT alone moves with the calendar', async () => {
    const harness = setup();
    await harness.run();
    const patches = harness.patches();
    const second = await harness.run();
    expect(harness.patches()).toBe(patches);
    expect(second.report).toMatchObject({ written: 0, unchanged: 7, errors: 1, changedFields: {} });
    expect(second.ctx.lines.every((line) => Object.keys(line.changes).length === 0)).toBe(true);
    // Past the 6-year deadline of 2026-03-15: the 8-year one, nothing else.
    const later = await harness.run({ today: '2026-04-01' });
    expect(later.report).toMatchObject({ written: 1, changedFields: { nextCtDueDate: 1 } });
    expect(harness.updates().at(-1)).toEqual({ id: ID.fresh, attributes: { nextCtDueDate: '2028-03-15' } });
  });

  it('reports a vehicle whose MEC is no date by type, id, field and code, skips it, and never prints its plate or VIN', async () => {
    const harness = setup();
    const { report, ctx } = await harness.run();
    expect(report.badRecords).toEqual([{ entityType: 'AutoCibleVehicle', id: ID.badMec, stage: 'source', reason: 'DERIVE_SOURCE_INVALID', fields: ['mecDate'] }]);
    expect(harness.updates().map((u) => u.id)).not.toContain(ID.badMec);
    expect(harness.stored(ID.badMec)).toEqual({ category: null, energyFamily: null, nextCtDueDate: null });
    const printed = [JSON.stringify(report), JSON.stringify(ctx.lines), ...(['fr', 'en'] as const).flatMap((lang) => renderDeriveSummary(report, lang, true))].join('\n');
    expect(printed).toContain(`AutoCibleVehicle ${ID.badMec} : DERIVE_SOURCE_INVALID (mecDate)`);
    for (const value of [...Object.values(PERSONAL), '2023-02-30']) expect(printed).not.toContain(value);
  });

  it('reports an unknown genre or P.3 code, or a value that is not text, rather than guessing AUTRE', async () => {
    const harness = setup({
      vehicles: [
        { id: 'v0000000000000001', genre: 'XX', energyCode: 'GO', category: 'VP' },
        { id: 'v0000000000000002', genre: 'VP', energyCode: 42 },
        { id: 'v0000000000000003', genre: 'vp', energyCode: ' go ' },
      ],
    });
    const { report } = await harness.run();
    expect(report.badRecords.map((b) => [b.id, b.fields])).toEqual([['v0000000000000001', ['genre']], ['v0000000000000002', ['energyCode']]]);
    expect(harness.stored('v0000000000000001').category).toBe('VP');
    // Codes are read as the catalogue's look-ups read them: case and blanks aside.
    expect(harness.updates()).toEqual([{ id: 'v0000000000000003', attributes: { category: 'VP', energyFamily: 'DIESEL' } }]);
  });

  it('reports a write EspoCRM answered without storing (field-level security), and goes on', async () => {
    const harness = setup({ fieldAcl: { AutoCibleVehicle: { nextCtDueDate: { edit: 'no' } } } });
    const { report } = await harness.run();
    expect(report).toMatchObject({ read: 8, written: 2, errors: 4 });
    expect(report.badRecords.filter((b) => b.stage === 'write').map((b) => [b.id, b.reason, b.fields])).toEqual([
      [ID.fresh, 'ESPO_FIELDS_NOT_STORED', ['nextCtDueDate']],
      [ID.ordered, 'ESPO_FIELDS_NOT_STORED', ['nextCtDueDate']],
      [ID.unknown, 'ESPO_FIELDS_NOT_STORED', ['nextCtDueDate']],
    ]);
  });

  it('reports a write EspoCRM refuses with 403 by id, code and status, and goes on', async () => {
    const harness = setup();
    server.use(http.patch(`${harness.fake.apiUrl}AutoCibleVehicle/${ID.truck}`, () => forbidden('No edit access.')));
    const { report } = await harness.run();
    expect(report).toMatchObject({ written: 4, errors: 2 });
    expect(report.badRecords).toContainEqual({ entityType: 'AutoCibleVehicle', id: ID.truck, stage: 'write', reason: 'ESPO_HTTP_ERROR', status: 403 });
    expect(renderDeriveSummary(report, 'en', true)).toContain(`  AutoCibleVehicle ${ID.truck}: ESPO_HTTP_ERROR (HTTP 403) — write refused or failed`);
  });

  it('stops the run when no write is allowed at all (a role without edit on AutoCibleVehicle)', async () => {
    const harness = setup();
    server.use(http.patch(`${harness.fake.apiUrl}AutoCibleVehicle/:id`, () => forbidden('No edit access.')));
    const error = await rejectionOf(harness.run());
    expect(isEspoHttpError(error) && error.status).toBe(403);
  });

  it('stops the run when EspoCRM refuses the key: every vehicle would fail alike', async () => {
    const harness = setup();
    server.use(http.patch(`${harness.fake.apiUrl}AutoCibleVehicle/${ID.truck}`, () => new Response(null, { status: 401 })));
    const error = await rejectionOf(harness.run());
    expect(isEspoHttpError(error) && error.status).toBe(401);
  });

  it('derives and counts in a dry run, and writes nothing', async () => {
    const harness = setup();
    const { report, ctx } = await harness.run({}, deriveContext({ dryRun: true }));
    expect(harness.patches()).toBe(0);
    expect(report).toMatchObject({ dryRun: true, written: 5, unchanged: 2, errors: 1, changedFields: { category: 3, energyFamily: 2, nextCtDueDate: 3 } });
    expect(ctx.lines.find((l) => l.id === ID.fresh)?.changes).toEqual(EXPECTED_CHANGES[ID.fresh]);
    expect(harness.stored(ID.fresh)).toEqual({ category: null, energyFamily: null, nextCtDueDate: null });
  });

  it('stops after the batch under way when interrupted; a rerun writes the rest and nothing twice', async () => {
    const harness = setup();
    const first = await harness.run({ batchSize: 2 }, deriveContext({ abortAfter: 1 }));
    expect(first.report).toMatchObject({ interrupted: true, read: 2, written: 1, unchanged: 1 });
    expect(harness.updates().map((u) => u.id)).toEqual([ID.fresh]);
    const second = await harness.run();
    expect(second.report).toMatchObject({ interrupted: false, read: 8, written: 4, unchanged: 3, errors: 1 });
    expect(harness.updates().map((u) => u.id)).toEqual(WRITTEN_IDS);
  });

  it('lists 200 vehicles a page in id order and reads every one of them', async () => {
    const many = Array.from({ length: 450 }, (_, i) => ({ id: `w${String(i).padStart(16, '0')}`, genre: 'VP', mecDate: '2024-05-01' }));
    const harness = setup({ vehicles: [...seedVehicles(), ...many] });
    const { report } = await harness.run();
    expect(report).toMatchObject({ read: 458, written: 455 });
    const lists = harness.fake.requests.filter((r) => r.method === 'GET' && r.path === 'AutoCibleVehicle');
    expect(lists.map((r) => new URLSearchParams(r.search).get('maxSize'))).toEqual(['200', '200', '200']);
  });
});
