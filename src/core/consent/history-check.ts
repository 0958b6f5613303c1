/**
 * Checks the parsed `autoCibleConsentHistory` JSON by hand rather than with zod, so the browser's RGPD
 * panel can read the history with the same code as the server without bundling zod (~750 KB).
 * Like a strict schema it reports every issue it finds, each with the dotted path of the bad node.
 */
import { isIsoDate } from '../catalogue/iso-date';
import { CONSENT_CHANNELS, CONSENT_SOURCES, CONSENT_STATUSES } from './channels';
import type { ConsentHistoryIssue } from './consent-history-parse-error';
import type { ConsentEvent } from './event';

export const CONSENT_HISTORY_VERSION = 1;

export type ConsentHistoryCheck =
  | { readonly ok: true; readonly events: readonly ConsentEvent[] }
  | { readonly ok: false; readonly issues: readonly ConsentHistoryIssue[] };

type Issues = ConsentHistoryIssue[];
type Path = readonly (string | number)[];

const HISTORY_KEYS: readonly string[] = ['version', 'events'];
const EVENT_KEYS: readonly string[] = ['channel', 'status', 'date', 'source', 'proof', 'sourceRef'];

function report(issues: Issues, path: Path, message: string): void {
  issues.push({ path: path.join('.'), message });
}

/** A plain object with only `known` keys; reports the value or its unknown keys otherwise. */
function strictObject(value: unknown, known: readonly string[], path: Path, issues: Issues): Readonly<Record<string, unknown>> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report(issues, path, 'expected an object');
    return undefined;
  }
  const unknown = Object.keys(value).filter((key) => !known.includes(key));
  if (unknown.length > 0) report(issues, path, `unknown key(s): ${unknown.join(', ')}`);
  return value as Readonly<Record<string, unknown>>;
}

function oneOf<T extends string>(options: readonly T[], value: unknown, path: Path, issues: Issues): value is T {
  if (options.some((option) => option === value)) return true;
  report(issues, path, `expected one of ${options.join(', ')}`);
  return false;
}

function calendarDate(value: unknown, path: Path, issues: Issues): value is string {
  if (typeof value === 'string' && isIsoDate(value)) return true;
  report(issues, path, 'expected a calendar date YYYY-MM-DD');
  return false;
}

function optionalText(value: unknown, path: Path, issues: Issues): value is string | undefined {
  if (value === undefined || typeof value === 'string') return true;
  report(issues, path, 'expected a string');
  return false;
}

/** One stored event: known keys only, enum codes, a calendar date, and an opt-in with its proof. */
function checkEvent(value: unknown, path: Path, issues: Issues): ConsentEvent | undefined {
  const event = strictObject(value, EVENT_KEYS, path, issues);
  if (event === undefined) return undefined;
  const { channel, status, date, source, proof, sourceRef } = event;
  const knownChannel = oneOf(CONSENT_CHANNELS, channel, [...path, 'channel'], issues);
  const knownStatus = oneOf(CONSENT_STATUSES, status, [...path, 'status'], issues);
  const datedDay = calendarDate(date, [...path, 'date'], issues);
  const knownSource = oneOf(CONSENT_SOURCES, source, [...path, 'source'], issues);
  const proofText = optionalText(proof, [...path, 'proof'], issues);
  const refText = optionalText(sourceRef, [...path, 'sourceRef'], issues);
  // An opt-in nobody can prove is no consent (RGPD art. 7(1)); see event.ts.
  const unproven = status === 'OPT_IN' && (proof === undefined || (typeof proof === 'string' && proof.trim() === ''));
  if (unproven) report(issues, [...path, 'proof'], 'an opt-in needs its proof');
  if (!(knownChannel && knownStatus && datedDay && knownSource && proofText && refText) || unproven) return undefined;
  return {
    channel,
    status,
    date,
    source,
    ...(proof === undefined ? {} : { proof }),
    ...(sourceRef === undefined ? {} : { sourceRef }),
  };
}

/** Checks `{"version":1,"events":[…]}` (already parsed from JSON), as stored; does not reorder the events. */
export function checkConsentHistory(value: unknown): ConsentHistoryCheck {
  const issues: Issues = [];
  const history = strictObject(value, HISTORY_KEYS, [], issues);
  if (history === undefined) return { ok: false, issues };
  if (history.version !== CONSENT_HISTORY_VERSION) report(issues, ['version'], `expected ${CONSENT_HISTORY_VERSION}`);
  if (!Array.isArray(history.events)) {
    report(issues, ['events'], 'expected an array');
    return { ok: false, issues };
  }
  const events = Array.from(history.events as unknown[], (event, i) => checkEvent(event, ['events', i], issues));
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, events: events.filter((event): event is ConsentEvent => event !== undefined) };
}
