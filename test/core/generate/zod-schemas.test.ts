import { describe, expect, it } from 'vitest';
import { getEntity } from '../../../src/core/catalogue';
import { HOST_ATTRIBUTES } from '../../../src/core/catalogue/host-fields';
import { recordSchema } from '../../../src/core/generate/zod-schemas';

const vehicle = recordSchema(getEntity('AutoCibleVehicle'), HOST_ATTRIBUTES.AutoCibleVehicle);
const account = recordSchema(getEntity('Account'), HOST_ATTRIBUTES.Account);

function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((i) => i.path.join('.'));
}

describe('record schemas generated from the catalogue', () => {
  it('accepts a complete, valid vehicle', () => {
    const result = vehicle.safeParse({
      id: '6b02cd05aa36d8b53',
      name: 'Renault Clio AB-123-CD',
      plate: 'AB123CD',
      vin: 'VF1RJA00067123456',
      brand: 'RENAULT',
      energyCode: 'GO',
      mecDate: '2020-02-29',
      mileage: 42000,
      purchaseType: 'VO',
      accountId: 'acc1',
    });
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('rejects an unknown enum option, an impossible date and a negative mileage, naming each attribute', () => {
    const result = vehicle.safeParse({ id: 'v1', name: 'x', energyCode: 'STEAM', mecDate: '2023-02-30', mileage: -5 });
    expect(issuePaths(result).sort()).toEqual(['energyCode', 'mecDate', 'mileage']);
  });

  it('checks SIREN and SIRET checksums', () => {
    expect(account.safeParse({ id: 'a1', name: 'Garage', autoCibleSiren: '732829320' }).success).toBe(true);
    expect(issuePaths(account.safeParse({ id: 'a1', name: 'Garage', autoCibleSiren: '732829321' }))).toEqual(['autoCibleSiren']);
    expect(issuePaths(account.safeParse({ id: 'a1', name: 'Garage', autoCibleSiret: '73282932000075' }))).toEqual(['autoCibleSiret']);
  });

  it('treats null as empty and lets host attributes it does not know pass through', () => {
    const parsed = account.parse({ id: 'a1', name: 'Garage', autoCibleSiren: null, website: 'https://x.fr' });
    expect(parsed).toMatchObject({ website: 'https://x.fr' });
  });

  it('requires the record id', () => {
    expect(issuePaths(account.safeParse({ name: 'Garage' }))).toContain('id');
  });
});
