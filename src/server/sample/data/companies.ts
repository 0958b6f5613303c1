/**
 * Business customers of a dealership's fleet desk: mostly BTP (building trades), transport and
 * automotive companies, plus the liberal professions, public bodies and associations every dealer
 * also sells to. NAF codes are NAF rév. 2 sub-classes (domain.md §1.8).
 */
import type { CompanyTypeCode } from '../../../core/catalogue';

export interface Sector {
  readonly naf: string;
  /** Name patterns; `{n}` is a surname, `{c}` a city. */
  readonly names: readonly string[];
  /** Share of light commercial vehicles in the fleet (0–1). */
  readonly vulShare: number;
  readonly weight: number;
}

const BTP_NAMES = ['{n} Bâtiment', 'Maçonnerie {n}', '{n} et Fils', '{n} Frères', 'Entreprise {n}', 'BTP {c}'];

export const SECTORS_BY_TYPE: Readonly<Record<CompanyTypeCode, readonly Sector[]>> = {
  ARTISAN: [
    { naf: '43.99C', names: BTP_NAMES, vulShare: 0.9, weight: 5 },
    { naf: '43.21A', names: ['Électricité {n}', '{n} Élec', 'Élec Services {c}'], vulShare: 0.9, weight: 4 },
    { naf: '43.22A', names: ['Plomberie {n}', '{n} Plomberie Chauffage', 'Sanitaire {n}'], vulShare: 0.9, weight: 4 },
    { naf: '43.22B', names: ['{n} Climatisation', 'Thermique {n}', 'Chauffage {n}'], vulShare: 0.9, weight: 2 },
    { naf: '43.32A', names: ['Menuiserie {n}', '{n} Menuiserie', 'Bois et Fenêtres {n}'], vulShare: 0.9, weight: 2 },
    { naf: '43.34Z', names: ['Peinture {n}', '{n} Décoration', 'Déco {c}'], vulShare: 0.85, weight: 2 },
    { naf: '43.91B', names: ['Couverture {n}', '{n} Toitures', 'Charpente Couverture {n}'], vulShare: 0.95, weight: 2 },
    { naf: '45.20A', names: ['Garage {n}', 'Garage du Centre', 'Auto Services {n}', 'Carrosserie {n}'], vulShare: 0.6, weight: 3 },
    { naf: '10.71C', names: ['Boulangerie {n}', 'Au Fournil de {c}', 'Boulangerie-Pâtisserie {n}'], vulShare: 0.7, weight: 2 },
    { naf: '81.30Z', names: ['{n} Paysages', 'Jardins {n}', 'Espaces Verts {c}'], vulShare: 0.95, weight: 2 },
  ],
  COMMERCANT: [
    { naf: '45.32Z', names: ['{c} Pièces Auto', 'Équip’Auto {n}', 'Auto Pièces {n}'], vulShare: 0.6, weight: 2 },
    { naf: '47.76Z', names: ['Fleurs {n}', 'Au Jardin de {c}', 'Fleuriste {n}'], vulShare: 0.8, weight: 1 },
    { naf: '56.10A', names: ['Restaurant {n}', 'Le Bouchon de {c}', 'Brasserie {n}'], vulShare: 0.4, weight: 2 },
    { naf: '47.11D', names: ['Supermarché {c}', 'Proxi {c}', 'Épicerie {n}'], vulShare: 0.7, weight: 1 },
    { naf: '49.32Z', names: ['Taxi {n}', 'Taxis {c}', 'Allo Taxi {c}'], vulShare: 0, weight: 2 },
    { naf: '46.73A', names: ['Matériaux {n}', '{c} Matériaux', 'Négoce Bois {n}'], vulShare: 0.8, weight: 1 },
  ],
  PROFESSION_LIBERALE: [
    { naf: '86.21Z', names: ['Cabinet médical {n}', 'Dr {n}', 'Maison de santé de {c}'], vulShare: 0, weight: 3 },
    { naf: '86.90D', names: ['Cabinet infirmier {n}', 'Soins infirmiers {c}'], vulShare: 0, weight: 3 },
    { naf: '69.20Z', names: ['Cabinet {n} Expertise', '{n} Conseil Comptable', 'Fiduciaire {c}'], vulShare: 0, weight: 2 },
    { naf: '71.11Z', names: ['Atelier d’architecture {n}', '{n} Architectes'], vulShare: 0, weight: 1 },
    { naf: '69.10Z', names: ['Cabinet {n} Avocats', 'SCP {n}'], vulShare: 0, weight: 1 },
  ],
  TPE: [
    { naf: '49.41B', names: ['Transports {n}', '{n} Livraisons', 'Express {c}'], vulShare: 0.9, weight: 3 },
    { naf: '49.42Z', names: ['Déménagements {n}', '{c} Déménagement'], vulShare: 0.95, weight: 1 },
    { naf: '45.20A', names: ['Garage {n}', 'Auto Contrôle {c}', 'Mécanique {n}'], vulShare: 0.5, weight: 2 },
    { naf: '43.12A', names: ['Terrassements {n}', 'TP {n}', 'Terrassement du {c}'], vulShare: 0.9, weight: 2 },
    { naf: '81.21Z', names: ['{c} Nettoyage', 'Propreté {n}', 'Net Services {n}'], vulShare: 0.7, weight: 2 },
    { naf: '62.02A', names: ['{n} Informatique', 'Digital {c}', 'Infogérance {n}'], vulShare: 0.1, weight: 1 },
  ],
  PME: [
    { naf: '49.41A', names: ['Transports {n}', '{n} Logistique', 'TRL {c}', '{n} Transports Frigorifiques'], vulShare: 0.8, weight: 3 },
    { naf: '52.29A', names: ['{c} Express', '{n} Messagerie', 'Rapid’Colis {c}'], vulShare: 0.9, weight: 2 },
    { naf: '41.20B', names: ['{n} Construction', 'Bâtir {c}', '{n} BTP'], vulShare: 0.8, weight: 3 },
    { naf: '42.11Z', names: ['{n} Travaux Publics', 'Routes et Réseaux {c}'], vulShare: 0.85, weight: 1 },
    { naf: '43.21A', names: ['{n} Électricité Industrielle', 'Eiffel Élec {c}'], vulShare: 0.85, weight: 2 },
    { naf: '45.11Z', names: ['{c} Automobiles', 'Garage {n} SA', 'Espace Auto {c}'], vulShare: 0.3, weight: 1 },
    { naf: '77.11A', names: ['{c} Location', 'Loc’Auto {n}'], vulShare: 0.3, weight: 1 },
    { naf: '77.12Z', names: ['{n} Location Utilitaires', 'Loca Camions {c}'], vulShare: 0.9, weight: 1 },
    { naf: '62.02A', names: ['{n} Systèmes', '{c} Software', 'Groupe {n} Numérique'], vulShare: 0.05, weight: 2 },
    { naf: '81.21Z', names: ['{n} Propreté', 'Clean Service {c}'], vulShare: 0.7, weight: 1 },
  ],
  ETI: [
    { naf: '49.41A', names: ['Groupe {n} Transports', '{n} Logistique Europe'], vulShare: 0.8, weight: 2 },
    { naf: '41.20B', names: ['Groupe {n} Construction', '{n} Bâtiment Rhône-Alpes'], vulShare: 0.75, weight: 2 },
    { naf: '46.73A', names: ['{n} Distribution Matériaux', 'Groupe {n} Négoce'], vulShare: 0.7, weight: 1 },
    { naf: '77.11B', names: ['{n} Fleet Services', '{c} Leasing'], vulShare: 0.3, weight: 1 },
  ],
  GE: [
    { naf: '53.20Z', names: ['{n} Colis Services', 'Réseau {n} Express'], vulShare: 0.9, weight: 1 },
    { naf: '42.11Z', names: ['{n} Infrastructures', 'Groupe {n} Routes'], vulShare: 0.8, weight: 1 },
    { naf: '35.14Z', names: ['{n} Énergies', 'Énergie {c} Services'], vulShare: 0.6, weight: 1 },
  ],
  ADMINISTRATION: [
    { naf: '84.11Z', names: ['Mairie de {c}', 'CCAS de {c}', 'Syndicat intercommunal de {c}'], vulShare: 0.6, weight: 4 },
    { naf: '84.25Z', names: ['Centre de secours de {c}'], vulShare: 0.5, weight: 1 },
    { naf: '85.31Z', names: ['Collège de {c}', 'Lycée professionnel de {c}'], vulShare: 0.3, weight: 1 },
  ],
  ASSOCIATION: [
    { naf: '88.10A', names: ['ADMR de {c}', 'Aide à domicile {c}', 'Association {n} Services'], vulShare: 0.05, weight: 3 },
    { naf: '94.99Z', names: ['Association sportive de {c}', 'Comité des fêtes de {c}', 'Amicale {n}'], vulShare: 0.4, weight: 2 },
    { naf: '87.30A', names: ['Résidence {n}', 'Foyer de {c}'], vulShare: 0.3, weight: 1 },
  ],
};

