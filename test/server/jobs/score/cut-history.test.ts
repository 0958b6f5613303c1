/**
 * The channels beside the score read the consent history from the list pages the score job reads, where EspoCRM
 * cuts text fields to `maxSelectTextAttributeLengthForList` characters: a longer history is read whole first.
 */
import { describe, expect, it, vi } from 'vitest';
import { consentToFields, serialiseConsentHistory } from '../../../../src/core/consent';
import type { ConsentEvent } from '../../../../src/core/consent';
import { DEFAULT_MODELS } from '../../../../src/core/scoring';
import { MemoryGateway } from '../../../../src/server/espo';
import type { EspoGateway } from '../../../../src/server/espo';
import { ESPO_LIST_TEXT_LIMIT } from '../../../../src/server/jobs/consent/listed-person';
import { GatewaySource, runScoreJob } from '../../../../src/server/jobs/score';
import type { ScoreLine, ScoreReport } from '../../../../src/server/jobs/score';
import { useMswServer } from '../../../msw/server';
import { declareTextFields } from '../consent/text-fields';
import { restHarness } from './fake-espo';
import { ID, jobContext, seed, T0, TODAY } from './fixtures';
import type { Seed } from './fixtures';

const server = useMswServer();

/** Valid events with long proof texts, longer than the list limit once stored, then an SMS objection. */
function longHistory(): ConsentEvent[] {
  const events: ConsentEvent[] = [];
  const start = Date.UTC(2020, 0, 1);
  while (serialiseConsentHistory(events).length <= ESPO_LIST_TEXT_LIMIT) {
    const date = new Date(start + events.length * 86_400_000).toISOString().slice(0, 10);
    events.push({ channel: 'email', status: 'OPT_IN', date, source: 'FORMULAIRE', proof: `Formulaire n° ${events.length} : ${'case cochée, texte présenté à la personne. '.repeat(8)}fin.` });
  }
  events.push({ channel: 'sms', status: 'OPT_OUT', date: '2025-03-01', source: 'MAGASIN' });
  return events;
}

function withLongHistory(): Seed {
  const data = seed();
  const consent = consentToFields(longHistory(), TODAY);
  return { ...data, Contact: data.Contact.map((c) => (c.id === ID.lease ? { ...c, ...consent } : c)) };
}

async function score(gateway: EspoGateway, key: string): Promise<{ lines: ScoreLine[]; report: ScoreReport }> {
  const ctx = jobContext({ dryRun: true });
  const report = await runScoreJob({ source: new GatewaySource(gateway, key), target: gateway, models: DEFAULT_MODELS, today: TODAY, mode: 'full' }, ctx);
  return { lines: ctx.lines, report };
}

const lineOf = (lines: readonly ScoreLine[], id: string): ScoreLine | undefined => lines.find((line) => line.id === id);

describe('channels beside the score on a consent history longer than the list limit, through the REST gateway', () => {
  it('assesses the channels from the whole history, as on the memory gateway, reading that person once', async () => {
    const data = withLongHistory();
    const memory = await score(new MemoryGateway({ records: data, now: () => T0 }), 'memory:cut');
    const expected = lineOf(memory.lines, ID.lease)?.channels;
    expect(expected).toMatchObject({ email: { eligible: true, ruleId: 'B2C_ELECTRONIC_OPT_IN' }, sms: { eligible: false } });

    const harness = restHarness(server, data, () => T0);
    declareTextFields(harness.fake);
    const { lines, report } = await score(harness.gateway, `espo:${harness.fake.baseUrl}`);
    expect(lineOf(lines, ID.lease)?.channels).toEqual(expected);
    expect(lines.map((l) => [l.id, l.score, l.channels])).toEqual(memory.lines.map((l) => [l.id, l.score, l.channels]));
    expect(report.scored).toBe(memory.report.scored);
    const reads = harness.fake.requests.filter((r) => r.method === 'GET' && /^(?:Contact|Lead|Account)\/[^/]+$/u.test(r.path));
    expect(reads.map((r) => r.path)).toEqual([`Contact/${ID.lease}`]);
  });

  it('leaves out a person deleted between the list and the read of its whole history, and goes on', async () => {
    const harness = restHarness(server, withLongHistory(), () => T0);
    declareTextFields(harness.fake);
    const get = vi.spyOn(harness.gateway, 'get').mockResolvedValue(null);
    const { lines, report } = await score(harness.gateway, `espo:${harness.fake.baseUrl}`);
    expect(get.mock.calls.map(([, id]) => id)).toEqual([ID.lease]);
    expect(lineOf(lines, ID.lease)).toBeUndefined();
    expect(lineOf(lines, ID.oldCar)?.channels).not.toBeNull();
    expect(report.errors).toBe(1);
  });
});

describe('score reasons cut by a list call', () => {
  it('are read whole before they are compared: a second run over unchanged records writes nothing', async () => {
    const harness = restHarness(server, seed(), () => T0);
    declareTextFields(harness.fake);
    // An administrator's lower limit makes the shipped models' reasons (a few hundred characters) come back cut.
    harness.fake.store.settings.maxSelectTextAttributeLengthForList = 200;
    const input = { source: new GatewaySource(harness.gateway, 'espo:cut-reasons'), target: harness.gateway, models: DEFAULT_MODELS, today: TODAY, mode: 'full' as const };
    const first = await runScoreJob(input, jobContext());
    expect(first.written).toBeGreaterThan(0);
    const second = await runScoreJob(input, jobContext());
    expect(second).toMatchObject({ written: 0, errors: 1 }); // the bad record only
  });
});
