/**
 * Beside each score, whether the person may be contacted on each channel today (issue 4: consent is a gate
 * reported next to the score, never points). Read as `consent check` reads it, from the record alone: the
 * score job reads no e-mail address or phone number, so the opposition list is left to `consent check` and
 * to exports.
 */
import type { ConsentChannel } from '../../../core/consent';
import { CONSENT_CHANNELS } from '../../../core/consent';
import type { ConsentCheckRuleId } from '../consent/check-line';
import { personChannels } from '../consent/person-channels';
import type { ScoreItem } from './types';

export interface ChannelAnswer {
  readonly eligible: boolean;
  /** The rule that decided (`consent check` explains each, with its legal reference). */
  readonly ruleId: ConsentCheckRuleId;
}

export type ChannelAnswers = Readonly<Record<ConsentChannel, ChannelAnswer>>;

/** The person's answers, or `null` for an Account (a company has no consent channels). */
export function channelAnswers(item: ScoreItem, today: string): ChannelAnswers | null {
  if (item.entityType === 'Account') return null;
  const financingEndDates = item.vehicles.map((vehicle) => (typeof vehicle.financingEndDate === 'string' ? vehicle.financingEndDate : null));
  const { lines } = personChannels({ entityType: item.entityType, record: { ...item.record, id: item.id }, known: { financingEndDates }, today });
  const answers: Partial<Record<ConsentChannel, ChannelAnswer>> = {};
  for (const line of lines) answers[line.channel] = { eligible: line.eligible, ruleId: line.ruleId };
  return answers as ChannelAnswers;
}

export interface ReachSummary {
  /** People (contacts and leads) scored. */
  readonly persons: number;
  /** Of them, how many may be contacted on each channel. */
  readonly eligible: Readonly<Record<ConsentChannel, number>>;
  /** The same for the people graded A: the hottest prospects a campaign can actually reach. */
  readonly gradeA: { readonly persons: number; readonly eligible: Readonly<Record<ConsentChannel, number>> };
}

const zeros = (): Record<ConsentChannel, number> => ({ email: 0, sms: 0, phone: 0, postal: 0 });

/** Counts people per channel as records are scored; memory does not grow with the records. */
export class ReachCounter {
  private persons = 0;
  private readonly eligible = zeros();
  private gradeAPersons = 0;
  private readonly gradeAEligible = zeros();

  add(answers: ChannelAnswers | null, gradeA: boolean): void {
    if (answers === null) return;
    this.persons += 1;
    if (gradeA) this.gradeAPersons += 1;
    for (const channel of CONSENT_CHANNELS) {
      if (!answers[channel].eligible) continue;
      this.eligible[channel] += 1;
      if (gradeA) this.gradeAEligible[channel] += 1;
    }
  }

  summary(): ReachSummary {
    return { persons: this.persons, eligible: { ...this.eligible }, gradeA: { persons: this.gradeAPersons, eligible: { ...this.gradeAEligible } } };
  }
}
