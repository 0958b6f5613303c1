import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODELS } from '../../../../src/core/scoring';
import { MemoryGateway } from '../../../../src/server/espo';
import { GatewaySource, runScoreJob } from '../../../../src/server/jobs/score';
import type { ScoreLine } from '../../../../src/server/jobs/score';
import { ID, jobContext, seed, T0, TODAY } from './fixtures';
import type { Seed } from './fixtures';

const EMAIL_OPT_IN = {
  autoCibleConsentEmailStatus: 'OPT_IN', autoCibleConsentEmailDate: '2024-05-02', autoCibleConsentEmailSource: 'FORMULAIRE',
  autoCibleConsentEmailProof: 'case cochée, formulaire essai',
};

async function linesOf(data: Seed): Promise<{ lines: ScoreLine[]; report: Awaited<ReturnType<typeof runScoreJob>> }> {
  const gateway = new MemoryGateway({ records: data, now: () => T0 });
  const ctx = jobContext({ dryRun: true });
  const report = await runScoreJob({ source: new GatewaySource(gateway, 'memory:channels'), target: gateway, models: DEFAULT_MODELS, today: TODAY, mode: 'full' }, ctx);
  return { lines: ctx.lines, report };
}

function withContact(id: string, extra: Record<string, unknown>): Seed {
  const data = seed();
  return { ...data, Contact: data.Contact.map((c) => (c.id === id ? { ...c, ...extra } : c)) };
}

const lineOf = (lines: readonly ScoreLine[], id: string): ScoreLine | undefined => lines.find((line) => line.id === id);

describe('channels beside the score', () => {
  it('reports each channel of a person from consent and EspoCRM opt-out flags', async () => {
    const { lines } = await linesOf(withContact(ID.lease, { ...EMAIL_OPT_IN, phoneNumberIsOptedOut: true }));
    expect(lineOf(lines, ID.lease)?.channels).toEqual({
      email: { eligible: true, ruleId: 'B2C_ELECTRONIC_OPT_IN' },
      sms: { eligible: false, ruleId: 'HOST_PHONE_OPTED_OUT' },
      phone: { eligible: false, ruleId: 'HOST_PHONE_OPTED_OUT' },
      postal: { eligible: true, ruleId: 'POSTAL_ALLOWED' },
    });
  });

  it('counts a running lease for calls to a private customer without consent (contrat en cours)', async () => {
    // The lease car's contract ends on 2025-05-20, after the run's day; from 2026-08-11 only such a contract allows the call.
    const gateway = new MemoryGateway({ records: seed(), now: () => T0 });
    const ctx = jobContext({ dryRun: true });
    await runScoreJob({ source: new GatewaySource(gateway, 'memory:channels'), target: gateway, models: DEFAULT_MODELS, today: '2026-08-11', mode: 'full' }, ctx);
    expect(lineOf(ctx.lines, ID.lease)?.channels?.phone).toEqual({ eligible: false, ruleId: 'B2C_PHONE_NO_CONSENT' });
    const running = withContact(ID.lease, {});
    running.AutoCibleVehicle = running.AutoCibleVehicle.map((v) => (v.id === ID.leaseCar ? { ...v, financingEndDate: '2027-01-31' } : v));
    const again = jobContext({ dryRun: true });
    await runScoreJob({ source: new GatewaySource(new MemoryGateway({ records: running, now: () => T0 }), 'memory:channels'), target: gateway, models: DEFAULT_MODELS, today: '2026-08-11', mode: 'full' }, again);
    expect(lineOf(again.lines, ID.lease)?.channels?.phone).toEqual({ eligible: true, ruleId: 'B2C_PHONE_CONTRACT' });
  });

  it('reports no channel for an account, and never assesses an unreadable history while still scoring the person', async () => {
    const { lines } = await linesOf(withContact(ID.oldCar, { autoCibleConsentHistory: '{not json' }));
    expect(lineOf(lines, ID.fleet)?.channels).toBeNull();
    const person = lineOf(lines, ID.oldCar);
    expect(person?.score).toEqual(expect.any(Number));
    expect(Object.values(person?.channels ?? {}).map((a) => a.ruleId)).toEqual(Array(4).fill('CONSENT_HISTORY_INVALID'));
    expect(Object.values(person?.channels ?? {}).some((a) => a.eligible)).toBe(false);
  });

  it('counts the people reachable on each channel, overall and among grade A', async () => {
    const { report, lines } = await linesOf(withContact(ID.lease, EMAIL_OPT_IN));
    const persons = lines.filter((line) => line.channels !== null);
    expect(report.reach.persons).toBe(persons.length);
    expect(report.reach.eligible.email).toBe(persons.filter((line) => line.channels?.email.eligible === true).length);
    expect(report.reach.eligible.email).toBeGreaterThan(0);
    expect(report.reach.gradeA.persons).toBe(persons.filter((line) => line.grade === 'A').length);
  });

  it('never lets consent or opt-outs move the score, the grade or the reasons', async () => {
    const { lines: plain } = await linesOf(seed());
    const status = fc.constantFrom('OPT_IN', 'SOFT_OPT_IN', 'OPT_OUT', 'UNKNOWN', null);
    await fc.assert(fc.asyncProperty(status, status, fc.boolean(), fc.boolean(), async (email, phone, optedOut, doNotCall) => {
      const { lines } = await linesOf(withContact(ID.lease, {
        autoCibleConsentEmailStatus: email, autoCibleConsentEmailDate: '2024-05-02', autoCibleConsentEmailSource: 'FORMULAIRE', autoCibleConsentEmailProof: 'preuve',
        autoCibleConsentPhoneStatus: phone, autoCibleConsentPhoneDate: '2024-05-02', autoCibleConsentPhoneSource: 'TELEPHONE', autoCibleConsentPhoneProof: 'appel',
        emailAddressIsOptedOut: optedOut, doNotCall,
      }));
      const strip = (line: ScoreLine | undefined) => (line === undefined ? undefined : { score: line.score, fit: line.fit, engagement: line.engagement, grade: line.grade, reasons: line.reasons, top: line.top });
      expect(strip(lineOf(lines, ID.lease))).toEqual(strip(lineOf(plain, ID.lease)));
    }), { numRuns: 25 });
  });
});
