import type { ConsentStatusCode } from '../catalogue';
import { CONSENT_CHANNELS } from './channels';
import type { ConsentEvent } from './event';

/**
 * Rank of a status among events of the same day: the later in this order is applied last and so wins.
 * An objection beats a consent given the same day (RGPD art. 21(3): objection to marketing is absolute).
 */
const SAME_DAY_RANK: Readonly<Record<ConsentStatusCode, number>> = { UNKNOWN: 0, SOFT_OPT_IN: 1, OPT_IN: 2, OPT_OUT: 3 };

function compareText(a: string | undefined, b: string | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  if (x === y) return 0;
  return x < y ? -1 : 1;
}

/**
 * Total order of events: by date, then channel, then same-day rank, then the other fields. Being total,
 * it makes the merged history the same whatever order the events arrived in.
 */
export function compareConsentEvents(a: ConsentEvent, b: ConsentEvent): number {
  return (
    compareText(a.date, b.date) ||
    CONSENT_CHANNELS.indexOf(a.channel) - CONSENT_CHANNELS.indexOf(b.channel) ||
    SAME_DAY_RANK[a.status] - SAME_DAY_RANK[b.status] ||
    compareText(a.source, b.source) ||
    compareText(a.sourceRef, b.sourceRef) ||
    compareText(a.proof, b.proof)
  );
}

/** Identity of an event: two events with the same key are the same event recorded twice. */
export function consentEventKey(event: ConsentEvent): string {
  return JSON.stringify([event.channel, event.status, event.date, event.source, event.proof ?? null, event.sourceRef ?? null]);
}
