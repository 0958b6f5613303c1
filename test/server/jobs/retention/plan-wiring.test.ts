import { describe, expect, it } from 'vitest';
import type { RetentionPlan } from '../../../../src/core/retention';
import { MemoryGateway } from '../../../../src/server/espo';
import { runRetentionApply, runRetentionPlan } from '../../../../src/server/jobs/retention';
import { jobContext } from './context';
import { CountingGateway } from './counting-gateway';

const row = (emailAddress: string, primary: boolean) => ({ emailAddress, lower: emailAddress.toLowerCase(), primary, optOut: false, invalid: false });

describe('retention plan reads every address of the people it would not keep', () => {
  const lison = {
    id: 'c1', lastName: 'Marchal', createdAt: '2022-01-10 09:00:00', autoCibleLifecycleStage: 'PROSPECT', emailAddress: 'lison.pro@exemple.fr',
    emailAddressData: [row('lison.pro@exemple.fr', true), row('lison.perso@exemple.fr', false)],
  };
  const recent = { id: 'c2', lastName: 'Récent', createdAt: '2026-01-10 09:00:00', emailAddress: 'recent@exemple.fr', emailAddressData: [row('recent@exemple.fr', true), row('recent.bis@exemple.fr', false)] };
  const email = { id: 'e1', name: 'Devis Clio', status: 'Archived', from: 'lison.perso@exemple.fr', dateSent: '2026-05-20 09:30:00' };

  it('keeps a prospect who wrote from a secondary address, and reads no whole record of anyone kept', async () => {
    const gateway = new CountingGateway({ records: { Contact: [lison, recent], Email: [email] } });
    const plans: RetentionPlan[] = [];
    const report = await runRetentionPlan({ gateway, today: '2026-06-30', onPlan: (plan) => plans.push(plan) }, jobContext(true));
    expect(plans.find((plan) => plan.id === 'c1')).toMatchObject({ action: 'keep', anchorDate: '2026-05-20', anchorInput: 'inboundEmails' });
    expect(report).toMatchObject({ confirmed: 1, readAgain: 1 });
    expect(gateway.reads.filter((read) => read.startsWith('get '))).toEqual(['get Contact/c1']);
  });
});

describe('the dealership’s time zone', () => {
  // Wrote at 00:30 in Paris on 6 March 2023 (23:30 UTC on the 5th).
  const lead = { id: 'l1', lastName: 'Minuit', createdAt: '2021-01-01 10:00:00', emailAddress: 'minuit@exemple.fr' };
  const email = { id: 'e1', name: 'Question', status: 'Archived', from: 'minuit@exemple.fr', dateSent: '2023-03-05 23:30:00' };
  const gateway = () => new MemoryGateway({ records: { Lead: [lead], Email: [email] } });

  it('dates the plan’s datetimes in Europe/Paris by default, in the time zone given otherwise', async () => {
    const plans: RetentionPlan[] = [];
    await runRetentionPlan({ gateway: gateway(), today: '2026-03-05', onPlan: (plan) => plans.push(plan) }, jobContext(true));
    await runRetentionPlan({ gateway: gateway(), today: '2026-03-05', timeZone: 'UTC', onPlan: (plan) => plans.push(plan) }, jobContext(true));
    expect(plans.map(({ anchorDate, action }) => ({ anchorDate, action }))).toEqual([
      { anchorDate: '2023-03-06', action: 'repermission' },
      { anchorDate: '2023-03-05', action: 'anonymise' },
    ]);
  });

  it('is the calendar of apply too', async () => {
    const apply = (timeZone?: string) => runRetentionApply({
      gateway: gateway(), today: '2026-03-05', hash: () => '', actor: { apiUserId: null, osUser: 't' }, runId: 'r', ...(timeZone === undefined ? {} : { timeZone }),
    }, jobContext(true));
    expect((await apply()).counts.wouldAnonymise).toBe(0);
    expect((await apply('UTC')).counts.wouldAnonymise).toBe(1);
  });
});
