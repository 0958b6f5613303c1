import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLimiter } from '../../../../src/server/espo/transport/limiter';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('concurrency limiter', () => {
  it('never runs more than max tasks at once, and runs them all', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 20 }), async (max, count) => {
      const limiter = createLimiter(max);
      let running = 0;
      let peak = 0;
      const results = await Promise.all(Array.from({ length: count }, (_, index) => limiter.run(async () => {
        running += 1;
        peak = Math.max(peak, running);
        await tick();
        running -= 1;
        return index;
      })));
      expect(peak).toBeLessThanOrEqual(max);
      expect(results).toEqual(Array.from({ length: count }, (_, index) => index));
      expect(limiter.active).toBe(0);
    }), { numRuns: 30 });
  });

  it('starts waiting tasks in arrival order', async () => {
    const limiter = createLimiter(1);
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((n) => limiter.run(async () => {
      order.push(n);
      await tick();
    })));
    expect(order).toEqual([1, 2, 3]);
  });

  it('releases the slot when a task fails', async () => {
    const limiter = createLimiter(1);
    await expect(limiter.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.run(async () => 'next')).resolves.toBe('next');
  });

  it('drops a waiting task whose signal aborts', async () => {
    const limiter = createLimiter(1);
    let release = (): void => undefined;
    const first = limiter.run(() => new Promise<void>((resolve) => { release = resolve; }));
    const controller = new AbortController();
    const waiting = limiter.run(async () => 'never', controller.signal);
    expect(limiter.pending).toBe(1);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    expect(limiter.pending).toBe(0);
    release();
    await first;
  });

  it('refuses a non-positive limit', () => {
    expect(() => createLimiter(0)).toThrow(RangeError);
  });
});
