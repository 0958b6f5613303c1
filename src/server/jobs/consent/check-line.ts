import type { ConsentStatusCode, Label } from '../../../core/catalogue';
import type { ConsentChannel, Eligibility, EligibilityRuleId } from '../../../core/consent';
import { LEGAL } from '../../../core/consent';
import type { PersonEntityType } from '../retention/persons';

/** Answers the job adds to the core's rules. */
export type ConsentCheckRuleId = EligibilityRuleId | 'CONSENT_HISTORY_INVALID' | 'OPPOSITION_LIST';

/** One JSON line of `consent check --json`: one person, one channel. */
export interface ConsentCheckLine {
  readonly id: string;
  readonly entityType: PersonEntityType;
  readonly channel: ConsentChannel;
  readonly eligible: boolean;
  readonly ruleId: ConsentCheckRuleId;
  readonly reason: Label;
  readonly legalReference: string;
  /** The consent state the answer used; null when the history could not be read. */
  readonly consentStatus: ConsentStatusCode | null;
}

export function lineOf(id: string, entityType: PersonEntityType, answer: Eligibility): ConsentCheckLine {
  const { channel, eligible, ruleId, reason, legalReference, consentStatus } = answer;
  return { id, entityType, channel, eligible, ruleId, reason, legalReference, consentStatus };
}

/** A history we cannot read may hold an objection: never eligible until someone fixes it. */
export function invalidHistoryLine(id: string, entityType: PersonEntityType, channel: ConsentChannel): ConsentCheckLine {
  return {
    id, entityType, channel, eligible: false, ruleId: 'CONSENT_HISTORY_INVALID', consentStatus: null, legalReference: 'RGPD art. 7(1) et 21(3)',
    reason: {
      fr: 'L’historique des consentements est illisible : il peut contenir une opposition, la fiche doit être corrigée.',
      en: 'The consent history cannot be read: it may hold an objection, the record must be fixed.',
    },
  };
}

/** The person's email or phone is on the opposition list (an earlier objection or anonymisation). */
export function opposedLine(id: string, entityType: PersonEntityType, channel: ConsentChannel): ConsentCheckLine {
  return {
    id, entityType, channel, eligible: false, ruleId: 'OPPOSITION_LIST', consentStatus: null, legalReference: LEGAL.objection,
    reason: {
      fr: 'L’adresse e-mail ou le numéro figure sur la liste d’opposition (liste repoussoir).',
      en: 'The email address or phone number is on the opposition list.',
    },
  };
}
