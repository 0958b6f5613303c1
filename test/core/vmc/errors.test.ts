import { describe, expect, it } from 'vitest';
import { DomainInputError } from '../../../src/core/errors';
import { acquisitionCost, computeVmc, vmcBrute, vmcMarge } from '../../../src/core/vmc';
import type { VmcInputName, VmcInputs } from '../../../src/core/vmc';

const VALID: VmcInputs = {
  purchasesPerYear: 2,
  averageAmount: 400,
  retentionRate: 0.75,
  periodYears: 3,
  costToReach: 3,
  conversionRate: 0.03,
  marginRate: 0.4,
};

const IMPOSSIBLE: readonly [VmcInputName, number][] = [
  ['conversionRate', 0],
  ['conversionRate', -0.03],
  ['conversionRate', 1.5],
  ['conversionRate', Number.NaN],
  ['averageAmount', -400],
  ['averageAmount', Number.POSITIVE_INFINITY],
  ['purchasesPerYear', -1],
  ['purchasesPerYear', Number.NaN],
  ['costToReach', -3],
  ['costToReach', Number.NEGATIVE_INFINITY],
  ['periodYears', 0.5],
  ['periodYears', 0],
  ['periodYears', Number.POSITIVE_INFINITY],
  ['retentionRate', 75],
  ['retentionRate', -0.1],
  ['marginRate', 1.2],
  ['marginRate', -0.4],
];

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return expect.fail('an impossible input must throw');
}

describe('impossible VMC inputs', () => {
  it.each(IMPOSSIBLE)('rejects %s = %s with a DomainInputError naming the input', (input, value) => {
    const error = thrownBy(() => computeVmc({ ...VALID, [input]: value }));
    expect(error).toBeInstanceOf(DomainInputError);
    expect(error).toMatchObject({ input, code: 'DOMAIN_INPUT_INVALID' });
    expect(Object.is((error as DomainInputError).value, value)).toBe(true);
  });

  it('rejects a value that is not a number', () => {
    const inputs = { ...VALID, averageAmount: '400' as unknown as number }; // as a JSON config could send it
    expect(thrownBy(() => computeVmc(inputs))).toMatchObject({ input: 'averageAmount', value: '400' });
  });

  it('reports the first impossible input in a fixed order', () => {
    const error = thrownBy(() => computeVmc({ ...VALID, marginRate: 2, purchasesPerYear: -1 }));
    expect(error).toMatchObject({ input: 'purchasesPerYear' });
  });

  it('checks in each formula only the inputs that formula uses', () => {
    expect(thrownBy(() => acquisitionCost({ costToReach: 3, conversionRate: 0 }))).toMatchObject({ input: 'conversionRate' });
    const zeroConversion: VmcInputs = { ...VALID, conversionRate: 0 };
    expect(vmcBrute(zeroConversion)).toBe(1400);
    expect(thrownBy(() => vmcMarge({ ...VALID, marginRate: Number.NaN }))).toMatchObject({ input: 'marginRate' });
  });

  it('accepts the bounds themselves', () => {
    const edges = { ...VALID, purchasesPerYear: 0, averageAmount: 0, retentionRate: 1, periodYears: 1, costToReach: 0, conversionRate: 1, marginRate: 0 };
    expect(computeVmc(edges).vmcBrute).toBe(0);
    expect(computeVmc({ ...VALID, retentionRate: 0, marginRate: 1 }).vmcMarge).toBe(800);
  });
});
