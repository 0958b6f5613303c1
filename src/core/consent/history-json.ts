/**
 * The `autoCibleConsentHistory` text field: `{"version":1,"events":[…]}`, validated with zod on read.
 * Schemas are built inside `@__PURE__` calls so bundles that import the consent index without parsing
 * drop zod (same pattern as vmc/defaults-schema.ts).
 */
import { array, literal, strictObject, string, enum as zodEnum } from 'zod';
import { isIsoDate } from '../catalogue';
import { CONSENT_CHANNELS, CONSENT_SOURCES, CONSENT_STATUSES } from './channels';
import { ConsentHistoryParseError } from './consent-history-parse-error';
import type { ConsentEvent } from './event';
import { mergeConsent } from './merge';

export const CONSENT_HISTORY_VERSION = 1;

export const consentEventSchema = /* @__PURE__ */ (() =>
  strictObject({
    channel: zodEnum(CONSENT_CHANNELS),
    status: zodEnum(CONSENT_STATUSES),
    date: string().refine(isIsoDate, 'expected a calendar date YYYY-MM-DD'),
    source: zodEnum(CONSENT_SOURCES),
    proof: string().optional(),
    sourceRef: string().optional(),
  }).refine((event) => event.status !== 'OPT_IN' || (event.proof ?? '').trim() !== '', {
    message: 'an opt-in needs its proof',
    path: ['proof'],
  }))();

export const consentHistorySchema = /* @__PURE__ */ (() =>
  strictObject({ version: literal(CONSENT_HISTORY_VERSION), events: array(consentEventSchema) }))();

/** The history as stored: canonical order, duplicates removed. */
export function serialiseConsentHistory(history: readonly ConsentEvent[]): string {
  return JSON.stringify({ version: CONSENT_HISTORY_VERSION, events: mergeConsent([], history) });
}

function parseJson(text: string, recordId: string | undefined): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ConsentHistoryParseError([{ path: '', message: 'is not JSON' }], recordId);
  }
}

/**
 * Reads the stored history; an empty field is an empty history. Throws `ConsentHistoryParseError`
 * (with the zod issues and the record id) rather than guess: a history we cannot read may hold objections.
 */
export function parseConsentHistory(text: string | null | undefined, recordId?: string): readonly ConsentEvent[] {
  if (text === null || text === undefined || text.trim() === '') return [];
  const result = consentHistorySchema.safeParse(parseJson(text, recordId));
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    throw new ConsentHistoryParseError(issues, recordId);
  }
  // exactOptionalPropertyTypes: zod's optional output is `T | undefined`; rebuild without undefined keys.
  const events = result.data.events.map(({ proof, sourceRef, ...rest }): ConsentEvent => ({
    ...rest,
    ...(proof === undefined ? {} : { proof }),
    ...(sourceRef === undefined ? {} : { sourceRef }),
  }));
  return mergeConsent([], events);
}
