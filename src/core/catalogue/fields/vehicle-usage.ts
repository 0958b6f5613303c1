import { label } from '../label';
import type { FieldDef } from '../types';

/** Dates and mileage that drive workshop and renewal triggers (domain.md §1.5). */
const USAGE = {
  isPersonalData: false,
  audited: false,
  retention: 'business',
  dataCategory: 'vehicle',
  panel: 'vehicle',
} as const;

export const VEHICLE_USAGE_FIELDS: readonly FieldDef[] = [
  {
    ...USAGE,
    name: 'mecDate',
    type: 'date',
    label: label('Date de mise en circulation', 'First registration date'),
    tooltip: label(
      'Date de première immatriculation (champ B, « MEC ») : elle fixe l’âge du véhicule et l’échéance du contrôle technique.',
      'Date of first registration (field B): it sets the vehicle age and the roadworthiness test due date.',
    ),
    csvAliases: ['MEC', 'date MEC', 'date de première immatriculation', 'première immatriculation'],
  },
  {
    ...USAGE,
    name: 'mileage',
    type: 'int',
    min: 0,
    label: label('Kilométrage', 'Mileage (km)'),
    tooltip: label(
      'Dernier kilométrage relevé, en kilomètres ; il ne doit jamais diminuer pour un même véhicule.',
      'Last recorded mileage, in kilometres; it must never decrease for the same vehicle.',
    ),
    csvAliases: ['km', 'compteur', 'kilomètres'],
  },
  {
    ...USAGE,
    name: 'mileageDate',
    type: 'date',
    label: label('Date du relevé kilométrique', 'Mileage reading date'),
    tooltip: label(
      'Date à laquelle le kilométrage a été relevé, pour estimer le kilométrage annuel.',
      'Date the mileage was read, used to estimate the yearly mileage.',
    ),
    csvAliases: ['date kilométrage'],
  },
  {
    ...USAGE,
    name: 'warrantyEndDate',
    type: 'date',
    label: label('Fin de garantie constructeur', 'Manufacturer warranty end'),
    tooltip: label(
      'Date de fin de la garantie constructeur ; son approche est un déclencheur d’entretien et de renouvellement.',
      'End date of the manufacturer warranty; its approach triggers service and renewal offers.',
    ),
    csvAliases: ['fin de garantie'],
  },
  {
    ...USAGE,
    name: 'lastWorkshopVisitAt',
    type: 'date',
    label: label('Dernier passage atelier', 'Last workshop visit'),
    tooltip: label(
      'Date du dernier passage facturé de ce véhicule à l’atelier.',
      'Date of the last invoiced workshop visit of this vehicle.',
    ),
    csvAliases: ['date dernier passage atelier'],
  },
  {
    ...USAGE,
    name: 'nextCtDueDate',
    type: 'date',
    computed: true,
    label: label('Prochain contrôle technique', 'Next roadworthiness test'),
    tooltip: label(
      'Échéance estimée par AutoCible : 4 ans après la mise en circulation, puis tous les 2 ans, en supposant les contrôles faits à temps.',
      'Due date estimated by AutoCible: 4 years after first registration, then every 2 years, assuming tests were done on time.',
    ),
  },
];
