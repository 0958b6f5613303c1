import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVersions, parseVersion, satisfies, satisfiesAny } from '../../../../src/server/espo/doctor/version-constraint';
import type { Version } from '../../../../src/server/espo/doctor/version-constraint';

const v = (text: string): Version => {
  const parsed = parseVersion(text);
  if (parsed === null) throw new Error(`bad test version ${text}`);
  return parsed;
};

describe('Composer version constraints', () => {
  it.each([
    ['9.2.7', '>=9.0.0 <10.0.0', true], ['10.0.0', '>=9.0.0 <10.0.0', false], ['8.4.2', '>=9.0.0 <10.0.0', false],
    ['9.2.7', '>=9.0.0,<10.0.0', true],
    ['9.1.0', '^9.1', true], ['9.9.9', '^9.1', true], ['9.0.9', '^9.1', false], ['10.0.0', '^9.1', false],
    ['0.3.5', '^0.3', true], ['0.4.0', '^0.3', false], ['0.0.4', '^0.0.3', false],
    ['9.1.9', '~9.1.2', true], ['9.2.0', '~9.1.2', false], ['9.9.0', '~9.1', true], ['10.0.0', '~9.1', false],
    ['9.2.7', '9.*', true], ['10.0.0', '9.*', false], ['9.2.0', '9.2.*', true], ['9.3.0', '9.2.*', false],
    ['9.2.7', '9.2.7', true], ['9.2.8', '9.2.7', false], ['9.2.8', '9.2', true], ['9.3.0', '9.2', false],
    ['9.3.5', '9.1 - 9.3', true], ['9.4.0', '9.1 - 9.3', false], ['9.3.0', '9.1.0 - 9.3.0', true], ['9.3.1', '9.1.0 - 9.3.0', false],
    ['8.4.2', '^8.4 || ^9.1', true], ['9.0.5', '^8.4 || ^9.1', false], ['9.2.7', '!=9.2.7', false], ['9.2.7', '*', true],
    ['9.2.7-beta1', '>=9.2.7', true], ['v9.2.7', '>9.2.6', true],
  ])('%s satisfies %j: %s', (version, constraint, expected) => {
    expect(satisfies(v(version), constraint)).toBe(expected);
  });

  it('ORs the entries of acceptableVersions', () => {
    expect(satisfiesAny(v('8.4.0'), ['>=9.0.0', '^8.4'])).toBe(true);
    expect(satisfiesAny(v('8.3.0'), ['>=9.0.0', '^8.4'])).toBe(false);
    expect(satisfiesAny(v('9.0.0'), [])).toBe(false);
  });

  it.each(['', 'latest', '>=', '^', '9.x.1', '>=9 ||'])('refuses the constraint %j', (constraint) => {
    expect(() => satisfies([9, 0, 0], constraint)).toThrow(expect.objectContaining({ input: 'acceptableVersions' }));
  });

  it('reads versions and refuses non-versions', () => {
    expect(parseVersion('9.2')).toEqual([9, 2, 0]);
    expect(parseVersion('@@version')).toBeNull();
  });

  const version = fc.tuple(fc.nat(30), fc.nat(30), fc.nat(30));
  it('^x.y.z (x > 0) is exactly [x.y.z, x+1.0.0)', () => {
    fc.assert(fc.property(version, version, ([x, y, z], candidate) => {
      const major = x + 1;
      const inRange = compareVersions(candidate, [major, y, z]) >= 0 && compareVersions(candidate, [major + 1, 0, 0]) < 0;
      expect(satisfies(candidate, `^${major}.${y}.${z}`)).toBe(inRange);
    }));
  });

  it('">=a <b" agrees with compareVersions', () => {
    fc.assert(fc.property(version, version, version, (a, b, candidate) => {
      const expected = compareVersions(candidate, a) >= 0 && compareVersions(candidate, b) < 0;
      expect(satisfies(candidate, `>=${a.join('.')} <${b.join('.')}`)).toBe(expected);
    }));
  });
});
