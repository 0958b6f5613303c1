import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { EspoAbortError, EspoHttpError } from '../../../src/server/espo';
import { contact } from '../../fixtures/espo-records';
import { useMswServer } from '../../msw/server';
import { apiClient, installFake, rejectionOf } from './helpers';

const server = useMswServer();

/** Answers `failures` times with `status` (and headers), then lets the fake answer. */
function failing(url: string, method: 'get' | 'post' | 'patch', failures: number, status: number, headers: Record<string, string> = {}) {
  let calls = 0;
  server.use(http[method](url, () => {
    calls += 1;
    return calls <= failures ? new HttpResponse(null, { status, headers }) : undefined;
  }));
  return { calls: () => calls };
}

function recordingSleep() {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number): Promise<void> => void delays.push(ms) };
}

describe('EspoCRM client: retries', () => {
  it('retries an idempotent GET on 503 with exponential backoff and jitter, then succeeds', async () => {
    const fake = installFake(server);
    const probe = failing(`${fake.apiUrl}Contact`, 'get', 2, 503);
    const clock = recordingSleep();
    const page = await apiClient(fake, { retry: { sleep: clock.sleep, random: () => 0.5, baseDelayMs: 100 } }).list('Contact');
    expect(page.total).toBe(0);
    expect(probe.calls()).toBe(3);
    expect(clock.delays).toEqual([50, 100]);
  });

  it('waits the seconds of Retry-After on 429', async () => {
    const fake = installFake(server);
    failing(`${fake.apiUrl}Contact`, 'get', 1, 429, { 'Retry-After': '2' });
    const clock = recordingSleep();
    await apiClient(fake, { retry: { sleep: clock.sleep } }).list('Contact');
    expect(clock.delays).toEqual([2000]);
  });

  it('waits until the HTTP date of Retry-After, read against the injected clock', async () => {
    const fake = installFake(server);
    failing(`${fake.apiUrl}Contact`, 'get', 1, 503, { 'Retry-After': 'Thu, 01 Jan 2026 00:00:05 GMT' });
    const clock = recordingSleep();
    await apiClient(fake, { now: () => new Date('2026-01-01T00:00:00Z'), retry: { sleep: clock.sleep } }).list('Contact');
    expect(clock.delays).toEqual([5000]);
  });

  it('does not wait for a Retry-After longer than maxRetryAfterMs', async () => {
    const fake = installFake(server);
    const probe = failing(`${fake.apiUrl}Contact`, 'get', 5, 503, { 'Retry-After': '3600' });
    const error = await rejectionOf(apiClient(fake).list('Contact'));
    expect(error).toBeInstanceOf(EspoHttpError);
    expect(error).toMatchObject({ status: 503, retryAfterMs: 3_600_000 });
    expect(probe.calls()).toBe(1);
  });

  it('gives up after the configured number of retries', async () => {
    const fake = installFake(server);
    const probe = failing(`${fake.apiUrl}Contact`, 'get', 10, 502);
    const error = await rejectionOf(apiClient(fake, { retry: { retries: 2, sleep: async () => undefined } }).list('Contact'));
    expect(error).toMatchObject({ status: 502 });
    expect(probe.calls()).toBe(3);
  });

  it.each([400, 401, 403, 404, 409, 500])('never retries a %i', async (status) => {
    const fake = installFake(server);
    const probe = failing(`${fake.apiUrl}Contact`, 'get', 5, status);
    await expect(apiClient(fake).list('Contact')).rejects.toMatchObject({ status });
    expect(probe.calls()).toBe(1);
  });

  it('never retries a POST create, even on 503', async () => {
    const fake = installFake(server);
    const probe = failing(`${fake.apiUrl}Contact`, 'post', 1, 503);
    await expect(apiClient(fake).create('Contact', { lastName: 'Once' })).rejects.toMatchObject({ status: 503 });
    expect(probe.calls()).toBe(1);
    expect(fake.writes).toEqual([]);
  });

  it('retries a PATCH (same attributes, same result)', async () => {
    const fake = installFake(server);
    const [person] = fake.seed('Contact', [contact()]);
    const probe = failing(`${fake.apiUrl}Contact/${person?.id ?? ''}`, 'patch', 1, 504);
    await apiClient(fake).update('Contact', person?.id ?? '', { title: 'Chef' });
    expect(probe.calls()).toBe(2);
    expect(fake.writes).toHaveLength(1);
  });

  it('retries a network failure of a GET', async () => {
    const fake = installFake(server);
    let calls = 0;
    server.use(http.get(`${fake.apiUrl}Contact`, () => {
      calls += 1;
      return calls === 1 ? HttpResponse.error() : undefined;
    }));
    await apiClient(fake).list('Contact');
    expect(calls).toBe(2);
  });

  it('stops waiting and rejects with EspoAbortError when aborted during the backoff', async () => {
    const fake = installFake(server);
    failing(`${fake.apiUrl}Contact`, 'get', 5, 503, { 'Retry-After': '30' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const started = Date.now();
    const error = await rejectionOf(apiClient(fake, { retry: {} }).list('Contact', { signal: controller.signal }));
    expect(error).toBeInstanceOf(EspoAbortError);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('EspoCRM client: concurrency limit', () => {
  it('never has more than maxConcurrency requests in flight', async () => {
    const fake = installFake(server);
    let inFlight = 0;
    let peak = 0;
    server.use(http.get(`${fake.apiUrl}Contact`, async () => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await delay(15);
      inFlight -= 1;
      return HttpResponse.json({ total: 0, list: [] });
    }));
    const client = apiClient(fake, { maxConcurrency: 3 });
    await Promise.all(Array.from({ length: 10 }, () => client.list('Contact')));
    expect(peak).toBe(3);
  });
});
