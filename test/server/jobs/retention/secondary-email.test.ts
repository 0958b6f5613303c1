import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION_POLICY } from '../../../../src/core/retention';
import type { EspoRecord } from '../../../../src/server/espo';
import { PLAN_SELECT, inboundActivity, indexedLookups, runRetentionApply } from '../../../../src/server/jobs/retention';
import type { PersonEntityType } from '../../../../src/server/jobs/retention';
import { dayOfIn } from '../../../../src/server/config/dealer-day';
import { planPerson } from '../../../../src/server/jobs/retention/plan-person';
import { jobContext } from './context';
import { CountingGateway } from './counting-gateway';

const TODAY = '2026-06-30';
const addressRow = (emailAddress: string, primary: boolean) => ({ emailAddress, lower: emailAddress.toLowerCase(), primary, optOut: false, invalid: false });
// A prospect since 2022 with two addresses; last month she wrote from her personal (secondary) one (review finding).
const lison = {
  id: 'c1', firstName: 'Lison', lastName: 'Marchal', createdAt: '2022-01-10 09:00:00', autoCibleLifecycleStage: 'PROSPECT',
  emailAddress: 'lison.pro@exemple.fr',
  emailAddressData: [addressRow('lison.pro@exemple.fr', true), addressRow('lison.perso@exemple.fr', false)],
};
const fromSecondary = { id: 'e1', name: 'Devis Clio', status: 'Archived', from: 'lison.perso@exemple.fr', dateSent: '2026-05-20 09:30:00' };
// A lead with a second address it never wrote from: nothing keeps it.
const silent = {
  id: 'l1', lastName: 'Silence', createdAt: '2022-01-10 09:00:00', emailAddress: 'silence@exemple.fr',
  emailAddressData: [addressRow('silence@exemple.fr', true), addressRow('silence.bis@exemple.fr', false), addressRow('ERASED:6d0000000000000aa', false)],
};
// A contact who wrote last week from the primary address: kept by the first plan.
const recent = { id: 'c2', lastName: 'Récent', createdAt: '2022-01-10 09:00:00', emailAddress: 'recent@exemple.fr', emailAddressData: [addressRow('recent@exemple.fr', true), addressRow('recent.bis@exemple.fr', false)] };
const fromRecent = { id: 'e2', name: 'RDV', status: 'Archived', from: 'recent@exemple.fr', dateSent: '2026-06-20 09:30:00' };

function population(): CountingGateway {
  return new CountingGateway({ records: { Contact: [lison, recent], Lead: [silent], Email: [fromSecondary, fromRecent] } });
}

/** The person as `retention plan` lists it: primary address only. */
async function listed(gateway: CountingGateway, entityType: PersonEntityType, id: string): Promise<EspoRecord> {
  for await (const record of gateway.iterate(entityType, { select: PLAN_SELECT })) if (record.id === id) return record;
  throw new Error(`${id} not listed`);
}

async function planOf(gateway: CountingGateway, entityType: PersonEntityType, id: string) {
  const lookups = await indexedLookups(gateway);
  const record = await listed(gateway, entityType, id);
  const mark = gateway.reads.length;
  const result = await planPerson({ gateway, policy: DEFAULT_RETENTION_POLICY, today: TODAY, dayOf: dayOfIn('Europe/Paris') }, entityType, record, lookups);
  return { ...result, reads: gateway.since(mark) };
}

describe('inbound e-mails from every address of the person', () => {
  it('reads the e-mails sent from each address of a whole record, the secondary ones too', async () => {
    const gateway = population();
    const whole = await gateway.get('Contact', 'c1');
    const activity = await inboundActivity(gateway, 'Contact', whole ?? { id: 'c1' });
    expect(activity.inboundEmails).toEqual(['2026-05-20 09:30:00']);
    expect(gateway.reads.filter((read) => read === 'list Email')).toHaveLength(2);
  });

  it('never queries an erased address', async () => {
    const gateway = population();
    const whole = await gateway.get('Lead', 'l1');
    await inboundActivity(gateway, 'Lead', whole ?? { id: 'l1' });
    expect(gateway.reads.filter((read) => read === 'list Email')).toHaveLength(2);
  });

  it('apply re-checks with the whole record: a prospect who wrote from a secondary address is not due', async () => {
    const gateway = population();
    const report = await runRetentionApply({ gateway, today: TODAY, hash: () => '', actor: { apiUserId: null, osUser: 't' }, runId: 'r' }, jobContext(true));
    expect(report.results.find((r) => r.id === 'c1')).toMatchObject({ outcome: 'skipped', skipReason: 'notDue' });
    expect(report.results.find((r) => r.id === 'l1')).toMatchObject({ outcome: 'wouldAnonymise' });
  });
});

describe('planPerson: the plan of one listed person', () => {
  it('reads the whole record of someone it would not keep, then the e-mails of the other addresses: she is kept', async () => {
    const { plan, readAgain, confirmed, reads } = await planOf(population(), 'Contact', 'c1');
    expect(plan).toMatchObject({ action: 'keep', category: 'prospect', anchorDate: '2026-05-20', anchorInput: 'inboundEmails' });
    expect({ readAgain, confirmed }).toEqual({ readAgain: true, confirmed: true });
    // The first plan: e-mails of the primary address, calls, meetings. Then the whole record, the one other address,
    // and the won opportunities that merely list the contact (primary contact, then `contacts` link).
    expect(reads).toEqual(['list Email', 'list Call', 'list Meeting', 'get Contact/c1', 'list Email', 'list Opportunity', 'list Opportunity']);
  });

  it('costs nothing more for someone the first plan keeps', async () => {
    const { plan, readAgain, confirmed, reads } = await planOf(population(), 'Contact', 'c2');
    expect(plan).toMatchObject({ action: 'keep', anchorDate: '2026-06-20' });
    expect({ readAgain, confirmed }).toEqual({ readAgain: false, confirmed: false });
    expect(reads).toEqual(['list Email', 'list Call', 'list Meeting']);
  });

  it('reads a lead again too, one list per address it has not read yet, none for an erased one', async () => {
    const { plan, readAgain, confirmed, reads } = await planOf(population(), 'Lead', 'l1');
    expect(plan).toMatchObject({ action: 'anonymise', anchorDate: '2022-01-10' });
    expect({ readAgain, confirmed }).toEqual({ readAgain: true, confirmed: false });
    expect(reads).toEqual(['list Email', 'list Call', 'list Meeting', 'get Lead/l1', 'list Email']);
  });

  it('says a person deleted since the list is gone', async () => {
    const gateway = population();
    const lookups = await indexedLookups(gateway);
    const record = await listed(gateway, 'Lead', 'l1');
    gateway.remove('Lead', 'l1');
    await expect(planPerson({ gateway, policy: DEFAULT_RETENTION_POLICY, today: TODAY, dayOf: dayOfIn('Europe/Paris') }, 'Lead', record, lookups))
      .rejects.toMatchObject({ code: 'LINKED_RECORD_NOT_FOUND', linkedEntityType: 'Lead', linkedId: 'l1' });
  });
});
