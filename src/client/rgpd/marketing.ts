/** The eligibility of one channel as the panel shows it, computed by the core's `eligibility()`. */
import { eligibility, personEligibilityQuery } from '../../core/consent';
import { DomainInputError } from '../../core/errors';
import type { ConsentChannel, ConsentEvent, EligibilityQuery, KnownRelationship } from '../../core/consent';
import type { LabelLang } from '../../core/panels-ui';

export type Get = (attribute: string) => unknown;

/** Translates a label key of our bundled panel texts, filling `{name}` placeholders. */
export type Translate = (key: string, values?: Readonly<Record<string, string>>) => string;

export interface Marketing {
  readonly state: 'eligible' | 'notEligible' | 'undetermined';
  readonly text: string;
  /** Bootstrap label style (platform §3.11). */
  readonly style: 'success' | 'danger' | 'default';
  readonly reason: string | null;
  readonly legal: string | null;
}

/**
 * What the record says about the person (kind, customer or not, EspoCRM's opt-out flags) and what the
 * panel read of their sales and vehicle contracts (`relationship.ts`), as `consent check` reads them.
 */
export function eligibilityQuery(get: Get, id: string, history: readonly ConsentEvent[], channel: ConsentChannel, today: string, known: KnownRelationship = {}): EligibilityQuery {
  return personEligibilityQuery(get, { id, history }, channel, today, known);
}

export function undetermined(label: Translate): Marketing {
  return { state: 'undetermined', text: label('autoCibleRgpdUndetermined'), style: 'default', reason: null, legal: null };
}

/** Undetermined when `today` is not a calendar date (the host always gives one). */
export function marketing(query: EligibilityQuery, lang: LabelLang, label: Translate): Marketing {
  try {
    const answer = eligibility(query);
    return {
      state: answer.eligible ? 'eligible' : 'notEligible',
      text: label(answer.eligible ? 'autoCibleRgpdEligible' : 'autoCibleRgpdNotEligible'),
      style: answer.eligible ? 'success' : 'danger',
      reason: answer.reason[lang],
      legal: label('autoCibleRgpdLegalReference', { reference: answer.legalReference }),
    };
  } catch (error) {
    if (error instanceof DomainInputError) return undetermined(label);
    throw error;
  }
}
