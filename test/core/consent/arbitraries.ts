import fc from 'fast-check';
import type { ConsentEvent } from '../../../src/core/consent';
import { CONSENT_CHANNELS, CONSENT_SOURCES, CONSENT_STATUSES } from '../../../src/core/consent';

/** Days in a short span, so that arbitrary events often fall on the same day. */
export const day = fc.integer({ min: 1, max: 20 }).map((d) => `2024-03-${String(d).padStart(2, '0')}`);

export const channel = fc.constantFrom(...CONSENT_CHANNELS);

/** A valid event: an `OPT_IN` always carries a proof, the others sometimes. */
export const consentEvent: fc.Arbitrary<ConsentEvent> = fc
  .record({
    channel,
    status: fc.constantFrom(...CONSENT_STATUSES),
    date: day,
    source: fc.constantFrom(...CONSENT_SOURCES),
    proof: fc.option(fc.constantFrom('case cochée v1', 'bon de commande 42', 'script appel 2024'), { nil: undefined }),
    sourceRef: fc.option(fc.constantFrom('import-2024.csv', 'form-7'), { nil: undefined }),
  })
  .map(({ proof, sourceRef, ...rest }): ConsentEvent => {
    const withProof = rest.status === 'OPT_IN' ? (proof ?? 'case cochée v1') : proof;
    return {
      ...rest,
      ...(withProof === undefined ? {} : { proof: withProof }),
      ...(sourceRef === undefined ? {} : { sourceRef }),
    };
  });

export const consentEvents = fc.array(consentEvent, { maxLength: 12 });
