/**
 * Redaction applied when an error or a log record is built (style principle 6, after Octokit's
 * `request-error.js`): credentials are replaced, query values (where values, `q`) are hidden, and
 * e-mail addresses / phone numbers are masked so that only record ids identify people.
 */
export const REDACTED = '[REDACTED]';

const EMAIL = /[^\s@/?&=]+@[^\s@/?&=]+\.[a-z]{2,}/giu;
const INTERNATIONAL_PHONE = /\+\d[\d .-]{6,}\d/gu;
const FRENCH_PHONE = /\b0\d(?:[ .-]?\d{2}){4}\b/gu;

/** Query keys whose values are technical (never personal data nor secrets). */
const SAFE_QUERY_KEY = /^(?:maxSize|offset|orderBy|order|select|attributeSelect|primaryFilter|key|entityType)$|\[(?:type|attribute|dateTime|timeZone)\]$/u;

export interface Redactor {
  /** Replaces known secrets, e-mail addresses and phone numbers in free text. */
  text(value: string): string;
  /** Removes URL credentials and replaces every non-technical query value. */
  url(value: string): string;
}

export function maskPersonalData(value: string): string {
  return value.replace(EMAIL, '[EMAIL]').replace(INTERNATIONAL_PHONE, '[PHONE]').replace(FRENCH_PHONE, '[PHONE]');
}

export function createRedactor(secrets: readonly string[]): Redactor {
  // Every configured secret, however short (a 3-character password is still one); only an empty one is left out.
  const known = [...new Set(secrets.filter((secret) => secret !== ''))].sort((a, b) => b.length - a.length);
  const text = (value: string): string => {
    let out = value;
    for (const secret of known) out = out.split(secret).join(REDACTED);
    return maskPersonalData(out);
  };
  return { text, url: (value) => text(redactUrl(value)) };
}

function redactUrl(value: string): string {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return REDACTED;
  }
  const base = `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  const pairs = [...parsed.searchParams.entries()].map(([key, val]) =>
    `${key}=${SAFE_QUERY_KEY.test(key) ? val : REDACTED}`);
  return pairs.length === 0 ? base : `${base}?${pairs.join('&')}`;
}
