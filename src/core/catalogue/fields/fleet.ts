import { FINANCER, FINANCING_MODE } from '../enums/commerce';
import { FLEET_SIZE_BAND } from '../enums/company';
import { VEHICLE_BRAND } from '../enums/vehicle';
import { label } from '../label';
import type { FieldDef } from '../types';

/** The « fichier spécialiste » automotive criteria of a company fleet (domain.md §1.7, §1.13). */
const FLEET = {
  isPersonalData: false,
  audited: false,
  retention: 'business',
  dataCategory: 'vehicle',
  panel: 'fleet',
} as const;

export const FLEET_FIELDS: readonly FieldDef[] = [
  {
    ...FLEET,
    name: 'autoCibleFleetSize',
    type: 'int',
    min: 0,
    label: label('Taille du parc', 'Fleet size'),
    tooltip: label(
      'Nombre total de véhicules de l’entreprise, toutes catégories confondues ; au-delà de 100 véhicules légers, les quotas de la loi LOM s’appliquent.',
      'Total number of vehicles the company runs, all categories; above 100 light vehicles the LOM low-emission quotas apply.',
    ),
    csvAliases: ['parc', 'nombre de véhicules', 'taille flotte'],
  },
  {
    ...FLEET,
    name: 'autoCibleFleetSizeBand',
    type: 'enum',
    enum: FLEET_SIZE_BAND,
    label: label('Tranche de parc', 'Fleet size band'),
    tooltip: label(
      'Tranche de taille du parc, déduite de la taille du parc quand elle est connue ou importée telle quelle d’un fichier fournisseur.',
      'Fleet size band, derived from the fleet size when it is known, or imported as is from a provider file.',
    ),
    csvAliases: ['tranche flotte'],
  },
  {
    ...FLEET,
    name: 'autoCibleFleetVpCount',
    type: 'int',
    min: 0,
    label: label('Nombre de VP', 'Passenger cars (count)'),
    tooltip: label(
      'Nombre de véhicules particuliers (VP) du parc ; avec le nombre de VUL, il donne la part d’utilitaires.',
      'Number of passenger cars in the fleet; with the LCV count it gives the share of light commercial vehicles.',
    ),
    csvAliases: ['parc VP', 'nb VP'],
  },
  {
    ...FLEET,
    name: 'autoCibleFleetVulCount',
    type: 'int',
    min: 0,
    label: label('Nombre de VUL', 'Light commercial vehicles (count)'),
    tooltip: label(
      'Nombre de véhicules utilitaires légers (camionnettes et dérivés VP) du parc.',
      'Number of light commercial vehicles (vans and car-derived vans) in the fleet.',
    ),
    csvAliases: ['parc VUL', 'nb VUL'],
  },
  {
    ...FLEET,
    name: 'autoCibleFleetBrands',
    type: 'multiEnum',
    enum: VEHICLE_BRAND,
    label: label('Marques du parc', 'Fleet makes'),
    tooltip: label(
      'Marques présentes dans le parc, pour repérer les clients d’une marque concurrente ou de la vôtre.',
      'Makes present in the fleet, to spot customers of a competing make or of your own.',
    ),
    csvAliases: ['marques'],
  },
  {
    ...FLEET,
    name: 'autoCibleFinancingModes',
    type: 'multiEnum',
    enum: FINANCING_MODE,
    dataCategory: 'financing',
    label: label('Modes de financement du parc', 'Fleet financing modes'),
    tooltip: label(
      'Modes de financement utilisés pour le parc (comptant, crédit, LOA, LLD…) ; la fin des contrats déclenche le renouvellement.',
      'Financing modes used for the fleet (cash, loan, lease, contract hire…); contract ends trigger renewals.',
    ),
    csvAliases: ['modes de financement', 'financement'],
  },
  {
    ...FLEET,
    name: 'autoCibleFinancers',
    type: 'multiEnum',
    enum: FINANCER,
    dataCategory: 'financing',
    label: label('Financeurs du parc', 'Fleet financers'),
    tooltip: label(
      'Organismes qui financent le parc : banques captives des marques, banques ou loueurs longue durée.',
      'Companies financing the fleet: brand captive banks, banks or long-term lessors.',
    ),
    csvAliases: ['financeurs', 'loueurs'],
  },
  {
    ...FLEET,
    name: 'autoCibleRenewalMonths',
    type: 'int',
    min: 1,
    max: 240,
    label: label('Cycle de renouvellement (mois)', 'Renewal cycle (months)'),
    tooltip: label(
      'Durée habituelle de détention d’un véhicule dans ce parc, en mois (48 par défaut pour une flotte d’entreprise).',
      'Usual holding period of a vehicle in this fleet, in months (48 by default for a company fleet).',
    ),
    csvAliases: ['durée de détention'],
  },
  {
    ...FLEET,
    name: 'autoCibleRenewalKm',
    type: 'int',
    min: 0,
    max: 1_000_000,
    label: label('Kilométrage de renouvellement', 'Renewal mileage (km)'),
    tooltip: label(
      'Kilométrage à partir duquel l’entreprise remplace ses véhicules (120 000 km par défaut), le premier atteint du délai ou du kilométrage l’emportant.',
      'Mileage at which the company replaces its vehicles (120,000 km by default); whichever of time or mileage comes first applies.',
    ),
    csvAliases: ['km de renouvellement'],
  },
];
