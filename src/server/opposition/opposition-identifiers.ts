import type { HashFunction, OppositionKey, OppositionKind } from '../../core/consent';
import { oppositionKeyForms } from '../../core/consent';
import type { PersonIdentifiers } from './opposition-check';

/** One identifier given by a user, known from here on only by its place and its key. */
export interface ResolvedIdentifier {
  /** 1-based position among the identifiers of its kind, in the order given ("e-mail #1"). */
  readonly index: number;
  readonly kind: OppositionKind;
  /** Undefined when the text is not an e-mail address or a French/E.164 phone number. */
  readonly key: OppositionKey | undefined;
  /** The keys an older AutoCible listed the same identifier under (an overseas number it keyed as `+33…`). */
  readonly legacy: readonly OppositionKey[];
}

/** The e-mails, then the phones, each in the order given. */
export function resolveIdentifiers(identifiers: PersonIdentifiers, hash: HashFunction): readonly ResolvedIdentifier[] {
  const resolve = (kind: OppositionKind) => (raw: string, at: number): ResolvedIdentifier => {
    const [key, ...legacy] = oppositionKeyForms(kind, raw, hash);
    return { index: at + 1, kind, key, legacy };
  };
  return [...(identifiers.emails ?? []).map(resolve('email')), ...(identifiers.phones ?? []).map(resolve('phone'))];
}

/** The identifiers that are neither an e-mail address nor a phone number (the hash does not matter). */
export function invalidIdentifiers(identifiers: PersonIdentifiers): readonly ResolvedIdentifier[] {
  return resolveIdentifiers(identifiers, () => '').filter((identifier) => identifier.key === undefined);
}
