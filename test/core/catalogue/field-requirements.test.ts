import { describe, expect, it } from 'vitest';
import { getField } from '../../../src/core/catalogue';
import type { EntityType, FieldDef } from '../../../src/core/catalogue';

describe('required catalogue fields', () => {
  it('defines every field the brief names, with its type', () => {
    const expected: Record<EntityType, Record<string, FieldDef['type']>> = {
      Account: {
        autoCibleCompanyType: 'enum', autoCibleNafCode: 'varchar', autoCibleSiren: 'varchar', autoCibleSiret: 'varchar',
        autoCibleEmployeeCount: 'int', autoCibleEmployeeBand: 'enum', autoCibleIsHeadOffice: 'bool',
        autoCibleLifecycleStage: 'enum', autoCibleFleetSize: 'int', autoCibleFleetSizeBand: 'enum',
        autoCibleFleetVpCount: 'int', autoCibleFleetVulCount: 'int', autoCibleFleetBrands: 'multiEnum',
        autoCibleFinancingModes: 'multiEnum', autoCibleFinancers: 'multiEnum', autoCibleRenewalMonths: 'int',
        autoCibleRenewalKm: 'int', autoCibleScore: 'int', autoCibleScoreFit: 'int', autoCibleScoreEngagement: 'int',
        autoCibleScoreGrade: 'enum', autoCibleScoreReasons: 'text', autoCibleScoredAt: 'datetime',
        autoCibleScoreModel: 'varchar', autoCibleVmcBrute: 'float', autoCibleVmcNette: 'float',
        autoCibleVmcMarge: 'float', autoCibleVmcNetteMarge: 'float', autoCibleVmcComputedAt: 'datetime',
      },
      Contact: {
        autoCibleCustomerKind: 'enum', autoCibleRole: 'enum', autoCibleBuyingRole: 'enum', autoCibleBirthDate: 'date',
        autoCibleAgeBand: 'enum', autoCibleGender: 'enum', autoCibleFamilySituation: 'enum',
        autoCibleChildrenCount: 'int', autoCibleCsp: 'enum', autoCibleHousingType: 'enum',
        autoCibleInterests: 'multiEnum', autoCibleBuyerType: 'enum', autoCibleLastInboundContactAt: 'date',
        autoCibleLastInboundContactSource: 'enum', autoCibleLastWorkshopVisitAt: 'date',
        autoCibleConsentEmailStatus: 'enum', autoCibleConsentSmsDate: 'date', autoCibleConsentPhoneSource: 'enum',
        autoCibleConsentPostalProof: 'text', autoCibleConsentHistory: 'text', autoCibleRetentionAnchorDate: 'date',
        autoCibleRetentionAnchorSource: 'enum', autoCibleRetentionDeadline: 'date', autoCibleRetentionStatus: 'enum',
        autoCibleLegalHold: 'bool', autoCibleLegalHoldReason: 'varchar', autoCibleVmcBrute: 'float',
      },
      Lead: { autoCibleCustomerKind: 'enum', autoCibleScore: 'int', autoCibleLegalHold: 'bool' },
      AutoCibleVehicle: {
        name: 'varchar', plate: 'varchar', vin: 'varchar', brand: 'enum', model: 'varchar', version: 'varchar',
        genre: 'enum', category: 'enum', energyCode: 'enum', energyFamily: 'enum', mecDate: 'date', mileage: 'int',
        mileageDate: 'date', purchaseType: 'enum', purchaseDate: 'date', purchasePrice: 'float',
        financingMode: 'enum', financer: 'enum', financingStartDate: 'date', financingEndDate: 'date',
        monthlyPayment: 'float', lastWorkshopVisitAt: 'date', nextCtDueDate: 'date', account: 'link', contact: 'link',
      },
    };
    for (const [entityType, fields] of Object.entries(expected) as [EntityType, Record<string, FieldDef['type']>][]) {
      for (const [name, type] of Object.entries(fields)) expect(getField(entityType, name).type, name).toBe(type);
    }
  });

  it('wires enumerations, validators and ranges where the brief asks', () => {
    expect(getField('Account', 'autoCibleFleetBrands').enum?.id).toBe('vehicleBrand');
    expect(getField('Account', 'autoCibleFinancers').enum?.id).toBe('financer');
    expect(getField('Contact', 'autoCibleBuyerType').enum?.id).toBe('purchaseType');
    expect(getField('AutoCibleVehicle', 'genre').enum?.id).toBe('genreJ1');
    expect(getField('AutoCibleVehicle', 'energyCode').enum?.id).toBe('energyP3');
    expect(getField('Account', 'autoCibleNafCode').validator).toBe('naf');
    expect(getField('Account', 'autoCibleSiret').validator).toBe('siret');
    expect(getField('AutoCibleVehicle', 'plate').validator).toBe('plate');
    expect(getField('AutoCibleVehicle', 'vin').validator).toBe('vin');
    expect(getField('AutoCibleVehicle', 'name').required).toBe(true);
    expect(getField('AutoCibleVehicle', 'account').linkEntity).toBe('Account');
    expect(getField('AutoCibleVehicle', 'contact').linkEntity).toBe('Contact');
    expect(getField('AutoCibleVehicle', 'mileage').min).toBe(0);
    expect([getField('Lead', 'autoCibleScore').min, getField('Lead', 'autoCibleScore').max]).toEqual([0, 100]);
    expect(getField('Account', 'autoCibleVmcBrute').min).toBe(0);
    expect(getField('Account', 'autoCibleVmcMarge').min).toBe(0);
    expect(getField('Account', 'autoCibleVmcNette').min).toBeUndefined();
    expect(getField('Contact', 'autoCibleVmcNetteMarge').min).toBeUndefined();
  });
});