export interface CompanyTypeProfile {
  readonly weight: number;
  readonly employees: readonly [number, number];
  /** Declared fleet size range (all vehicles). */
  readonly fleet: readonly [number, number];
  /** How many of the fleet's vehicles the dealership has on file. */
  readonly known: readonly [number, number];
  /** Professional contacts on file: weights for 0, 1, 2, 3… contacts. */
  readonly contacts: readonly number[];
  readonly legalForms: readonly string[];
}

export const COMPANY_TYPE_PROFILES: Readonly<Record<CompanyTypeCode, CompanyTypeProfile>> = {
  ARTISAN: { weight: 25, employees: [0, 9], fleet: [1, 4], known: [1, 3], contacts: [20, 75, 5], legalForms: ['', 'EURL', 'SARL', 'SASU'] },
  COMMERCANT: { weight: 12, employees: [0, 15], fleet: [1, 5], known: [1, 3], contacts: [25, 70, 5], legalForms: ['', 'SARL', 'SAS', 'SNC'] },
  PROFESSION_LIBERALE: { weight: 10, employees: [0, 5], fleet: [1, 2], known: [1, 2], contacts: [20, 80], legalForms: ['', 'SELARL', 'SCP'] },
  TPE: { weight: 18, employees: [1, 9], fleet: [1, 8], known: [1, 4], contacts: [20, 70, 10], legalForms: ['SARL', 'SAS', 'SASU', 'EURL'] },
  PME: { weight: 20, employees: [10, 249], fleet: [5, 60], known: [2, 8], contacts: [10, 50, 30, 10], legalForms: ['SAS', 'SARL', 'SA'] },
  ETI: { weight: 3, employees: [250, 4999], fleet: [40, 400], known: [5, 16], contacts: [0, 30, 30, 25, 15], legalForms: ['SAS', 'SA'] },
  GE: { weight: 1, employees: [5000, 40000], fleet: [300, 3000], known: [8, 22], contacts: [0, 20, 30, 30, 20], legalForms: ['SA', 'SAS'] },
  ADMINISTRATION: { weight: 5, employees: [5, 1500], fleet: [3, 120], known: [2, 8], contacts: [10, 60, 30], legalForms: [''] },
  ASSOCIATION: { weight: 6, employees: [0, 150], fleet: [1, 12], known: [1, 3], contacts: [20, 70, 10], legalForms: [''] },
};
