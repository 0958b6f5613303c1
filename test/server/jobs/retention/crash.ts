/** A process killed at a chosen point of `retention apply`, for the resume tests. */
import type { Harness } from './harness';

export class SimulatedCrash extends Error {}

/**
 * The harness whose gateway dies at the Data Privacy erase: `after` the request went through (the record is erased,
 * its journal entry never written), or `before` it went out (the shared addresses already unlinked).
 */
export function dyingAtErase(harness: Harness, when: 'before' | 'after'): Harness {
  const gateway = Object.assign(Object.create(harness.gateway) as Harness['gateway'], {
    erase: async (...args: Parameters<Harness['gateway']['erase']>) => {
      if (when === 'after') await harness.gateway.erase(...args);
      throw new SimulatedCrash(`killed ${when} the erase request`);
    },
  });
  return { ...harness, gateway };
}
