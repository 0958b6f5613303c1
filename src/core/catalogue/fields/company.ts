import { COMPANY_TYPE, EMPLOYEE_BAND, NAF_VERSION, SIRENE_STATE } from '../enums/company';
import { label } from '../label';
import type { FieldDef } from '../types';

/** Company data of a legal person: not personal data, kept as business data (domain.md §1.6, §1.8). */
const COMPANY = {
  isPersonalData: false,
  audited: false,
  retention: 'business',
  dataCategory: 'economic',
  panel: 'targeting',
} as const;

export const COMPANY_FIELDS: readonly FieldDef[] = [
  {
    ...COMPANY,
    name: 'autoCibleCompanyType',
    type: 'enum',
    enum: COMPANY_TYPE,
    label: label('Type d’entreprise', 'Company type'),
    tooltip: label(
      'Profil de l’entreprise pour le ciblage B2B : artisan, commerçant, profession libérale, taille (TPE à GE), administration ou association.',
      'Business profile used for B2B targeting: craftsperson, retailer, liberal profession, size class (micro to large), public body or association.',
    ),
    csvAliases: ['forme', 'catégorie entreprise'],
  },
  {
    ...COMPANY,
    name: 'autoCibleNafCode',
    type: 'varchar',
    maxLength: 6,
    validator: 'naf',
    label: label('Code NAF (APE)', 'NAF (APE) code'),
    tooltip: label(
      'Code d’activité INSEE : 4 chiffres et une lettre, par exemple 45.11Z ; il sert à cibler les secteurs et à exclure les concurrents.',
      'INSEE activity code: 4 digits and a letter, e.g. 45.11Z; used to target sectors and to exclude competitors.',
    ),
    csvAliases: ['NAF', 'APE', 'code APE', 'activitePrincipaleUniteLegale'],
  },
  {
    ...COMPANY,
    name: 'autoCibleNafVersion',
    type: 'enum',
    enum: NAF_VERSION,
    label: label('Version de la nomenclature NAF', 'NAF nomenclature version'),
    tooltip: label(
      'Nomenclature dans laquelle le code NAF est exprimé : NAF rév. 2 (2008) ou NAF 2025, en vigueur dans Sirene à partir de 2027.',
      'Nomenclature the NAF code is expressed in: NAF rev. 2 (2008) or NAF 2025, used by Sirene from 2027.',
    ),
  },
  {
    ...COMPANY,
    name: 'autoCibleSiren',
    type: 'varchar',
    maxLength: 11,
    validator: 'siren',
    dataCategory: 'identity',
    label: label('SIREN', 'SIREN'),
    tooltip: label(
      'Identifiant à 9 chiffres de l’entreprise (unité légale), contrôlé par la clé de Luhn ; il sert à dédoublonner les comptes.',
      'Nine-digit identifier of the company (legal unit), checked with the Luhn key; used to deduplicate accounts.',
    ),
    csvAliases: ['numéro SIREN', 'siren entreprise'],
  },
  {
    ...COMPANY,
    name: 'autoCibleSiret',
    type: 'varchar',
    maxLength: 17,
    validator: 'siret',
    dataCategory: 'identity',
    label: label('SIRET', 'SIRET'),
    tooltip: label(
      'Identifiant à 14 chiffres de l’établissement (SIREN + NIC), contrôlé par la clé de Luhn, avec l’exception de La Poste.',
      'Fourteen-digit identifier of the establishment (SIREN + NIC), checked with the Luhn key, with the La Poste exception.',
    ),
    csvAliases: ['numéro SIRET', 'siret établissement'],
  },
  {
    ...COMPANY,
    name: 'autoCibleSireneState',
    type: 'enum',
    enum: SIRENE_STATE,
    label: label('État Sirene', 'Sirene status'),
    tooltip: label(
      'État administratif de l’entreprise dans Sirene : une entreprise cessée ne doit plus être prospectée.',
      'Administrative state of the company in Sirene: a ceased company must no longer be prospected.',
    ),
    csvAliases: ['etatAdministratifUniteLegale', 'état administratif'],
  },
  {
    ...COMPANY,
    name: 'autoCibleEmployeeCount',
    type: 'int',
    min: 0,
    label: label('Effectif salarié', 'Headcount'),
    tooltip: label(
      'Nombre de salariés connu de l’entreprise ; à défaut, renseigner la tranche d’effectif Sirene.',
      'Known number of employees of the company; when unknown, fill in the Sirene headcount band instead.',
    ),
    csvAliases: ['effectif', 'nombre de salariés', 'employees'],
  },
  {
    ...COMPANY,
    name: 'autoCibleEmployeeBand',
    type: 'enum',
    enum: EMPLOYEE_BAND,
    label: label('Tranche d’effectif', 'Headcount band'),
    tooltip: label(
      'Tranche d’effectif au format Sirene (trancheEffectifs), par exemple « 11 » pour 10 à 19 salariés.',
      'Headcount band in the Sirene format (trancheEffectifs), e.g. “11” for 10 to 19 employees.',
    ),
    csvAliases: ['trancheEffectifs', 'trancheEffectifsUniteLegale', 'tranche effectif salarié'],
  },
  {
    ...COMPANY,
    name: 'autoCibleIsHeadOffice',
    type: 'bool',
    label: label('Siège social', 'Head office'),
    tooltip: label(
      'Coché si l’établissement est le siège ; le siège décide souvent des achats de flotte, un établissement secondaire les utilise.',
      'Ticked when the establishment is the head office, which often decides fleet purchases that secondary sites only use.',
    ),
    csvAliases: ['siège', 'etablissementSiege', 'head office'],
  },
];
