/**
 * The opposition key folds spellings EspoCRM keeps apart (domain.md §5.1): a Gmail mailbox with or without
 * dots and `+tags`, on gmail.com or googlemail.com, and a phone number written `+33612345678` or
 * `0612345678` are one key but different address rows. EspoCRM cannot search by key, so these patterns ask
 * for a superset: an SQL `like` every spelling of the key matches (the caller compares keys on what comes back).
 * EspoCRM's `like` on `emailAddress`/`phoneNumber` matches any address of a record, not only the primary one
 * (`Orm/FieldConverters/Email.php`, `Phone.php`: a subquery on the address rows), case-insensitively.
 */
import { emailMatchKey, normalisePhone } from '../../../core/consent';
import type { Kind } from './shared-addresses';

const GMAIL_KEY_DOMAIN = '@gmail.com';
/** A French national significant number has 9 digits; every spelling of a key ends with them. */
const PHONE_TAIL_DIGITS = 9;

/**
 * Every spelling of the Gmail key `local@gmail.com` has its local part's letters and digits in order, maybe
 * with dots, a `+tag` or other characters between them (`%` absorbs those), then `@gmail.com` or
 * `@googlemail.com` (`@g%mail.com`).
 */
function gmailPattern(key: string): string {
  const local = key.slice(0, -GMAIL_KEY_DOMAIN.length);
  const letters = [...local].filter((char) => /^[a-z0-9]$/u.test(char));
  return `%${letters.join('%')}%@g%mail.com`;
}

/**
 * Every spelling `normalisePhone` maps to the E.164 key `+CCNNN…` (national `0NNN…`, `+CC NNN…`, `00CC…`,
 * `+CC (0)NNN…`, separators) holds the number's last digits in order, whatever stands between them.
 */
function phonePattern(key: string): string {
  const tail = [...key.slice(1).slice(-PHONE_TAIL_DIGITS)];
  return `%${tail.join('%')}%`;
}

/**
 * The `like` pattern of the other spellings of `value`'s opposition key, or null when the key has one spelling
 * for EspoCRM (any e-mail address outside Gmail: EspoCRM's `equals` compares the lower-case form, which is the
 * key) or when `value` has no key.
 */
export function spellingPattern(kind: Kind, value: string): string | null {
  if (kind === 'emailAddress') {
    const key = emailMatchKey(value);
    return key === undefined || !key.endsWith(GMAIL_KEY_DOMAIN) ? null : gmailPattern(key);
  }
  const key = normalisePhone(value);
  return key === undefined ? null : phonePattern(key);
}
