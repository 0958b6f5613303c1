import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderVmcSummary } from '../../../../src/server/cli/commands/vmc-messages';
import { isEspoHttpError } from '../../../../src/server/espo';
import { runVmcJob, VMC_COMPUTED_AT_ATTRIBUTE, VMC_VALUE_ATTRIBUTES } from '../../../../src/server/jobs/vmc';
import type { VmcJobInput } from '../../../../src/server/jobs/vmc';
import { forbidden } from '../../../msw/fake-espo/responses';
import { useMswServer } from '../../../msw/server';
import { rejectionOf } from '../../espo/helpers';
import { EXPECTED, ID, PERSONAL_NAME, TODAY, vmcContext, vmcHarness } from './fixtures';
import type { HarnessOptions } from './fixtures';

const server = useMswServer();

const VMC_ATTRIBUTES = [...Object.values(VMC_VALUE_ATTRIBUTES), VMC_COMPUTED_AT_ATTRIBUTE];

function setup(options: HarnessOptions = {}) {
  const harness = vmcHarness(server, options);
  const input: VmcJobInput = { source: harness.source, target: harness.gateway, today: TODAY };
  const run = async (overrides: Partial<VmcJobInput> = {}, ctx = vmcContext()) => ({ report: await runVmcJob({ ...input, ...overrides }, ctx), ctx });
  return { ...harness, run };
}

const stored = (harness: ReturnType<typeof setup>, entityType: 'Contact' | 'Account', id: string) => {
  const record: Readonly<Record<string, unknown>> = harness.fake.store.find(entityType, id) ?? {};
  return Object.fromEntries(Object.entries(VMC_VALUE_ATTRIBUTES).map(([name, attribute]) => [name, record[attribute]]));
};

