import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGenerateArgs } from '../../../scripts/generate-sample';
import { DEFAULT_SAMPLE_OPTIONS } from '../../../src/server/sample';

const ROOT = '/repo';

describe('generate-sample arguments', () => {
  it('default to the bundled samples/ directory and sizes', () => {
    expect(parseGenerateArgs([], ROOT)).toEqual({ ...DEFAULT_SAMPLE_OPTIONS, out: resolve(ROOT, 'samples') });
  });

  it('scale every size, and let an explicit count win', () => {
    const options = parseGenerateArgs(['--scale', '0.5', '--contacts', '1000000', '--out', '/tmp/bench'], ROOT);
    expect(options).toMatchObject({ accounts: 1000, contacts: 1_000_000, leads: 750, out: '/tmp/bench' });
  });

  it('reject a negative or fractional count, a non-positive scale and a malformed date', () => {
    expect(() => parseGenerateArgs(['--contacts=-1'], ROOT)).toThrow(RangeError);
    expect(() => parseGenerateArgs(['--accounts', '2.5'], ROOT)).toThrow(RangeError);
    expect(() => parseGenerateArgs(['--scale', '0'], ROOT)).toThrow(RangeError);
    expect(() => parseGenerateArgs(['--as-of', '30/06/2026'], ROOT)).toThrow(RangeError);
  });
});
