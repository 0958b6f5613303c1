/**
 * The vmc job's requests against the recordings of a live EspoCRM 9.2.7 (shared/espocrm-contract): the won
 * opportunities of an account (`opportunity-list-won-*.json`), a record's related list (`account-related-
 * opportunities-won.json`, `contact-related-*.json`), and a recorded answer replayed to the job.
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { runVmcJob } from '../../../../src/server/jobs/vmc';
import { useMswServer } from '../../../msw/server';
import { loadRecordings } from '../../espo/contract/recordings';
import type { Recording } from '../../espo/contract/recordings';
import { ID, TODAY, vmcContext, vmcHarness } from './fixtures';

const server = useMswServer();
const recordings = loadRecordings();

function recording(file: string): Recording {
  const found = recordings.find((r) => r.file === file);
  if (found === undefined) throw new Error(`recording ${file} is missing`);
  return found;
}

/** A recorded request as path segments after `/api/v1/` and query parameters. */
function recorded(file: string): { segments: string[]; query: URLSearchParams } {
  const url = new URL(recording(file).request.path, 'http://espo.test');
  return { segments: url.pathname.replace(/^\/api\/v1\//u, '').split('/'), query: url.searchParams };
}

async function jobRequests() {
  const harness = vmcHarness(server);
  await runVmcJob({ source: harness.source, target: harness.gateway, today: TODAY }, vmcContext({ dryRun: true }));
  return harness.fake.requests.map((r) => ({ method: r.method, segments: r.path.split('/'), query: new URLSearchParams(r.search) }));
}

describe('the vmc job’s requests match the recordings', () => {
  it('an account’s history: GET Opportunity, won primary filter, accountId equals, newest first', async () => {
    const requests = await jobRequests();
    const mine = requests.find((r) => r.segments.join('/') === 'Opportunity' && r.query.get('where[0][value]') === ID.fleet);
    expect(mine?.method).toBe('GET');
    const byFilter = recorded('opportunity-list-won-primaryfilter.json');
    const byWhere = recorded('opportunity-list-won-by-account-where.json');
    expect(mine?.segments).toEqual(byFilter.segments);
    for (const key of ['primaryFilter', 'where[0][type]', 'where[0][attribute]']) expect(mine?.query.get(key), key).toBe(byFilter.query.get(key));
    for (const key of ['orderBy', 'order']) expect(mine?.query.get(key), key).toBe(byWhere.query.get(key));
    // The recordings selected amount and closeDate too; amountConverted adds the amount in the default currency.
    const recordedSelect = byFilter.query.get('select')?.split(',') ?? [];
    expect(mine?.query.get('select')?.split(',')).toEqual(['amount', 'amountConverted', 'closeDate']);
    for (const attribute of ['amount', 'closeDate']) expect(recordedSelect).toContain(attribute);
    expect(mine?.query.get('maxSize')).toBe('200');
  });

  it('a contact’s history: its related opportunities, as a record’s related list with the won primary filter', async () => {
    const requests = await jobRequests();
    const mine = requests.find((r) => r.segments[0] === 'Contact' && r.segments[1] === ID.private);
    const accountRelated = recorded('account-related-opportunities-won.json');
    const contactRelated = recorded('contact-related-autociblevehicles.json');
    // {Entity}/{id}/{link}: the entity of contact-related-*, the link and filter of account-related-opportunities-won.
    expect(mine?.segments).toHaveLength(contactRelated.segments.length);
    expect(mine?.segments[0]).toBe(contactRelated.segments[0]);
    expect(mine?.segments[2]).toBe(accountRelated.segments[2]);
    expect(mine?.query.get('primaryFilter')).toBe(accountRelated.query.get('primaryFilter'));
    expect(mine?.query.get('where[0][type]')).toBeNull();
    expect([mine?.query.get('orderBy'), mine?.query.get('order'), mine?.query.get('maxSize')]).toEqual(['closeDate', 'desc', '200']);
  });

  it('lists contacts and accounts with their VMC fields only, never a name', async () => {
    const requests = await jobRequests();
    const lists = requests.filter((r) => r.segments.length === 1 && (r.segments[0] === 'Contact' || r.segments[0] === 'Account'));
    expect(lists.map((r) => r.segments[0])).toEqual(['Contact', 'Account']);
    for (const list of lists) {
      const select = list.query.get('select')?.split(',') ?? [];
      expect(select.every((attribute) => attribute === 'id' || attribute.startsWith('autoCible')), select.join(',')).toBe(true);
    }
    expect(requests.filter((r) => r.segments[0] === 'Settings')).toHaveLength(1);
  });

  it('computes from a recorded answer what the panel shows for it (41 000, 39 800, 3 280, 2 080)', async () => {
    const file = recording('opportunity-list-won-primaryfilter.json');
    const accountId = recorded(file.file).query.get('where[0][value]') ?? '';
    const harness = vmcHarness(server);
    harness.fake.seed('Account', [{ id: accountId, name: 'Fixture-AC Garage Dupont' }]);
    server.use(http.get(`${harness.fake.apiUrl}Opportunity`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      if (query.get('where[0][value]') !== accountId || query.get('primaryFilter') !== 'won') return undefined;
      return new HttpResponse(JSON.stringify(file.response.body), { status: file.response.status, headers: { 'Content-Type': 'application/json' } });
    }));
    // The recording's day (test/client/amd-panel.test.ts renders the panel on the same answer and day).
    const ctx = vmcContext({ dryRun: true });
    await runVmcJob({ source: harness.source, today: '2026-11-22' }, ctx);
    expect(ctx.lines.find((l) => l.id === accountId)).toMatchObject({ vmcBrute: 41_000, vmcNette: 39_800, vmcMarge: 3_280, vmcNetteMarge: 2_080 });
  });
});