describe('the vmc job against the fake EspoCRM', () => {
  it('writes the four values of every contact and account, with the panel’s customer kinds, and the computed-at', async () => {
    const harness = setup();
    const { report, ctx } = await harness.run();
    expect(report).toMatchObject({ read: { Contact: 3, Account: 2 }, written: 5, unchanged: 0, errors: 0, interrupted: false });
    for (const id of [ID.private, ID.pro, ID.noKind]) expect(stored(harness, 'Contact', id), id).toEqual(EXPECTED[id]);
    for (const id of [ID.fleet, ID.lone]) expect(stored(harness, 'Account', id), id).toEqual(EXPECTED[id]);
    expect(harness.fake.store.find('Contact', ID.private)?.[VMC_COMPUTED_AT_ATTRIBUTE]).toBe('2026-01-01 07:00:00');
    // Only the VMC fields are ever sent.
    for (const update of harness.updates()) expect(Object.keys(update.attributes).sort()).toEqual([...VMC_ATTRIBUTES].sort());
    expect(ctx.lines.map((l) => `${l.entityType} ${l.id}`)).toEqual([
      `Contact ${ID.private}`, `Contact ${ID.pro}`, `Contact ${ID.noKind}`, `Account ${ID.fleet}`, `Account ${ID.lone}`,
    ]);
  });

  it('dates each batch with the UTC day and time of its write when stamped by the clock, across midnight UTC', async () => {
    const harness = setup();
    // 23:59:30 UTC until the first write, then 00:00:30 the next day: the second batch is written after midnight UTC.
    const now = () => (harness.patches() === 0 ? new Date('2025-12-31T23:59:30Z') : new Date('2026-01-01T00:00:30Z'));
    await harness.run({ stampedByClock: true, batchSize: 2 }, vmcContext({ now }));
    expect(harness.fake.store.find('Contact', ID.private)?.[VMC_COMPUTED_AT_ATTRIBUTE]).toBe('2025-12-31 23:59:30');
    expect(harness.fake.store.find('Account', ID.lone)?.[VMC_COMPUTED_AT_ATTRIBUTE]).toBe('2026-01-01 00:00:30');
  });

  it('writes nothing at all on a second run, and only the fields that changed after an edit', async () => {
    const harness = setup();
    await harness.run();
    const patches = harness.patches();
    const second = await harness.run();
    expect(harness.patches()).toBe(patches);
    expect(second.report).toMatchObject({ written: 0, unchanged: 5, changedFields: {} });
    expect(second.ctx.lines.every((line) => line.changed.length === 0)).toBe(true);
    // Someone typed over one value: that value alone comes back, with the computed-at.
    const record = harness.fake.store.find('Account', ID.lone);
    if (record !== undefined) record.autoCibleVmcNette = 1;
    const third = await harness.run();
    expect(third.report).toMatchObject({ written: 1, unchanged: 4 });
    expect(harness.updates().at(-1)).toEqual({ id: ID.lone, attributes: { autoCibleVmcNette: 47_600, [VMC_COMPUTED_AT_ATTRIBUTE]: '2026-01-01 07:00:00' } });
  });

  it('takes the admin’s defaults from Settings, read once, rates typed as percentages', async () => {
    // 50 % retention for private customers: 5 000 + 10 000 × 0.5 × 5 = 30 000.
    const harness = setup({ settings: { autoCibleVmcParticulierRetentionRate: 50 } });
    await harness.run();
    expect(stored(harness, 'Contact', ID.private).vmcBrute).toBe(30_000);
    expect(stored(harness, 'Contact', ID.pro)).toEqual(EXPECTED[ID.pro]);
    expect(harness.fake.requests.filter((r) => r.path === 'Settings')).toHaveLength(1);
  });

  it('empties a value an impossible default makes impossible, and keeps the others (the panel’s n/a)', async () => {
    const harness = setup();
    await harness.run();
    Object.assign(harness.fake.store.settings, { autoCibleVmcProfessionnelConversionRate: 0 });
    const { report, ctx } = await harness.run();
    expect(stored(harness, 'Account', ID.lone)).toEqual({ vmcBrute: 48_800, vmcNette: null, vmcMarge: 3_904, vmcNetteMarge: null });
    expect(stored(harness, 'Contact', ID.private)).toEqual(EXPECTED[ID.private]);
    expect(harness.updates().at(-1)?.attributes).toEqual({ autoCibleVmcNette: null, autoCibleVmcNetteMarge: null, [VMC_COMPUTED_AT_ATTRIBUTE]: '2026-01-01 07:00:00' });
    expect(ctx.lines.find((l) => l.id === ID.pro)?.invalidInputs).toEqual(['conversionRate']);
    expect(report).toMatchObject({ withInvalidInputs: 3, invalidInputs: { conversionRate: 3 }, written: 3 });
  });

  it('reports a record whose opportunities it may not read by type, id and code, skips it, and goes on', async () => {
    const harness = setup();
    server.use(http.get(`${harness.fake.apiUrl}Contact/${ID.private}/opportunities`, () => forbidden('No read access.')));
    const { report } = await harness.run();
    expect(report).toMatchObject({ read: { Contact: 3, Account: 2 }, written: 4, errors: 1 });
    expect(report.badRecords).toEqual([{ entityType: 'Contact', id: ID.private, stage: 'history', reason: 'ESPO_HTTP_ERROR', status: 403 }]);
    expect(stored(harness, 'Contact', ID.private)).toEqual({ vmcBrute: null, vmcNette: null, vmcMarge: null, vmcNetteMarge: null });
    expect(harness.updates().map((u) => u.id)).not.toContain(ID.private);
    for (const lang of ['fr', 'en'] as const) {
      const text = renderVmcSummary(report, lang, true).join('\n');
      expect(text).toContain(`Contact ${ID.private}`);
      expect(text).toContain('ESPO_HTTP_ERROR (HTTP 403)');
      expect(text).not.toContain(PERSONAL_NAME);
    }
  });

  it('reports a write EspoCRM answered without storing (field-level security), and goes on', async () => {
    const harness = setup({ fieldAcl: { Account: { autoCibleVmcBrute: { edit: 'no' } } } });
    const { report } = await harness.run();
    expect(report).toMatchObject({ written: 3, errors: 2 });
    expect(report.badRecords.map((b) => [b.entityType, b.id, b.stage, b.reason, b.fields])).toEqual([
      ['Account', ID.fleet, 'write', 'ESPO_FIELDS_NOT_STORED', ['autoCibleVmcBrute']],
      ['Account', ID.lone, 'write', 'ESPO_FIELDS_NOT_STORED', ['autoCibleVmcBrute']],
    ]);
  });

  it('stops the run when no won opportunities can be read at all (a role without read on Opportunity)', async () => {
    const harness = setup();
    server.use(
      http.get(`${harness.fake.apiUrl}Contact/:id/opportunities`, () => forbidden('No read access.')),
      http.get(`${harness.fake.apiUrl}Opportunity`, () => forbidden('No read access.')),
    );
    const error = await rejectionOf(harness.run());
    expect(isEspoHttpError(error) && error.status).toBe(403);
    expect(harness.patches()).toBe(0);
  });

  it('stops the run when no write is allowed at all (a role without edit on Contact), but not for one record refused', async () => {
    const harness = setup();
    server.use(http.patch(`${harness.fake.apiUrl}Contact/:id`, () => forbidden('No edit access.')));
    const error = await rejectionOf(harness.run());
    expect(isEspoHttpError(error) && error.status).toBe(403);
    const once = setup();
    server.use(http.patch(`${once.fake.apiUrl}Account/${ID.lone}`, () => forbidden('No edit access.')));
    const { report } = await once.run();
    expect(report).toMatchObject({ written: 4, errors: 1 });
  });

  it('stops the run when EspoCRM refuses the key: every record would fail alike', async () => {
    const harness = setup();
    server.use(http.get(`${harness.fake.apiUrl}Contact/${ID.pro}/opportunities`, () => new Response(null, { status: 401 })));
    const error = await rejectionOf(harness.run());
    expect(isEspoHttpError(error) && error.status).toBe(401);
  });

  it('computes and counts in a dry run, and writes nothing', async () => {
    const harness = setup();
    const { report, ctx } = await harness.run({}, vmcContext({ dryRun: true }));
    expect(harness.patches()).toBe(0);
    expect(report).toMatchObject({ dryRun: true, written: 5, changedFields: { autoCibleVmcBrute: 5, [VMC_COMPUTED_AT_ATTRIBUTE]: 5 } });
    expect(ctx.lines.find((l) => l.id === ID.fleet)).toMatchObject({ ...EXPECTED[ID.fleet], changed: VMC_ATTRIBUTES });
  });

  it('stops after the batch under way when interrupted; a rerun writes the rest and nothing twice', async () => {
    const harness = setup();
    const first = await harness.run({ batchSize: 2 }, vmcContext({ abortAfter: 1 }));
    expect(first.report).toMatchObject({ interrupted: true, written: 2, read: { Contact: 2, Account: 0 } });
    expect(harness.updates().map((u) => u.id)).toEqual([ID.private, ID.pro]);
    const second = await harness.run();
    expect(second.report).toMatchObject({ interrupted: false, written: 3, unchanged: 2 });
    expect(harness.updates().map((u) => u.id)).toEqual([ID.private, ID.pro, ID.noKind, ID.fleet, ID.lone]);
  });

  it('reads the latest 50 on an installation whose list limit is 50, as the panel does', async () => {
    const harness = setup({ recordListMaxSizeLimit: 50 });
    const { report } = await harness.run();
    expect(report).toMatchObject({ written: 5, errors: 0 });
    // The client learns the limit from the first refusal (the contact list's) and asks every later page with it.
    const size = (r: { search: string }) => Number(new URLSearchParams(r.search).get('maxSize'));
    expect(harness.fake.requests.filter((r) => size(r) > 50)).toHaveLength(1);
    const histories = harness.fake.requests.filter((r) => r.path === 'Opportunity' || r.path.endsWith('/opportunities'));
    expect(histories.map(size)).toEqual([50, 50, 50, 50, 50]);
    expect(stored(harness, 'Contact', ID.private)).toEqual(EXPECTED[ID.private]);
  });
});
