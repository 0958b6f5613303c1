import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EspoHttpError, EspoNetworkError, parseRetryAfter } from '../../../../src/server/espo';
import { backoffDelay, isRetryableError, resolveRetryPolicy, withRetry } from '../../../../src/server/espo/transport/retry';
import type { EspoRequestInfo } from '../../../../src/server/espo';

const info: EspoRequestInfo = { method: 'GET', path: 'Contact', url: 'http://x/api/v1/Contact', entityType: 'Contact', id: null };
const httpError = (status: number, retryAfterMs: number | null = null): EspoHttpError =>
  new EspoHttpError(info, { status, statusReason: null, validation: null, duplicates: [], retryAfterMs });

describe('Retry-After', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  it('reads delta-seconds', () => expect(parseRetryAfter(' 120 ', now)).toBe(120_000));
  it('reads an HTTP date relative to now, never negative', () => {
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
  });
  it('ignores an absent or unreadable header', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});

describe('retry policy', () => {
  it('retries only 429/502/503/504 and transport failures', () => {
    expect([429, 502, 503, 504].every((s) => isRetryableError(httpError(s)))).toBe(true);
    expect([400, 401, 403, 404, 409, 500].some((s) => isRetryableError(httpError(s)))).toBe(false);
    expect(isRetryableError(new EspoNetworkError(info, 'ECONNRESET', new Error('reset')))).toBe(true);
    expect(isRetryableError(new Error('bug'))).toBe(false);
  });

  it('keeps every backoff within [0, min(max, base·2^attempt))', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (attempt, r) => {
      const policy = resolveRetryPolicy({ baseDelayMs: 300, maxDelayMs: 10_000, random: () => r });
      const delay = backoffDelay(attempt, policy);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(Math.min(10_000, 300 * 2 ** attempt));
    }));
  });

  it('does not retry when the request is not idempotent', async () => {
    let calls = 0;
    const policy = resolveRetryPolicy({ sleep: async () => undefined });
    await expect(withRetry(async () => {
      calls += 1;
      throw httpError(503);
    }, { policy, idempotent: false })).rejects.toBeInstanceOf(EspoHttpError);
    expect(calls).toBe(1);
  });

  it('reports each retry with its delay', async () => {
    const seen: number[] = [];
    const policy = resolveRetryPolicy({ sleep: async () => undefined, random: () => 0 });
    const result = await withRetry(async (index) => {
      if (index < 2) throw httpError(503, index === 0 ? 1500 : null);
      return 'ok';
    }, { policy, idempotent: true, onRetry: ({ delayMs }) => void seen.push(delayMs) });
    expect(result).toBe('ok');
    expect(seen).toEqual([1500, 0]);
  });

  it('retries: false means a single attempt', () => {
    expect(resolveRetryPolicy(false).retries).toBe(0);
  });
});
