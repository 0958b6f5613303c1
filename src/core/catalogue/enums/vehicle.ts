import { defineEnum, option } from './define';
import type { CodeOf } from './define';

/** Trade shorthand used by salespeople (domain.md §1.1(a)); derived from the J.1 genre. */
export const VEHICLE_CATEGORY = defineEnum('vehicleCategory', [
  option('VP', 'Véhicule particulier', 'Passenger car', ['voiture', 'voiture particulière', 'M1']),
  option('VUL', 'Véhicule utilitaire léger', 'Light commercial vehicle', ['VU', 'utilitaire', 'LCV', 'N1']),
  option('PL', 'Poids lourd', 'Heavy goods vehicle', ['camion', 'HGV', 'truck']),
  option('TC', 'Transport en commun (car, bus)', 'Bus or coach', ['autocar', 'autobus', 'bus', 'coach']),
  option('2RM', 'Deux-roues motorisé', 'Powered two-wheeler', ['moto', 'scooter', 'deux-roues', 'motorcycle']),
  option('VSP', 'Voiturette (véhicule sans permis)', 'Microcar (quadricycle)', ['voiturette', 'sans permis', 'microcar']),
  option('VASP', 'Véhicule automoteur spécialisé', 'Special-purpose vehicle', ['camping-car', 'motorhome']),
  option('AUTRE', 'Autre', 'Other', ['other']),
]);
export type VehicleCategoryCode = CodeOf<typeof VEHICLE_CATEGORY>;

/** Genre national, carte grise field J.1 (domain.md §1.1(b); arrêté du 9 février 2009, annexe V). */
export const GENRE_J1 = defineEnum('genreJ1', [
  option('VP', 'Voiture particulière', 'Passenger car'),
  option('CTTE', 'Camionnette (PTAC ≤ 3,5 t)', 'Van or light truck (≤ 3.5 t)', ['camionnette']),
  option('DERIV-VP', 'Dérivé de VP (véhicule société)', 'Car-derived van', ['DERIVVP', 'DERIV VP', 'VP société']),
  option('CAM', 'Camion (PTAC > 3,5 t)', 'Truck (> 3.5 t)', ['camion']),
  option('TRR', 'Tracteur routier', 'Road tractor'),
  option('TCP', 'Transport en commun de personnes', 'Bus or coach'),
  option('VASP', 'Véhicule automoteur spécialisé', 'Special-purpose motor vehicle'),
  option('VTSU', 'Véhicule très spécialisé à usage divers', 'Very special-purpose vehicle'),
  option('TRA', 'Tracteur agricole', 'Agricultural tractor'),
  option('QM', 'Quadricycle à moteur', 'Motor quadricycle'),
  option('QLEM', 'Quadricycle léger à moteur (voiturette)', 'Light motor quadricycle (microcar)'),
  option('TM', 'Tricycle à moteur', 'Motor tricycle'),
  option('TQM', 'Tricycle ou quadricycle lourd à moteur', 'Motor tricycle or heavy quadricycle'),
  option('CL', 'Cyclomoteur', 'Moped'),
  option('CYCL', 'Cyclomoteur carrossé à trois roues', 'Enclosed three-wheeled moped'),
  option('MTL', 'Motocyclette légère (≤ 125 cm³, ≤ 11 kW)', 'Light motorcycle (≤ 125 cc, ≤ 11 kW)'),
  option('MTT1', 'Motocyclette de puissance limitée (≤ 25 kW)', 'Power-limited motorcycle (≤ 25 kW)'),
  option('MTT2', 'Autre motocyclette', 'Other motorcycle'),
  option('REM', 'Remorque', 'Trailer'),
  option('SREM', 'Semi-remorque', 'Semi-trailer'),
  option('RESP', 'Remorque spécialisée', 'Special trailer'),
]);
export type GenreJ1Code = CodeOf<typeof GENRE_J1>;

/** Makes sold in France, carte grise field D.1; the list a dealer filters on, not a registry. */
export const VEHICLE_BRAND = defineEnum('vehicleBrand', [
  option('ALFA_ROMEO', 'Alfa Romeo', 'Alfa Romeo', ['Alfa']),
  option('AUDI', 'Audi', 'Audi'),
  option('BMW', 'BMW', 'BMW'),
  option('BYD', 'BYD', 'BYD'),
  option('CITROEN', 'Citroën', 'Citroën'),
  option('CUPRA', 'Cupra', 'Cupra'),
  option('DACIA', 'Dacia', 'Dacia'),
  option('DS', 'DS Automobiles', 'DS Automobiles', ['DS Automobile']),
  option('FIAT', 'Fiat', 'Fiat'),
  option('FORD', 'Ford', 'Ford'),
  option('HYUNDAI', 'Hyundai', 'Hyundai'),
  option('IVECO', 'Iveco', 'Iveco'),
  option('JEEP', 'Jeep', 'Jeep'),
  option('KIA', 'Kia', 'Kia'),
  option('MERCEDES_BENZ', 'Mercedes-Benz', 'Mercedes-Benz', ['Mercedes', 'Mercedes Benz', 'MB']),
  option('MG', 'MG', 'MG', ['MG Motor']),
  option('MINI', 'Mini', 'Mini'),
  option('NISSAN', 'Nissan', 'Nissan'),
  option('OPEL', 'Opel', 'Opel'),
  option('PEUGEOT', 'Peugeot', 'Peugeot'),
  option('RENAULT', 'Renault', 'Renault'),
  option('SEAT', 'Seat', 'Seat'),
  option('SKODA', 'Škoda', 'Škoda'),
  option('SUZUKI', 'Suzuki', 'Suzuki'),
  option('TESLA', 'Tesla', 'Tesla'),
  option('TOYOTA', 'Toyota', 'Toyota'),
  option('VOLKSWAGEN', 'Volkswagen', 'Volkswagen', ['VW', 'Volkswagen VU', 'VW Utilitaires']),
  option('VOLVO', 'Volvo', 'Volvo'),
  option('AUTRE', 'Autre marque', 'Other make', ['autre', 'other']),
]);
export type VehicleBrandCode = CodeOf<typeof VEHICLE_BRAND>;
