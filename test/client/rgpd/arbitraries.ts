/** fast-check arbitraries of consent histories and of the flat consent fields a user can type. */
import fc from 'fast-check';
import { CONSENT_CHANNELS, CONSENT_SOURCES, CONSENT_STATUSES, channelFieldNames, consentToFields } from '../../../src/core/consent';
import type { ConsentEvent } from '../../../src/core/consent';
import { breakOneNode } from '../../core/score-reasons/arbitraries';

const day = fc.constantFrom('2024-02-29', '2025-06-01', '2026-08-10', '2026-08-11', '2026-11-22', '2027-01-05');
const proof = fc.constantFrom(undefined, '', '  ', 'Case cochée « offres par e-mail »', ' signed form #12 ');

export const consentEvent: fc.Arbitrary<ConsentEvent> = fc
  .record({
    channel: fc.constantFrom(...CONSENT_CHANNELS),
    status: fc.constantFrom(...CONSENT_STATUSES),
    date: day,
    source: fc.constantFrom(...CONSENT_SOURCES),
    proof,
    sourceRef: fc.constantFrom(undefined, 'import-2026-01.csv', ''),
  })
  .map(({ proof: p, sourceRef, ...rest }) => ({
    ...rest,
    ...(p === undefined ? {} : { proof: p }),
    ...(sourceRef === undefined ? {} : { sourceRef }),
  }))
  // The writer never stores an opt-in without proof.
  .filter((event) => event.status !== 'OPT_IN' || (event.proof ?? '').trim() !== '');

export const storedHistory = fc.record({ version: fc.constant(1), events: fc.array(consentEvent, { maxLength: 6 }) });

const troublemaker = fc.oneof(
  fc.constantFrom(undefined, null, '', 2, 'OPT_IN', 'BOGUS', '2026-02-30', [], {}, { extra: true }),
  fc.anything({ maxDepth: 1 }),
);

/** A valid history with one key the strict schema does not know, at the top or in an event. */
const withUnknownKey = fc.tuple(storedHistory, fc.nat()).map(([history, pick]) => {
  const at = history.events.length === 0 ? -1 : pick % (history.events.length + 1) - 1;
  if (at < 0) return { ...history, note: 'x' };
  return { ...history, events: history.events.map((event, i) => (i === at ? { ...event, comment: 'x' } : event)) };
});

/** The stored text: valid, broken in one place, or not even JSON. */
export const historyText = fc.oneof(
  { weight: 3, arbitrary: storedHistory.map((h) => JSON.stringify(h)) },
  { weight: 1, arbitrary: withUnknownKey.map((h) => JSON.stringify(h)) },
  { weight: 3, arbitrary: breakOneNode(storedHistory, troublemaker).map((h) => JSON.stringify(h) ?? '') },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', '{"version":1', 'null', '[]') },
);

const typedStatus = fc.constantFrom(undefined, null, '', 'UNKNOWN', 'OPT_IN', 'SOFT_OPT_IN', 'OPT_OUT', ' OPT_OUT ', 'BOGUS');
const typedDate = fc.constantFrom(undefined, null, '', '2026-03-01', '2026-11-22', '2026-02-30', 'hier');
const typedSource = fc.constantFrom(undefined, null, '', 'FORMULAIRE', 'MAGASIN', 'IMPORT', 'BOGUS');
const typedProof = fc.constantFrom(undefined, null, '', '  ', 'Bon de commande signé', 'Case cochée « offres par e-mail »');

/** Flat fields as a user may have typed them, one channel at a time. */
const typedFields = fc
  .tuple(...CONSENT_CHANNELS.map(() => fc.tuple(typedStatus, typedDate, typedSource, typedProof)))
  .map((perChannel) => {
    const values: Record<string, unknown> = {};
    perChannel.forEach(([status, date, source, p], i) => {
      const names = channelFieldNames(CONSENT_CHANNELS[i] ?? 'email');
      Object.assign(values, { [names.status]: status, [names.date]: date, [names.source]: source, [names.proof]: p });
    });
    return values;
  });

/** A record's consent attributes: written by AutoCible, or edited by hand on top of a history. */
export const consentAttributes: fc.Arbitrary<Readonly<Record<string, unknown>>> = fc.oneof(
  fc.array(consentEvent, { maxLength: 6 }).map((events) => consentToFields(events)),
  fc.tuple(historyText, typedFields).map(([text, fields]) => ({ ...fields, autoCibleConsentHistory: text })),
  fc.tuple(fc.array(consentEvent, { maxLength: 4 }), typedFields).map(([events, fields]) => ({ ...consentToFields(events), ...fields })),
);

export const today = fc.constantFrom('2026-08-10', '2026-08-11', '2026-11-22');
