import { describe, expect, it } from 'vitest';
import { MemoryGateway, where } from '../../../src/server/espo';
import { EspoAbortError } from '../../../src/server/espo/errors/espo-abort-error';

const contacts = Array.from({ length: 3000 }, (_, i) => ({ id: `c${String(i).padStart(6, '0')}`, lastName: `n${i % 40}`, status: i % 2 === 0 ? 'Held' : 'Planned' }));

/**
 * One pass of what a retention plan does offline: a keyset iteration plus a lookup and a read per record. Only
 * promise microtasks, no I/O: without the gateway's macrotask turns a timer (or SIGINT) never gets to run.
 */
async function pass(gateway: MemoryGateway, signal: AbortSignal): Promise<void> {
  for await (const record of gateway.iterate('Contact', { select: ['lastName'], signal })) {
    await gateway.get('Contact', record.id, { signal });
    for await (const same of gateway.iterate('Contact', { select: ['id'], where: [where.equals('lastName', String(record.lastName)), where.equals('status', 'Held')], signal })) void same;
  }
}

describe('memory gateway on long offline runs', () => {
  it('lets a timer scheduled meanwhile (as Ctrl-C is) abort the run before it ends', async () => {
    const gateway = new MemoryGateway({ records: { Contact: contacts } });
    const controller = new AbortController();
    let abortedAt = 0;
    const timer = setTimeout(() => {
      abortedAt = performance.now();
      controller.abort();
    }, 30);
    const passes = 50;
    let done = 0;
    try {
      const run = (async () => {
        for (; done < passes; done += 1) await pass(gateway, controller.signal);
      })();
      await expect(run).rejects.toBeInstanceOf(EspoAbortError);
    } finally {
      clearTimeout(timer);
    }
    // Stopped within a fraction of a second of the abort, long before the last pass.
    expect(abortedAt).toBeGreaterThan(0);
    expect(performance.now() - abortedAt).toBeLessThan(500);
    expect(done).toBeLessThan(passes);
  });
});
