/**
 * The derive job's requests against the recordings of a live EspoCRM 9.2.7 (shared/espocrm-contract): the vehicle
 * list (`autociblevehicle-list-403-no-role-entry.json`, `account-related-autociblevehicles.json` for `select`), the
 * partial update (`contact-update-patch.json`), and recorded answers replayed to the job.
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { isEspoHttpError } from '../../../../src/server/espo';
import { DERIVE_SELECT, runDeriveJob } from '../../../../src/server/jobs/derive';
import { useMswServer } from '../../../msw/server';
import { loadRecordings } from '../../espo/contract/recordings';
import type { Recording } from '../../espo/contract/recordings';
import { rejectionOf } from '../../espo/helpers';
import { deriveContext, deriveHarness, EXPECTED_CHANGES, TODAY } from './fixtures';

const server = useMswServer();
const recordings = loadRecordings();

function recording(file: string): Recording {
  const found = recordings.find((r) => r.file === file);
  if (found === undefined) throw new Error(`recording ${file} is missing`);
  return found;
}

/** A recorded request as path segments after `/api/v1/` and query parameters. */
function recorded(file: string): { method: string; segments: string[]; query: URLSearchParams } {
  const { method, path } = recording(file).request;
  const url = new URL(path, 'http://espo.test');
  return { method, segments: url.pathname.replace(/^\/api\/v1\//u, '').split('/'), query: url.searchParams };
}

function replay(file: string): HttpResponse<string | null> {
  const { status, headers, body, rawBodyIsEmpty } = recording(file).response;
  const reason = headers['x-status-reason'];
  return new HttpResponse(rawBodyIsEmpty === true ? null : JSON.stringify(body), {
    status, headers: { 'Content-Type': 'application/json', ...(reason === undefined ? {} : { 'X-Status-Reason': reason }) },
  });
}

async function jobRequests() {
  const harness = deriveHarness(server);
  await runDeriveJob({ source: harness.source, target: harness.gateway, today: TODAY }, deriveContext());
  const requests = harness.fake.requests.map((r) => ({ method: r.method, segments: r.path.split('/'), query: new URLSearchParams(r.search) }));
  return { harness, requests };
}

describe('the derive job’s requests match the recordings', () => {
  it('lists GET AutoCibleVehicle, 200 in id order, selecting the sources and derived fields only', async () => {
    const { requests } = await jobRequests();
    const lists = requests.filter((r) => r.method === 'GET');
    expect(lists).toHaveLength(1);
    const list = lists[0];
    const scope = recorded('autociblevehicle-list-403-no-role-entry.json');
    expect([list?.method, list?.segments]).toEqual([scope.method, scope.segments]);
    // `select` as the related list of the recording sends it: one comma-separated parameter, no spaces.
    const related = recorded('account-related-autociblevehicles.json').query.get('select') ?? '';
    expect(related).toMatch(/^[a-zA-Z]+(,[a-zA-Z]+)+$/u);
    const select = list?.query.get('select') ?? '';
    expect(select).toMatch(/^[a-zA-Z]+(,[a-zA-Z]+)+$/u);
    expect(select.split(',').sort()).toEqual(['id', ...DERIVE_SELECT].sort());
    for (const personal of ['name', 'plate', 'vin']) expect(select.split(',')).not.toContain(personal);
    expect([list?.query.get('orderBy'), list?.query.get('order'), list?.query.get('maxSize')]).toEqual(['id', 'asc', '200']);
  });

  it('updates with PATCH {Entity}/{id} and only the changed attributes, as the recorded partial update', async () => {
    const { harness, requests } = await jobRequests();
    const patch = recorded('contact-update-patch.json');
    const patches = requests.filter((r) => r.method !== 'GET');
    expect(patches.map((r) => r.method)).toEqual(Object.keys(EXPECTED_CHANGES).map(() => patch.method));
    for (const request of patches) {
      expect(request.segments).toHaveLength(patch.segments.length);
      expect(request.segments[0]).toBe('AutoCibleVehicle');
    }
    expect(harness.updates().map((u) => u.attributes)).toEqual(Object.values(EXPECTED_CHANGES));
  });

  it('reads a list answered as recorded (extra attributes, no source of the probe entity): nothing to write', async () => {
    const harness = deriveHarness(server, { vehicles: [] });
    server.use(http.get(`${harness.fake.apiUrl}AutoCibleVehicle`, () => replay('account-related-autociblevehicles.json')));
    const ctx = deriveContext();
    const report = await runDeriveJob({ source: harness.source, target: harness.gateway, today: TODAY }, ctx);
    expect(report).toMatchObject({ read: 1, written: 0, unchanged: 1, errors: 0 });
    expect(ctx.lines).toEqual([{ id: '6b02cd05aa36d8b53', changes: {} }]);
    expect(harness.patches()).toBe(0);
  });

  it('stops on the recorded 403 of a role with no AutoCibleVehicle entry: no vehicle can be read', async () => {
    const harness = deriveHarness(server);
    server.use(http.get(`${harness.fake.apiUrl}AutoCibleVehicle`, () => replay('autociblevehicle-list-403-no-role-entry.json')));
    const error = await rejectionOf(runDeriveJob({ source: harness.source, target: harness.gateway, today: TODAY }, deriveContext()));
    expect(isEspoHttpError(error) && [error.status, error.statusReason]).toEqual([403, 'No read access.']);
    expect(harness.patches()).toBe(0);
  });
});
