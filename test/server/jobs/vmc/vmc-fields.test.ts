import { describe, expect, it } from 'vitest';
import { getField } from '../../../../src/core/catalogue';
import { VMC_FIELDS } from '../../../../src/core/catalogue/fields';
import { VMC_COMPUTED_AT_ATTRIBUTE, VMC_VALUE_ATTRIBUTES, vmcChanges, vmcSelect } from '../../../../src/server/jobs/vmc';

const AT = '2026-01-01 07:00:00';
const desired = { autoCibleVmcBrute: 1400, autoCibleVmcNette: 1300, autoCibleVmcMarge: 560, autoCibleVmcNetteMarge: null };

describe('the VMC fields the job writes', () => {
  it('are the catalogue’s VMC fields, on Contact and on Account', () => {
    const written = [...Object.values(VMC_VALUE_ATTRIBUTES), VMC_COMPUTED_AT_ATTRIBUTE];
    expect([...written].sort()).toEqual(VMC_FIELDS.map((f) => f.name).sort());
    for (const entityType of ['Contact', 'Account'] as const) {
      for (const attribute of written) expect(getField(entityType, attribute).computed).toBe(true);
    }
    expect(vmcSelect('Contact')).toEqual(['autoCibleCustomerKind', ...written]);
    expect(vmcSelect('Account')).toEqual(written);
  });

  it('change only where the stored value differs, the computed-at along with any change', () => {
    expect(vmcChanges({ id: 'c1' }, desired, AT)).toEqual({
      autoCibleVmcBrute: 1400, autoCibleVmcNette: 1300, autoCibleVmcMarge: 560, [VMC_COMPUTED_AT_ATTRIBUTE]: AT,
    });
    const same = { autoCibleVmcBrute: 1400, autoCibleVmcNette: 1300, autoCibleVmcMarge: 560, autoCibleVmcNetteMarge: null, autoCibleVmcComputedAt: '2020-01-01 00:00:00' };
    expect(vmcChanges(same, desired, AT)).toEqual({});
    expect(vmcChanges({ ...same, autoCibleVmcNetteMarge: 12 }, desired, AT)).toEqual({ autoCibleVmcNetteMarge: null, [VMC_COMPUTED_AT_ATTRIBUTE]: AT });
  });

  it('read a stored amount to the cent: float noise or a numeric string is no change, anything else is', () => {
    const noisy = { autoCibleVmcBrute: 1399.9999999999998, autoCibleVmcNette: '1300.00', autoCibleVmcMarge: 560, autoCibleVmcNetteMarge: '' };
    expect(vmcChanges(noisy, desired, AT)).toEqual({});
    expect(vmcChanges({ ...noisy, autoCibleVmcBrute: 1399.99 }, desired, AT)).toEqual({ autoCibleVmcBrute: 1400, [VMC_COMPUTED_AT_ATTRIBUTE]: AT });
    expect(vmcChanges({ ...noisy, autoCibleVmcMarge: 'n/a' }, desired, AT)).toEqual({ autoCibleVmcMarge: 560, [VMC_COMPUTED_AT_ATTRIBUTE]: AT });
  });
});
