/**
 * Beside each score, whether the person may be contacted on each channel today (issue 4: consent is a gate
 * reported next to the score, never points). Read as `consent check` reads it, from the record alone: the
 * score job reads no e-mail address or phone number, so the opposition list is left to `consent check` and
 * to exports.
 */
import type { ConsentChannel } from '../../../core/consent';
import { CONSENT_CHANNELS } from '../../../core/consent';
import { personChannels } from '../consent/person-channels';
import type { ChannelAnswer, ChannelAnswers, ReachSummary, ScoreItem } from './types';

/** The person's answers, or `null` for an Account (a company has no consent channels). */
export function channelAnswers(item: ScoreItem, today: string): ChannelAnswers | null {
  if (item.entityType === 'Account') return null;
  const financingEndDates = item.vehicles.map((vehicle) => (typeof vehicle.financingEndDate === 'string' ? vehicle.financingEndDate : null));
  const { lines } = personChannels({ entityType: item.entityType, record: { ...item.record, id: item.id }, known: { financingEndDates }, today });
  const answers: Partial<Record<ConsentChannel, ChannelAnswer>> = {};
  for (const line of lines) answers[line.channel] = { eligible: line.eligible, ruleId: line.ruleId };
  return answers as ChannelAnswers;
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
