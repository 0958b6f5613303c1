import { defineEnum, option } from './define';
import type { CodeOf } from './define';

/** Business profile for B2B targeting (domain.md §1.6, course enumeration). */
export const COMPANY_TYPE = defineEnum('companyType', [
  option('ARTISAN', 'Artisan', 'Craftsperson', ['artisanat', 'RM', 'répertoire des métiers']),
  option('COMMERCANT', 'Commerçant', 'Retailer / trader', ['commerce', 'RCS']),
  option('PROFESSION_LIBERALE', 'Profession libérale', 'Liberal profession', ['libéral', 'profession libérale']),
  option('TPE', 'Très petite entreprise (TPE)', 'Micro-enterprise', ['MICRO', 'microentreprise', 'très petite entreprise']),
  option('PME', 'Petite et moyenne entreprise (PME)', 'Small or medium-sized enterprise (SME)', ['SME', 'PMI']),
  option('ETI', 'Entreprise de taille intermédiaire (ETI)', 'Mid-cap company', ['mid-cap']),
  option('GE', 'Grande entreprise', 'Large enterprise', ['grand compte', 'large enterprise']),
  option('ADMINISTRATION', 'Administration ou collectivité', 'Public body', ['collectivité', 'secteur public', 'public']),
  option('ASSOCIATION', 'Association', 'Non-profit association', ['loi 1901', 'non-profit']),
]);
export type CompanyTypeCode = CodeOf<typeof COMPANY_TYPE>;

/** Sirene `trancheEffectifs` codes, kept as the import format (domain.md §1.6). */
export const EMPLOYEE_BAND = defineEnum('employeeBand', [
  option('NN', 'Non employeur ou effectif inconnu', 'Non-employer or unknown headcount'),
  option('00', '0 salarié', '0 employees'),
  option('01', '1 ou 2 salariés', '1 or 2 employees'),
  option('02', '3 à 5 salariés', '3 to 5 employees'),
  option('03', '6 à 9 salariés', '6 to 9 employees'),
  option('11', '10 à 19 salariés', '10 to 19 employees'),
  option('12', '20 à 49 salariés', '20 to 49 employees'),
  option('21', '50 à 99 salariés', '50 to 99 employees'),
  option('22', '100 à 199 salariés', '100 to 199 employees'),
  option('31', '200 à 249 salariés', '200 to 249 employees'),
  option('32', '250 à 499 salariés', '250 to 499 employees'),
  option('41', '500 à 999 salariés', '500 to 999 employees'),
  option('42', '1 000 à 1 999 salariés', '1,000 to 1,999 employees'),
  option('51', '2 000 à 4 999 salariés', '2,000 to 4,999 employees'),
  option('52', '5 000 à 9 999 salariés', '5,000 to 9,999 employees'),
  option('53', '10 000 salariés et plus', '10,000 employees or more'),
]);
export type EmployeeBandCode = CodeOf<typeof EMPLOYEE_BAND>;

/** Fleet-size bands (domain.md §1.7, proposal; F100P is the LOM L224-7 threshold). */
export const FLEET_SIZE_BAND = defineEnum('fleetSizeBand', [
  option('F0', 'Aucun véhicule', 'No vehicle'),
  option('F1', '1 véhicule', '1 vehicle'),
  option('F2_4', '2 à 4 véhicules (micro-flotte)', '2 to 4 vehicles (micro-fleet)'),
  option('F5_9', '5 à 9 véhicules (petite flotte)', '5 to 9 vehicles (small fleet)'),
  option('F10_49', '10 à 49 véhicules (flotte moyenne)', '10 to 49 vehicles (mid-size fleet)'),
  option('F50_99', '50 à 99 véhicules', '50 to 99 vehicles'),
  option('F100P', '100 véhicules et plus (soumis à la LOM)', '100 vehicles or more (LOM quota applies)'),
]);
export type FleetSizeBandCode = CodeOf<typeof FLEET_SIZE_BAND>;

/** NAF nomenclature version: NAF 2025 replaces NAF rév. 2 in Sirene from 2027 (domain.md §1.8). */
export const NAF_VERSION = defineEnum('nafVersion', [
  option('NAF2008', 'NAF rév. 2 (2008)', 'NAF rev. 2 (2008)', ['NAF rev 2', 'NAFREV2', 'rév. 2']),
  option('NAF2025', 'NAF 2025', 'NAF 2025', ['NACE 2.1']),
]);
export type NafVersionCode = CodeOf<typeof NAF_VERSION>;

/** Administrative state of the legal unit in Sirene; a ceased company disqualifies a lead (domain.md §1.8). */
export const SIRENE_STATE = defineEnum('sireneState', [
  option('A', 'Active', 'Active', ['actif', 'active']),
  option('C', 'Cessée', 'Ceased', ['cessé', 'fermée', 'ceased', 'closed']),
]);
export type SireneStateCode = CodeOf<typeof SIRENE_STATE>;
