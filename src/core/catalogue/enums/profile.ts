import { defineEnum, option } from './define';
import type { CodeOf } from './define';

export const GENDER = defineEnum('gender', [
  option('F', 'Femme', 'Female', ['Mme', 'Madame', 'Mlle', 'Mademoiselle', 'female', 'woman', 'Mrs', 'Ms']),
  option('M', 'Homme', 'Male', ['M.', 'Monsieur', 'Mr', 'male', 'man']),
  option('AUTRE', 'Autre ou non précisé', 'Other or not stated', ['non précisé', 'X', 'other']),
]);
export type GenderCode = CodeOf<typeof GENDER>;

export const FAMILY_SITUATION = defineEnum('familySituation', [
  option('CELIBATAIRE', 'Célibataire', 'Single', ['célibataire', 'single']),
  option('EN_COUPLE', 'En couple (union libre)', 'Cohabiting', ['concubinage', 'union libre', 'cohabiting']),
  option('MARIE', 'Marié(e)', 'Married', ['mariée', 'marié', 'married']),
  option('PACSE', 'Pacsé(e)', 'Civil partnership (PACS)', ['PACS', 'pacsée', 'pacsé']),
  option('SEPARE_DIVORCE', 'Séparé(e) ou divorcé(e)', 'Separated or divorced', ['divorcé', 'divorcée', 'séparé', 'divorced', 'separated']),
  option('VEUF', 'Veuf / veuve', 'Widowed', ['veuve', 'widowed']),
]);
export type FamilySituationCode = CodeOf<typeof FAMILY_SITUATION>;

/** Age bands for B2C targeting; order matters: `AGE_BAND_ORDER` follows it. */
export const AGE_BAND = defineEnum('ageBand', [
  option('MOINS_18', 'Moins de 18 ans', 'Under 18'),
  option('18_24', '18 à 24 ans', '18 to 24'),
  option('25_34', '25 à 34 ans', '25 to 34'),
  option('35_44', '35 à 44 ans', '35 to 44'),
  option('45_54', '45 à 54 ans', '45 to 54'),
  option('55_64', '55 à 64 ans', '55 to 64'),
  option('65_74', '65 à 74 ans', '65 to 74'),
  option('75_PLUS', '75 ans et plus', '75 and over'),
]);
export type AgeBandCode = CodeOf<typeof AGE_BAND>;

/** INSEE PCS level-1 groups (1–6) plus the inactive groups marketers use; aliases are PCS digits. */
export const CSP = defineEnum('csp', [
  option('AGRICULTEUR', 'Agriculteur exploitant', 'Farmer', ['1', 'agriculteur', 'farmer']),
  option('ARTISAN_COMMERCANT_CHEF', 'Artisan, commerçant, chef d’entreprise', 'Craftsperson, retailer, business owner', ['2', 'artisan', 'commerçant', "chef d'entreprise"]),
  option('CADRE', 'Cadre, profession intellectuelle supérieure', 'Manager or higher intellectual profession', ['3', 'cadre', 'CSP+']),
  option('PROFESSION_INTERMEDIAIRE', 'Profession intermédiaire', 'Intermediate profession', ['4', 'technicien', 'agent de maîtrise']),
  option('EMPLOYE', 'Employé', 'Clerical or service employee', ['5', 'employé', 'employée']),
  option('OUVRIER', 'Ouvrier', 'Manual worker', ['6', 'ouvrier', 'ouvrière']),
  option('RETRAITE', 'Retraité', 'Retired', ['7', 'retraité', 'retraitée', 'retired']),
  option('ETUDIANT', 'Étudiant', 'Student', ['étudiant', 'étudiante', 'student']),
  option('SANS_ACTIVITE', 'Sans activité professionnelle', 'Not in employment', ['8', 'sans emploi', 'inactif', 'demandeur d’emploi']),
]);
export type CspCode = CodeOf<typeof CSP>;

export const HOUSING_TYPE = defineEnum('housingType', [
  option('MAISON', 'Maison individuelle', 'Detached or terraced house', ['maison', 'pavillon', 'house']),
  option('APPARTEMENT', 'Appartement', 'Flat / apartment', ['appartement', 'immeuble', 'flat', 'apartment']),
  option('AUTRE', 'Autre logement', 'Other housing', ['autre', 'other']),
]);
export type HousingTypeCode = CodeOf<typeof HOUSING_TYPE>;

/** Centres of interest that matter when proposing a vehicle (towing, outdoors, technology…). */
export const INTERESTS = defineEnum('interests', [
  option('SPORT_AUTOMOBILE', 'Sport automobile', 'Motorsport', ['F1', 'rallye', 'motorsport']),
  option('MOTO', 'Moto', 'Motorcycling', ['motocyclisme', 'motorcycling']),
  option('VOYAGES', 'Voyages', 'Travel', ['voyage', 'travel']),
  option('CAMPING_CARAVANING', 'Camping et caravaning', 'Camping and caravanning', ['camping', 'caravane', 'camping-car']),
  option('ENVIRONNEMENT', 'Environnement et mobilité durable', 'Environment and sustainable mobility', ['écologie', 'mobilité électrique', 'environment']),
  option('HIGH_TECH', 'High-tech et nouvelles technologies', 'Technology and gadgets', ['technologie', 'tech', 'technology']),
  option('SPORT', 'Sport', 'Sport', ['sports']),
  option('BRICOLAGE_JARDINAGE', 'Bricolage et jardinage', 'DIY and gardening', ['bricolage', 'jardinage', 'DIY', 'gardening']),
  option('NAUTISME', 'Nautisme', 'Boating and water sports', ['bateau', 'voile', 'boating']),
  option('EQUITATION', 'Équitation', 'Horse riding', ['cheval', 'horse riding']),
  option('FAMILLE_ENFANTS', 'Famille et enfants', 'Family and children', ['famille', 'enfants', 'family']),
  option('LUXE', 'Luxe et art de vivre', 'Luxury and lifestyle', ['luxe', 'luxury']),
]);
export type InterestCode = CodeOf<typeof INTERESTS>;
