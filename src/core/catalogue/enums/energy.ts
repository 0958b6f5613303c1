import { defineEnum, option } from './define';
import type { CodeOf } from './define';

/**
 * Energy source, carte grise field P.3: the official codes of the arrêté du 9 février 2009
 * (annexe VI, as amended in 2012) plus HE/HH listed in domain.md §1.2.
 */
export const ENERGY_P3 = defineEnum('energyP3', [
  option('ES', 'Essence', 'Petrol', ['SP95', 'SP98', 'gasoline', 'petrol']),
  option('GO', 'Gazole', 'Diesel', ['Diesel', 'Gasoil', 'Gas-oil', 'Gas oil']),
  option('EL', 'Électricité', 'Electricity (BEV)', ['Électrique', 'Electric', 'BEV', '100 % électrique']),
  option('EH', 'Essence-électricité (hybride non rechargeable)', 'Petrol hybrid (HEV)', ['hybride essence', 'HEV']),
  option('EE', 'Essence-électricité (hybride rechargeable)', 'Petrol plug-in hybrid (PHEV)', ['hybride rechargeable essence', 'PHEV']),
  option('GH', 'Gazole-électricité (hybride non rechargeable)', 'Diesel hybrid (HEV)', ['hybride diesel']),
  option('GL', 'Gazole-électricité (hybride rechargeable)', 'Diesel plug-in hybrid (PHEV)', ['hybride rechargeable diesel']),
  option('GP', 'GPL (carburant exclusif)', 'LPG only', ['LPG']),
  option('EG', 'Bicarburation essence-GPL', 'Petrol/LPG bi-fuel', ['essence-GPL', 'GPL bicarburation']),
  option('PE', 'GPL-électricité (hybride rechargeable)', 'LPG plug-in hybrid'),
  option('PH', 'GPL-électricité (hybride non rechargeable)', 'LPG hybrid'),
  option('ER', 'Essence-GPL-électricité (hybride rechargeable)', 'Petrol/LPG plug-in hybrid'),
  option('EQ', 'Essence-GPL-électricité (hybride non rechargeable)', 'Petrol/LPG hybrid'),
  option('GN', 'Gaz naturel (GNV)', 'Natural gas (CNG)', ['GNV', 'CNG', 'gaz naturel']),
  option('EN', 'Bicarburation essence-gaz naturel', 'Petrol/CNG bi-fuel', ['essence-GNV']),
  option('NE', 'Gaz naturel-électricité (hybride rechargeable)', 'CNG plug-in hybrid'),
  option('NH', 'Gaz naturel-électricité (hybride non rechargeable)', 'CNG hybrid'),
  option('EM', 'Essence-gaz naturel-électricité (hybride rechargeable)', 'Petrol/CNG plug-in hybrid'),
  option('EP', 'Essence-gaz naturel-électricité (hybride non rechargeable)', 'Petrol/CNG hybrid'),
  option('GF', 'Gazole-gaz naturel (dual fuel)', 'Diesel/CNG dual fuel'),
  option('GM', 'Gazole-gaz naturel-électricité (hybride rechargeable)', 'Diesel/CNG dual-fuel plug-in hybrid'),
  option('GQ', 'Gazole-gaz naturel-électricité (hybride non rechargeable)', 'Diesel/CNG dual-fuel hybrid'),
  option('FE', 'Superéthanol (E85)', 'Flex-fuel (E85)', ['E85', 'superéthanol', 'flexfuel', 'flex fuel']),
  option('FG', 'Bicarburation superéthanol-GPL', 'E85/LPG bi-fuel'),
  option('FN', 'Bicarburation superéthanol-gaz naturel', 'E85/CNG bi-fuel'),
  option('FL', 'Superéthanol-électricité (hybride rechargeable)', 'E85 plug-in hybrid'),
  option('ET', 'Éthanol', 'Ethanol'),
  option('H2', 'Hydrogène', 'Hydrogen (fuel cell)', ['hydrogène', 'hydrogen', 'FCEV']),
  option('HE', 'Hydrogène-électricité (hybride rechargeable)', 'Hydrogen plug-in hybrid'),
  option('HH', 'Hydrogène-électricité (hybride non rechargeable)', 'Hydrogen hybrid'),
  option('GZ', 'Autres hydrocarbures gazeux comprimés', 'Other compressed gaseous fuels'),
  option('GA', 'Gazogène', 'Producer gas (gasifier)'),
  option('GG', 'Mélange gazogène-gazole', 'Producer gas/diesel mix'),
  option('GE', 'Mélange gazogène-essence', 'Producer gas/petrol mix'),
  option('PL', 'Pétrole lampant', 'Kerosene'),
  option('AC', 'Air comprimé', 'Compressed air'),
]);
export type EnergyP3Code = CodeOf<typeof ENERGY_P3>;

/** Simplified energy family for filters and targeting (domain.md §1.2, last column). */
export const ENERGY_FAMILY = defineEnum('energyFamily', [
  option('ESSENCE', 'Essence', 'Petrol'),
  option('DIESEL', 'Diesel', 'Diesel', ['Gazole']),
  option('ELECTRIQUE', 'Électrique', 'Electric', ['BEV']),
  option('HYBRIDE_HEV', 'Hybride non rechargeable', 'Hybrid (HEV)', ['HEV', 'hybride']),
  option('HYBRIDE_PHEV', 'Hybride rechargeable', 'Plug-in hybrid (PHEV)', ['PHEV']),
  option('GPL', 'GPL', 'LPG'),
  option('GNV', 'Gaz naturel (GNV)', 'Natural gas (CNG)', ['CNG']),
  option('E85', 'Superéthanol (E85)', 'Flex-fuel (E85)', ['superéthanol']),
  option('HYDROGENE', 'Hydrogène', 'Hydrogen'),
  option('AUTRE', 'Autre énergie', 'Other energy', ['autre', 'other']),
]);
export type EnergyFamilyCode = CodeOf<typeof ENERGY_FAMILY>;
