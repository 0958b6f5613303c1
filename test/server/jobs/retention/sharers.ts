/** The population plus records that use the expired prospect's addresses: an account its e-mail, a lead its phone. */
import { MemoryGateway } from '../../../../src/server/espo';
import type { server as mswServer } from '../../../msw/server';
import type { Harness } from './harness';
import { memoryHarness, restHarness } from './harness';
import { CONTACTS, IDS } from './population';

const person = CONTACTS.find((c) => c.id === IDS.expiredProspect) as Record<string, unknown>;
export const EMAIL = String(person.emailAddress);
export const PHONE = String(person.phoneNumber);
export const ACCOUNT_ID = '6d000000000000901';
export const LEAD_ID = '6d000000000000902';

export function sharersHarness(kind: 'memory' | 'rest', server: typeof mswServer): Harness {
  const account = { id: ACCOUNT_ID, name: 'Fixture Paysages', emailAddress: EMAIL, emailAddressIsOptedOut: false };
  const lead = { id: LEAD_ID, firstName: 'Léa', lastName: 'Fixture', phoneNumber: PHONE, phoneNumberIsOptedOut: false, createdAt: '2026-05-01 09:00:00', autoCibleLifecycleStage: 'PROSPECT' };
  if (kind === 'memory') {
    const harness = memoryHarness();
    if (!(harness.gateway instanceof MemoryGateway)) throw new TypeError('memory harness');
    harness.gateway.insert('Account', account);
    harness.gateway.insert('Lead', lead);
    return harness;
  }
  const harness = restHarness(server);
  harness.fake.seed('Account', [account]);
  harness.fake.seed('Lead', [lead]);
  return harness;
}
