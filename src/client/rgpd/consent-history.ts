/**
 * Reads the `autoCibleConsentHistory` text without zod, for the browser bundle. It accepts exactly
 * what the core's `parseConsentHistory` accepts (core/consent/history-json.ts; a property test keeps
 * the two in agreement), but answers "unreadable" instead of throwing.
 */
import { CONSENT_CHANNELS, CONSENT_HISTORY_VERSION, isConsentSource, isConsentStatus, mergeConsent } from '../../core/consent';
import { isIsoDate } from '../../core/catalogue';
import type { ConsentChannel, ConsentEvent } from '../../core/consent';

export type ConsentHistoryRead = { readonly status: 'ok'; readonly events: readonly ConsentEvent[] } | { readonly status: 'unreadable' };

const EVENT_KEYS = new Set(['channel', 'status', 'date', 'source', 'proof', 'sourceRef']);
const UNREADABLE: ConsentHistoryRead = { status: 'unreadable' };

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isChannel(value: unknown): value is ConsentChannel {
  return CONSENT_CHANNELS.some((channel) => channel === value);
}

function optionalText(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

/** One stored event, checked like the core's strict zod schema: known keys only, an opt-in with its proof. */
function toEvent(value: unknown): ConsentEvent | undefined {
  if (!isPlainObject(value) || Object.keys(value).some((key) => !EVENT_KEYS.has(key))) return undefined;
  const { channel, status, date, source, proof, sourceRef } = value;
  if (!isChannel(channel) || !isConsentStatus(status) || !isConsentSource(source)) return undefined;
  if (typeof date !== 'string' || !isIsoDate(date) || !optionalText(proof) || !optionalText(sourceRef)) return undefined;
  if (status === 'OPT_IN' && (typeof proof !== 'string' || proof.trim() === '')) return undefined;
  return {
    channel,
    status,
    date,
    source,
    ...(typeof proof === 'string' ? { proof } : {}),
    ...(typeof sourceRef === 'string' ? { sourceRef } : {}),
  };
}

function decode(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The stored history in canonical order; an empty field is an empty history. */
export function readConsentHistory(text: unknown): ConsentHistoryRead {
  if (text === null || text === undefined || (typeof text === 'string' && text.trim() === '')) return { status: 'ok', events: [] };
  if (typeof text !== 'string') return UNREADABLE;
  const stored = decode(text);
  if (!isPlainObject(stored) || Object.keys(stored).some((key) => key !== 'version' && key !== 'events')) return UNREADABLE;
  if (stored.version !== CONSENT_HISTORY_VERSION || !Array.isArray(stored.events)) return UNREADABLE;
  const events = Array.from(stored.events as unknown[], toEvent);
  if (events.some((event) => event === undefined)) return UNREADABLE;
  return { status: 'ok', events: mergeConsent([], events.filter((event): event is ConsentEvent => event !== undefined)) };
}
