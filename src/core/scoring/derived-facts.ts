import {
  BUYING_ROLE,
  CONTACT_ROLE,
  CUSTOMER_KIND,
  ENERGY_FAMILY,
  FINANCING_MODE,
  FLEET_SIZE_BAND,
  INBOUND_CONTACT_SOURCE,
  VEHICLE_BRAND,
  VEHICLE_CATEGORY,
} from '../catalogue';
import type { EnumDef } from '../catalogue';
import type { FactDef, FactType } from './fact-types';

function fact(name: string, type: FactType, fr: string, en: string, enumDef?: EnumDef): FactDef {
  const base = { name, type, label: { fr, en }, source: 'derived' } as const;
  return enumDef === undefined ? base : { ...base, enum: enumDef };
}

/** Values `buildFacts` derives from the record, its vehicles, its account and the account's contacts. */
export const DERIVED_FACTS: readonly FactDef[] = [
  // Relationship
  fact('customerKind', 'enum', 'Particulier ou professionnel', 'Private or professional', CUSTOMER_KIND),
  fact('contactRoles', 'multiEnum', 'Fonctions des interlocuteurs', 'Contact functions', CONTACT_ROLE),
  fact('buyingRoles', 'multiEnum', "Rôles dans l'achat", 'Buying roles', BUYING_ROLE),
  fact('lastInboundContactDate', 'date', 'Dernier contact entrant', 'Last inbound contact'),
  fact('lastInboundContactSource', 'enum', 'Canal du dernier contact entrant', 'Last inbound contact channel', INBOUND_CONTACT_SOURCE),
  fact('daysSinceLastInboundContact', 'number', 'Jours depuis le dernier contact entrant', 'Days since last inbound contact'),
  fact('lastWorkshopVisitDate', 'date', 'Dernier passage atelier', 'Last workshop visit'),
  fact('daysSinceLastWorkshopVisit', 'number', 'Jours depuis le dernier passage atelier', 'Days since last workshop visit'),
  // Company
  fact('nafCode', 'string', 'Code NAF normalisé', 'Normalised NAF code'),
  fact('nafDivision', 'number', 'Division NAF (2 chiffres)', 'NAF division (2 digits)'),
  fact('siretValid', 'bool', 'SIRET valide', 'Valid SIRET'),
  fact('fleetSize', 'number', 'Taille du parc', 'Fleet size'),
  fact('fleetBand', 'enum', 'Tranche de parc', 'Fleet size band', FLEET_SIZE_BAND),
  fact('vulSharePercent', 'number', 'Part de VUL (%)', 'LCV share (%)'),
  // Vehicles owned
  fact('vehicleCount', 'number', 'Véhicules connus', 'Vehicles on file'),
  fact('vehicleCategories', 'multiEnum', 'Catégories des véhicules', 'Vehicle categories', VEHICLE_CATEGORY),
  fact('vehicleBrands', 'multiEnum', 'Marques des véhicules', 'Vehicle makes', VEHICLE_BRAND),
  fact('vehicleEnergyFamilies', 'multiEnum', 'Énergies des véhicules', 'Vehicle energies', ENERGY_FAMILY),
  fact('vehicleFinancingModes', 'multiEnum', 'Financements des véhicules', 'Vehicle financing modes', FINANCING_MODE),
  fact('oldestVehicleMecDate', 'date', 'MEC du véhicule le plus ancien', 'First registration of the oldest vehicle'),
  fact('newestVehicleMecDate', 'date', 'MEC du véhicule le plus récent', 'First registration of the newest vehicle'),
  fact('oldestVehicleAgeMonths', 'number', 'Âge du véhicule le plus ancien (mois)', 'Age of the oldest vehicle (months)'),
  fact('newestVehicleAgeMonths', 'number', 'Âge du véhicule le plus récent (mois)', 'Age of the newest vehicle (months)'),
  fact('averageVehicleAgeMonths', 'number', 'Âge moyen des véhicules (mois)', 'Average vehicle age (months)'),
  fact('maxVehicleMileage', 'number', 'Kilométrage le plus élevé', 'Highest mileage'),
  fact('vehiclesDueForRenewal', 'number', 'Véhicules à renouveler', 'Vehicles due for renewal'),
  fact('renewalDueSharePercent', 'number', 'Part du parc à renouveler (%)', 'Share of vehicles due for renewal (%)'),
  // A VUL over 4 years also has the annual pollution check between two CTs (domain.md §1.5).
  fact('nextCtDueDate', 'date', "Prochain contrôle technique (ou contrôle pollution d'un VUL de plus de 4 ans)",
    'Next roadworthiness test (or emissions check of an LCV over 4 years)'),
  fact('daysToNextCt', 'number', "Jours avant le prochain contrôle technique (ou contrôle pollution d'un VUL de plus de 4 ans)",
    'Days to next roadworthiness test (or emissions check of an LCV over 4 years)'),
  fact('nextWarrantyEndDate', 'date', 'Prochaine fin de garantie', 'Next warranty end'),
  fact('daysToWarrantyEnd', 'number', 'Jours avant la fin de garantie', 'Days to warranty end'),
  fact('lastPurchaseDate', 'date', 'Dernier achat de véhicule', 'Last vehicle purchase'),
  fact('monthsSinceLastPurchase', 'number', 'Mois depuis le dernier achat', 'Months since last purchase'),
  // Financing contracts
  fact('hasLeaseContract', 'bool', 'Contrat LOA, LLD ou crédit-bail', 'Lease, contract hire or finance lease'),
  fact('nextFinancingEndDate', 'date', 'Prochaine fin de financement', 'Next financing end'),
  fact('monthsToFinancingEnd', 'number', 'Mois avant la fin de financement', 'Months to financing end'),
  fact('nextFinancingEndMode', 'enum', 'Financement qui se termine', 'Financing that ends next', FINANCING_MODE),
  fact('nextLeaseEndDate', 'date', 'Prochaine fin de LOA, LLD ou crédit-bail', 'Next lease end'),
  fact('monthsToLeaseEnd', 'number', 'Mois avant la fin de LOA, LLD ou crédit-bail', 'Months to lease end'),
  fact('nextLoanEndDate', 'date', 'Prochaine fin de crédit', 'Next loan end'),
  fact('monthsToLoanEnd', 'number', 'Mois avant la fin du crédit', 'Months to loan end'),
];
