import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { oppositionKey, oppositionKeys } from '../../../src/core/consent';

const sha256 = (input: string): string => createHash('sha256').update(input, 'utf8').digest('hex');

describe('oppositionKey', () => {
  it('hashes the kind and the normalised identifier with the injected function', () => {
    expect(oppositionKey('email', ' Jean.Dupont@Orange.fr ', (s) => `h(${s})`)).toEqual({ kind: 'email', key: 'h(email:jean.dupont@orange.fr)' });
    expect(oppositionKey('phone', '06 12 34 56 78', (s) => `h(${s})`)).toEqual({ kind: 'phone', key: 'h(phone:+33612345678)' });
  });

  it('gives one key to the spellings of one identifier, with SHA-256 as the server passes it', () => {
    const a = oppositionKey('phone', '+33 (0)6 12 34 56 78', sha256);
    expect(a?.key).toMatch(/^[0-9a-f]{64}$/);
    expect(oppositionKey('phone', '0612345678', sha256)).toEqual(a);
    expect(oppositionKey('email', 'jean.dupont+x@gmail.com', sha256)).toEqual(oppositionKey('email', 'JEANDUPONT@googlemail.com', sha256));
  });

  it('gives no key to an invalid identifier', () => {
    expect(oppositionKey('email', 'not an email', sha256)).toBeUndefined();
    expect(oppositionKey('phone', '12', sha256)).toBeUndefined();
  });
});

describe('oppositionKeys', () => {
  it('returns each key once and leaves out invalid identifiers', () => {
    const keys = oppositionKeys({ emails: ['a@b.fr', 'A@B.FR', 'nope'], phones: ['0612345678', '+33612345678'] }, sha256);
    expect(keys.map((k) => k.kind)).toEqual(['email', 'phone']);
    expect(keys[0]?.key).toBe(sha256('email:a@b.fr'));
  });
});
