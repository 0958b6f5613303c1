import { describe, expect, it } from 'vitest';
import { emailMatchKey, normalisePhone } from '../../../../src/core/consent';
import { where } from '../../../../src/server/espo/query/where';
import { matchesWhere } from '../../../../src/server/espo/query/where-match';
import { spellingPattern } from '../../../../src/server/jobs/retention/spelling-pattern';

const NO_LINKS = { linkedIds: () => [] };
const likes = (attribute: 'emailAddress' | 'phoneNumber', pattern: string, value: string): boolean =>
  matchesWhere({ id: 'x', [attribute]: value }, [where.like(attribute, pattern)], NO_LINKS);

describe('spellingPattern: a `like` every spelling of an opposition key matches', () => {
  it('matches every Gmail spelling of the mailbox, and compares nothing else', () => {
    const pattern = spellingPattern('emailAddress', 'jeanne.dupont@gmail.com') ?? '';
    const spellings = ['jeannedupont@gmail.com', 'Jeanne.Dupont@GMAIL.com', 'j.e.a.n.n.e.dupont+promo@googlemail.com', 'jeanne.dupont+a.b@gmail.com'];
    for (const spelling of spellings) {
      expect(emailMatchKey(spelling)).toBe('jeannedupont@gmail.com');
      expect(likes('emailAddress', pattern, spelling)).toBe(true);
    }
    expect(likes('emailAddress', pattern, 'jeanne.dupont@yahoo.fr')).toBe(false);
  });

  it('is null outside Gmail: there the key is the lower-case address, which `equals` finds', () => {
    expect(spellingPattern('emailAddress', 'Jeanne.Dupont@orange.fr')).toBeNull();
    expect(spellingPattern('emailAddress', 'not an address')).toBeNull();
  });

  it('matches every spelling of a phone number, national or international', () => {
    const pattern = spellingPattern('phoneNumber', '+33612345678') ?? '';
    for (const spelling of ['0612345678', '06 12 34 56 78', '+33 (0)6 12 34 56 78', '0033612345678', '+330612345678', '612345678']) {
      expect(normalisePhone(spelling)).toBe('+33612345678');
      expect(likes('phoneNumber', pattern, spelling)).toBe(true);
    }
    expect(likes('phoneNumber', pattern, '+33612345679')).toBe(false);
    expect(spellingPattern('phoneNumber', 'n/a')).toBeNull();
  });
});
