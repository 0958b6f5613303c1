import { ENERGY_FAMILY, ENERGY_P3 } from '../enums/energy';
import { GENRE_J1, VEHICLE_BRAND, VEHICLE_CATEGORY } from '../enums/vehicle';
import { label } from '../label';
import type { FieldDef } from '../types';

/** Technical data of the vehicle (carte grise fields, domain.md §1.1–1.2, §1.5): not personal. */
const TECH = {
  isPersonalData: false,
  audited: false,
  retention: 'business',
  dataCategory: 'vehicle',
  panel: 'vehicle',
} as const;

/**
 * Plate and VIN single out the owner: personal data, erased with the person (domain.md §2.7). Not audited:
 * the vehicle scope has no stream, so audit notes would keep old plates for months after an erase (§4.8).
 */
const IDENT = { ...TECH, isPersonalData: true, audited: false, retention: 'person' } as const;

const IDENTITY_FIELDS: readonly FieldDef[] = [
  {
    ...IDENT,
    name: 'name',
    type: 'varchar',
    required: true,
    maxLength: 150,
    audited: false,
    label: label('Nom', 'Name'),
    tooltip: label(
      'Nom affiché du véhicule, par exemple « Renault Clio AB-123-CD » : marque, modèle et immatriculation.',
      'Display name of the vehicle, e.g. “Renault Clio AB-123-CD”: make, model and plate.',
    ),
  },
  {
    ...IDENT,
    name: 'plate',
    type: 'varchar',
    maxLength: 12,
    validator: 'plate',
    label: label('Immatriculation', 'Registration plate'),
    tooltip: label(
      'Numéro d’immatriculation (champ A) au format SIV AA-123-AA, enregistré sans tirets en majuscules ; les anciens numéros FNI sont acceptés.',
      'Registration number (field A) in the SIV format AA-123-AA, stored without dashes in upper case; legacy FNI numbers are accepted.',
    ),
    csvAliases: ['immat', 'numéro d’immatriculation', 'plaque'],
  },
  {
    ...IDENT,
    name: 'vin',
    type: 'varchar',
    maxLength: 17,
    validator: 'vin',
    label: label('Numéro VIN', 'VIN'),
    tooltip: label(
      'Numéro d’identification du véhicule (champ E) : 17 caractères, sans les lettres I, O et Q.',
      'Vehicle identification number (field E): 17 characters, without the letters I, O and Q.',
    ),
    csvAliases: ['numéro de série', 'numéro d’identification'],
  },
];

const DESCRIPTION_FIELDS: readonly FieldDef[] = [
  {
    ...TECH,
    name: 'brand',
    type: 'enum',
    enum: VEHICLE_BRAND,
    label: label('Marque', 'Make'),
    tooltip: label('Marque du véhicule (champ D.1 de la carte grise).', 'Make of the vehicle (registration field D.1).'),
    csvAliases: ['D.1', 'constructeur'],
  },
  {
    ...TECH,
    name: 'model',
    type: 'varchar',
    maxLength: 100,
    label: label('Modèle', 'Model'),
    tooltip: label(
      'Dénomination commerciale du véhicule (champ D.3), par exemple Clio ou Partner.',
      'Commercial name of the vehicle (field D.3), e.g. Clio or Partner.',
    ),
    csvAliases: ['D.3', 'dénomination commerciale'],
  },
  {
    ...TECH,
    name: 'version',
    type: 'varchar',
    maxLength: 150,
    label: label('Version', 'Version'),
    tooltip: label(
      'Type, variante et version (champ D.2) ou finition commerciale du véhicule.',
      'Type, variant and version (field D.2) or commercial trim of the vehicle.',
    ),
    csvAliases: ['D.2', 'finition'],
  },
  {
    ...TECH,
    name: 'genre',
    type: 'enum',
    enum: GENRE_J1,
    label: label('Genre national (J.1)', 'National vehicle type (J.1)'),
    tooltip: label(
      'Genre national de la carte grise (champ J.1), par exemple VP, CTTE ou DERIV-VP ; il détermine la catégorie commerciale.',
      'National vehicle type from the registration certificate (field J.1), e.g. VP, CTTE or DERIV-VP; it sets the trade category.',
    ),
    csvAliases: ['J.1', 'genre national'],
  },
  {
    ...TECH,
    name: 'category',
    type: 'enum',
    enum: VEHICLE_CATEGORY,
    computed: true,
    label: label('Catégorie', 'Category'),
    tooltip: label(
      'Catégorie commerciale (VP, VUL, PL…) déduite du genre J.1 par AutoCible ; un DERIV-VP compte comme un VUL.',
      'Trade category (passenger car, LCV, HGV…) derived from the J.1 type by AutoCible; a DERIV-VP counts as an LCV.',
    ),
  },
  {
    ...TECH,
    name: 'energyCode',
    type: 'enum',
    enum: ENERGY_P3,
    label: label('Énergie (P.3)', 'Energy (P.3)'),
    tooltip: label(
      'Code énergie de la carte grise (champ P.3), par exemple GO pour gazole ou EE pour hybride rechargeable essence.',
      'Energy code from the registration certificate (field P.3), e.g. GO for diesel or EE for petrol plug-in hybrid.',
    ),
    csvAliases: ['P.3', 'énergie', 'carburant'],
  },
  {
    ...TECH,
    name: 'energyFamily',
    type: 'enum',
    enum: ENERGY_FAMILY,
    computed: true,
    label: label('Famille d’énergie', 'Energy family'),
    tooltip: label(
      'Famille simplifiée (essence, diesel, électrique, hybride…) déduite du code P.3 par AutoCible, pour filtrer et cibler.',
      'Simplified family (petrol, diesel, electric, hybrid…) derived from the P.3 code by AutoCible, for filters and targeting.',
    ),
  },
];

export const VEHICLE_DESCRIPTION_FIELDS: readonly FieldDef[] = [...IDENTITY_FIELDS, ...DESCRIPTION_FIELDS];
