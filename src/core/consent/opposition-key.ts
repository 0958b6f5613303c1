import { emailMatchKey } from './normalise-email';
import { legacyPhoneForms, normalisePhone } from './normalise-phone';

export type OppositionKind = 'email' | 'phone';

/** One entry of the opposition list (« liste repoussoir », domain.md §2.2 and §2.9 step 5). */
export interface OppositionKey {
  readonly kind: OppositionKind;
  /** Hash of `kind:normalised identifier`; the list never holds the identifier itself. */
  readonly key: string;
}

/**
 * Hash function injected by the caller, so the core needs no crypto module: the server passes SHA-256
 * as lowercase hex. A hash is a pseudonym, not anonymisation (CNIL, Spartoo SAN-2020-003): the list is
 * personal data kept on purpose, at least 3 years from the objection.
 */
export type HashFunction = (input: string) => string;

/**
 * The normalised forms an identifier is matched by: its own first, then those an older AutoCible gave it (a
 * number of an overseas block AutoCible ≤ 0.2.2 did not know was hashed as `+33…`, normalise-phone.ts).
 */
function matchForms(kind: OppositionKind, raw: string): readonly string[] {
  if (kind === 'email') {
    const key = emailMatchKey(raw);
    return key === undefined ? [] : [key];
  }
  const phone = normalisePhone(raw);
  return phone === undefined ? [] : [phone, ...legacyPhoneForms(phone)];
}

/**
 * The keys one identifier may be listed under: its key first, then the keys an older AutoCible gave it (empty when
 * it is not a valid email address or phone number).
 */
export function oppositionKeyForms(kind: OppositionKind, raw: string, hash: HashFunction): readonly OppositionKey[] {
  return matchForms(kind, raw).map((form) => ({ kind, key: hash(`${kind}:${form}`) }));
}

/** The key of one identifier, or `undefined` when it is not a valid email address or phone number. */
export function oppositionKey(kind: OppositionKind, raw: string, hash: HashFunction): OppositionKey | undefined {
  const normalised = matchForms(kind, raw)[0];
  return normalised === undefined ? undefined : { kind, key: hash(`${kind}:${normalised}`) };
}

/**
 * The keys of a person's identifiers, each once; invalid identifiers are left out. An overseas number whose
 * normalised form changed brings its old key too, so an entry listed under it still matches.
 */
export function oppositionKeys(
  identifiers: { readonly emails?: readonly string[]; readonly phones?: readonly string[] },
  hash: HashFunction,
): readonly OppositionKey[] {
  const keys = new Map<string, OppositionKey>();
  const add = (kind: OppositionKind, raw: string): void => {
    for (const form of matchForms(kind, raw)) {
      const key: OppositionKey = { kind, key: hash(`${kind}:${form}`) };
      keys.set(`${key.kind}:${key.key}`, key);
    }
  };
  for (const email of identifiers.emails ?? []) add('email', email);
  for (const phone of identifiers.phones ?? []) add('phone', phone);
  return [...keys.values()];
}
