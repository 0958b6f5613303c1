import { describe, expect, it } from 'vitest';
import {
  allEnums,
  EMPLOYEE_BAND,
  ENERGY_P3,
  ENUM_DEFS,
  GENRE_J1,
  VEHICLE_BRAND,
} from '../../../src/core/catalogue';
import type { EnumDef } from '../../../src/core/catalogue';

/** The loosest spelling an importer may match on: no accents, no case, no punctuation. */
function matchKey(value: string): string {
  return value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

function codes(def: EnumDef): string[] {
  return def.options.map((o) => o.code);
}

function byId(id: string): EnumDef {
  const def = ENUM_DEFS.find((d) => d.id === id);
  if (def === undefined) throw new Error(`enum ${id} is missing`);
  return def;
}

describe('enumerations', () => {
  it('have unique ids', () => {
    const ids = ENUM_DEFS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ENUM_DEFS.map((d) => [d.id, d] as const))('%s has unique, non-empty ASCII codes', (_id, def) => {
    expect(def.options.length).toBeGreaterThan(1);
    expect(new Set(codes(def)).size).toBe(def.options.length);
    for (const code of codes(def)) expect(code).toMatch(/^[A-Z0-9][A-Z0-9_-]*$/);
  });

  it.each(ENUM_DEFS.map((d) => [d.id, d] as const))('%s labels every option in French and English', (_id, def) => {
    for (const option of def.options) {
      expect(option.label.fr.trim(), `${def.id}.${option.code} fr`).not.toBe('');
      expect(option.label.en.trim(), `${def.id}.${option.code} en`).not.toBe('');
    }
  });

  it.each(ENUM_DEFS.map((d) => [d.id, d] as const))('%s spellings never point at two options', (_id, def) => {
    const owner = new Map<string, string>();
    for (const option of def.options) {
      const spellings = [option.code, option.label.fr, option.label.en, ...(option.aliases ?? [])];
      for (const spelling of spellings) {
        const key = matchKey(spelling);
        expect(key, `${def.id}.${option.code} "${spelling}"`).not.toBe('');
        const previous = owner.get(key);
        expect(previous ?? option.code, `${def.id}: "${spelling}"`).toBe(option.code);
        owner.set(key, option.code);
      }
    }
  });

  it('never put a multi-enum separator inside an alias', () => {
    for (const def of ENUM_DEFS) {
      for (const alias of def.options.flatMap((o) => o.aliases ?? [])) expect(alias).not.toMatch(/[|;]/);
    }
  });

  it('are all used by some catalogue field, and the catalogue uses no other', () => {
    expect(allEnums().map((d) => d.id).sort()).toEqual(ENUM_DEFS.map((d) => d.id).sort());
  });

  it('contain exactly the codes the domain reference lists', () => {
    expect(codes(byId('vehicleCategory'))).toEqual(['VP', 'VUL', 'PL', 'TC', '2RM', 'VSP', 'VASP', 'AUTRE']);
    expect(codes(byId('energyFamily'))).toEqual([
      'ESSENCE', 'DIESEL', 'ELECTRIQUE', 'HYBRIDE_HEV', 'HYBRIDE_PHEV', 'GPL', 'GNV', 'E85', 'HYDROGENE', 'AUTRE',
    ]);
    expect(codes(byId('purchaseType'))).toEqual(['VN', 'VD', 'VO0KM', 'VOR', 'VO']);
    expect(codes(byId('financingMode'))).toEqual([
      'COMPTANT', 'CREDIT_AFFECTE', 'CREDIT_CLASSIQUE', 'LOA', 'LLD', 'CREDIT_BAIL', 'LMD', 'LCD',
    ]);
    expect(codes(byId('companyType'))).toEqual([
      'ARTISAN', 'COMMERCANT', 'PROFESSION_LIBERALE', 'TPE', 'PME', 'ETI', 'GE', 'ADMINISTRATION', 'ASSOCIATION',
    ]);
    expect(codes(byId('fleetSizeBand'))).toEqual(['F0', 'F1', 'F2_4', 'F5_9', 'F10_49', 'F50_99', 'F100P']);
    expect(codes(byId('customerKind'))).toEqual(['PARTICULIER', 'PROFESSIONNEL']);
    expect(codes(byId('lifecycleStage'))).toEqual(['SUSPECT', 'PROSPECT', 'CLIENT', 'ANCIEN_CLIENT']);
    expect(codes(byId('scoreGrade'))).toEqual(['A', 'B', 'C', 'D']);
    expect(codes(byId('consentStatus'))).toEqual(['OPT_IN', 'SOFT_OPT_IN', 'OPT_OUT', 'UNKNOWN']);
    expect(codes(byId('consentSource'))).toEqual([
      'FORMULAIRE', 'MAGASIN', 'IMPORT', 'TELEPHONE', 'EMAIL', 'COURRIER', 'AUTRE',
    ]);
    expect(codes(byId('retentionStatus'))).toEqual(['KEEP', 'REPERMISSION', 'ANONYMISE', 'REVIEW', 'HOLD', 'ANONYMISED']);
    expect(codes(byId('retentionAnchorSource'))).toEqual([
      'COLLECTION', 'INBOUND_CONTACT', 'PURCHASE', 'FINANCING_END', 'WARRANTY_END', 'WORKSHOP_VISIT', 'NONE',
    ]);
    expect(codes(byId('contactRole'))).toEqual([
      'DIRIGEANT', 'DAF', 'ACHETEUR', 'RESP_PARC', 'SERVICES_GEN', 'OFFICE_MANAGER', 'RH', 'RSE_MOBILITE', 'COMPTABLE', 'UTILISATEUR',
    ]);
    expect(codes(byId('buyingRole'))).toEqual(['DECIDEUR', 'PRESCRIPTEUR', 'INFLUENCEUR', 'PAYEUR', 'UTILISATEUR']);
    expect(codes(byId('inboundContactSource'))).toEqual([
      'FORMULAIRE_WEB', 'EMAIL', 'APPEL_ENTRANT', 'VISITE_SHOWROOM', 'ATELIER', 'SALON', 'RESEAUX_SOCIAUX', 'AUTRE',
    ]);
  });

  it('give one J.1 option per genre code, grouped codes included', () => {
    expect(codes(GENRE_J1).sort()).toEqual(
      ['VP', 'CTTE', 'DERIV-VP', 'CAM', 'TRR', 'TCP', 'VASP', 'VTSU', 'TRA', 'QM', 'QLEM', 'TM', 'TQM',
        'CL', 'CYCL', 'MTL', 'MTT1', 'MTT2', 'REM', 'SREM', 'RESP'].sort(),
    );
  });

  it('list every P.3 energy code of the arrêté and of domain.md §1.2', () => {
    const expected = ['ES', 'GO', 'EL', 'EH', 'EE', 'GH', 'GL', 'GP', 'EG', 'PE', 'PH', 'ER', 'EQ', 'GN', 'EN',
      'NE', 'NH', 'EM', 'EP', 'GF', 'GM', 'GQ', 'FE', 'FG', 'FN', 'FL', 'ET', 'H2', 'HE', 'HH',
      'GZ', 'GA', 'GG', 'GE', 'PL', 'AC'];
    expect(codes(ENERGY_P3).sort()).toEqual(expected.sort());
  });

  it('keep Sirene headcount codes in the Sirene format with natural French labels', () => {
    expect(codes(EMPLOYEE_BAND)).toEqual(
      ['NN', '00', '01', '02', '03', '11', '12', '21', '22', '31', '32', '41', '42', '51', '52', '53'],
    );
    expect(EMPLOYEE_BAND.options.find((o) => o.code === '11')?.label.fr).toBe('10 à 19 salariés');
  });

  it('accept the common import spellings as aliases', () => {
    const aliasOwner = (def: EnumDef, spelling: string): string | undefined =>
      def.options.find((o) => (o.aliases ?? []).some((a) => matchKey(a) === matchKey(spelling)))?.code;
    expect(aliasOwner(ENERGY_P3, 'Diesel')).toBe('GO');
    expect(aliasOwner(ENERGY_P3, 'Gasoil')).toBe('GO');
    expect(aliasOwner(byId('purchaseType'), 'neuf')).toBe('VN');
    expect(aliasOwner(byId('purchaseType'), 'occasion')).toBe('VO');
    expect(aliasOwner(byId('customerKind'), 'B2C')).toBe('PARTICULIER');
    expect(aliasOwner(byId('customerKind'), 'B2B')).toBe('PROFESSIONNEL');
    expect(aliasOwner(VEHICLE_BRAND, 'VW')).toBe('VOLKSWAGEN');
  });

  it('offer about twenty-five makes plus AUTRE', () => {
    expect(VEHICLE_BRAND.options.length).toBeGreaterThanOrEqual(25);
    expect(codes(VEHICLE_BRAND)).toContain('AUTRE');
  });
});
