// One @, a non-empty local part, a dotted domain, no spaces: a syntax check, not a deliverability check.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

/**
 * The stored form of an email address (domain.md §5.1): trimmed, Unicode NFC, lower case. `undefined`
 * when the text is not an email address.
 */
export function normaliseEmail(raw: string): string | undefined {
  const email = raw.trim().normalize('NFC').toLowerCase();
  return EMAIL.test(email) ? email : undefined;
}

const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/**
 * The key two spellings of one mailbox share. Gmail ignores dots and `+tags` in the local part and
 * answers on both of its domains, so they are folded for Gmail only (domain.md §5.1: never for other
 * providers, where they may be different mailboxes).
 */
export function emailMatchKey(raw: string): string | undefined {
  const email = normaliseEmail(raw);
  if (email === undefined) return undefined;
  const at = email.lastIndexOf('@');
  const domain = email.slice(at + 1);
  if (!GMAIL_DOMAINS.has(domain)) return email;
  const local = email.slice(0, at).split('+')[0]?.replaceAll('.', '') ?? '';
  return local === '' ? email : `${local}@gmail.com`;
}
