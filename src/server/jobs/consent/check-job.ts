/**
 * `consent check`: may each person receive marketing on each channel today? Answers come from the consent
 * core (domain.md §2.3–2.5) with their reason and legal reference; EspoCRM's opt-out flags, an unreadable
 * history and the opposition list all answer "no". Streams one line per person and channel.
 */
import type { ConsentChannel } from '../../../core/consent';
import { CONSENT_CHANNELS } from '../../../core/consent';
import type { EspoGateway } from '../../espo/gateway';
import type { EspoRecord } from '../../espo/types';
import type { RgpdJobContext } from '../retention/job-context';
import { indexedLookups, liveLookups } from '../retention/lookups';
import type { RetentionLookups } from '../retention/lookups';
import type { PersonEntityType } from '../retention/persons';
import { isAnonymised, PERSON_ENTITY_TYPES } from '../retention/persons';
import type { ConsentCheckLine, ConsentCheckRuleId } from './check-line';
import { personChannels } from './person-channels';
import { ListedPerson } from './listed-person';
import { isOpposedPerson } from './opposed';
import type { OppositionInput } from './opposed';
import { CONSENT_SELECT, knownRelationship } from './person-query';

export interface ConsentCheckInput {
  readonly gateway: EspoGateway;
  readonly today: string;
  /** @defaultValue every channel */
  readonly channels?: readonly ConsentChannel[];
  /** @defaultValue ['Contact', 'Lead'] */
  readonly entityTypes?: readonly PersonEntityType[];
  /** The opposition list, when the installation has one (`OppositionInput`). */
  readonly opposition?: OppositionInput;
  readonly onLine?: (line: ConsentCheckLine) => void;
}

export interface ConsentCheckReport {
  readonly today: string;
  readonly people: number;
  /** Per channel: people who may receive marketing on it, and who may not. */
  readonly channels: Readonly<Partial<Record<ConsentChannel, { readonly eligible: number; readonly notEligible: number }>>>;
  readonly rules: Readonly<Partial<Record<ConsentCheckRuleId, number>>>;
  /** Hand edits of the consent fields that could not be recorded (record id and channel, no value). */
  readonly rejectedEdits: readonly { readonly id: string; readonly channel: ConsentChannel; readonly field: string }[];
}

/**
 * The answer a sale changes: a soft opt-in refused because the person is not known as a customer. The
 * purchase index knows each opportunity's primary contact only; for this answer the contact's won
 * opportunities are read again, those that merely list them included, as the record panels read them.
 */
const NOT_CUSTOMER_RULE: ConsentCheckRuleId = 'B2C_ELECTRONIC_SOFT_OPT_IN_NOT_CUSTOMER';

/**
 * The person's lines, or `null` when, read again (for its other identifiers, or for a consent the list call
 * may have cut), it no longer exists.
 */
async function linesOf(input: ConsentCheckInput, entityType: PersonEntityType, listed: EspoRecord, lookups: RetentionLookups, channels: readonly ConsentChannel[], rejected: ConsentCheckReport['rejectedEdits'][number][], signal?: AbortSignal) {
  const person = new ListedPerson(input.gateway, entityType, listed, signal);
  const opposed = await isOpposedPerson(person, input.opposition);
  if (opposed === null) return null;
  // An objection answers every channel without reading the consent: no need to read it whole.
  const record = opposed ? listed : await person.withWholeConsent();
  if (record === null) return null;
  const facts = opposed ? { wonOpportunities: 0, vehicles: [] } : { wonOpportunities: (await lookups.wonCloseDates(entityType, record.id)).length, vehicles: await lookups.vehicles(entityType, record.id) };
  let answers = personChannels({ entityType, record, known: knownRelationship(facts), today: input.today, opposed, channels });
  if (entityType === 'Contact' && answers.lines.some((line) => line.ruleId === NOT_CUSTOMER_RULE)) {
    const won = await liveLookups(input.gateway).wonCloseDates(entityType, record.id, signal);
    if (won.length > 0) answers = personChannels({ entityType, record, known: knownRelationship({ ...facts, wonOpportunities: won.length }), today: input.today, opposed, channels });
  }
  rejected.push(...answers.rejected.map((e) => ({ id: record.id, channel: e.channel, field: e.field })));
  return answers.lines;
}

export async function runConsentCheck(input: ConsentCheckInput, ctx: RgpdJobContext): Promise<ConsentCheckReport> {
  const channels = input.channels ?? CONSENT_CHANNELS;
  const entityTypes = input.entityTypes ?? PERSON_ENTITY_TYPES;
  const counts: Partial<Record<ConsentChannel, { eligible: number; notEligible: number }>> = {};
  const rules: Partial<Record<ConsentCheckRuleId, number>> = {};
  const rejected: ConsentCheckReport['rejectedEdits'][number][] = [];
  let people = 0;
  const lookups = await indexedLookups(input.gateway, ctx.signal);
  for (const [stepIndex, entityType] of entityTypes.entries()) {
    for await (const record of input.gateway.iterate(entityType, { select: CONSENT_SELECT, signal: ctx.signal })) {
      if (isAnonymised(record)) continue;
      const lines = await linesOf(input, entityType, record, lookups, channels, rejected, ctx.signal);
      if (lines === null) continue;
      people += 1;
      for (const line of lines) {
        const count = (counts[line.channel] ??= { eligible: 0, notEligible: 0 });
        if (line.eligible) count.eligible += 1;
        else count.notEligible += 1;
        rules[line.ruleId] = (rules[line.ruleId] ?? 0) + 1;
        input.onLine?.(line);
      }
      if (people % 200 === 0) ctx.progress({ step: entityType, done: people, stepIndex, stepCount: entityTypes.length });
    }
  }
  return { today: input.today, people, channels: counts, rules, rejectedEdits: rejected };
}
