/** Light commercial vehicles and trucks sold in France (same row format as models.ts). */
import { models } from './models';
import type { ModelDef } from './models';

export const VANS: readonly ModelDef[] = models('CTTE', [
  ['RENAULT', 'Kangoo Van', 2008, null, 24000, 6, 'GO:5 EL@2012:1 ES@2021:1'],
  ['RENAULT', 'Trafic', 2008, null, 36000, 5, 'GO:1'],
  ['RENAULT', 'Master', 2008, null, 42000, 4, 'GO:6 EL@2019:1'],
  ['RENAULT', 'Express Van', 2021, null, 22000, 2, 'GO:1 ES:1'],
  ['PEUGEOT', 'Partner', 2008, null, 24000, 5, 'GO:5 EL@2018:1'],
  ['PEUGEOT', 'Expert', 2016, null, 35000, 3, 'GO:5 EL@2020:1'],
  ['PEUGEOT', 'Boxer', 2008, null, 40000, 3, 'GO:1'],
  ['CITROEN', 'Berlingo Van', 2008, null, 23000, 5, 'GO:5 EL@2018:1'],
  ['CITROEN', 'Jumpy', 2016, null, 35000, 3, 'GO:5 EL@2020:1'],
  ['CITROEN', 'Jumper', 2008, null, 40000, 3, 'GO:1'],
  ['FIAT', 'Doblò Cargo', 2010, null, 22000, 2, 'GO:1'],
  ['FIAT', 'Ducato', 2008, null, 42000, 3, 'GO:8 EL@2021:1'],
  ['FIAT', 'Fiorino', 2008, null, 17000, 1, 'GO:1'],
  ['FORD', 'Transit Custom', 2013, null, 38000, 3, 'GO:5 EE@2020:1'],
  ['FORD', 'Transit', 2008, null, 42000, 2, 'GO:1'],
  ['FORD', 'Transit Connect', 2008, null, 25000, 2, 'GO:1'],
  ['FORD', 'Ranger', 2012, null, 40000, 1, 'GO:1'],
  ['VOLKSWAGEN', 'Caddy Cargo', 2008, null, 25000, 2, 'GO:1'],
  ['VOLKSWAGEN', 'Transporter', 2008, null, 42000, 2, 'GO:1'],
  ['VOLKSWAGEN', 'Crafter', 2008, null, 48000, 1, 'GO:1'],
  ['VOLKSWAGEN', 'ID. Buzz Cargo', 2022, null, 55000, 0.3, 'EL:1'],
  ['MERCEDES_BENZ', 'Vito', 2008, null, 40000, 2, 'GO:1'],
  ['MERCEDES_BENZ', 'Sprinter', 2008, null, 50000, 2, 'GO:1'],
  ['MERCEDES_BENZ', 'Citan', 2013, null, 26000, 1, 'GO:1'],
  ['TOYOTA', 'Proace', 2016, null, 36000, 1, 'GO:1'],
  ['TOYOTA', 'Proace City', 2020, null, 25000, 1, 'GO:1'],
  ['TOYOTA', 'Hilux', 2008, null, 38000, 1, 'GO:1'],
  ['IVECO', 'Daily', 2008, null, 48000, 2, 'GO:5 GN@2012:1'],
  ['NISSAN', 'Townstar', 2022, null, 25000, 0.5, 'ES:1 EL:1'],
  ['OPEL', 'Vivaro', 2008, null, 36000, 1, 'GO:5 EL@2020:1'],
  ['OPEL', 'Movano', 2008, null, 42000, 1, 'GO:1'],
  ['OPEL', 'Combo Cargo', 2012, null, 23000, 1, 'GO:1'],
]);

/** Passenger-car bodies homologated as two-seat utilities (genre DERIV-VP, counted as VUL). */
export const CAR_DERIVED_VANS: readonly ModelDef[] = models('DERIV-VP', [
  ['RENAULT', 'Clio Société', 2008, null, 17000, 2, 'GO:1 ES:1'],
  ['PEUGEOT', '208 Affaire', 2012, null, 18000, 1, 'GO:1 ES:1'],
  ['CITROEN', 'C3 Société', 2009, null, 17000, 1, 'GO:1 ES:1'],
  ['DACIA', 'Sandero Société', 2013, null, 13000, 1, 'ES:1 GO:1'],
]);

/** Trucks and road tractors, only in the fleets of haulage and parcel companies. */
export const TRUCKS: readonly ModelDef[] = [
  ...models('CAM', [
    ['IVECO', 'Eurocargo', 2008, null, 75000, 2, 'GO:1'],
    ['MERCEDES_BENZ', 'Atego', 2008, null, 80000, 1, 'GO:1'],
  ]),
  ...models('TRR', [
    ['IVECO', 'S-Way', 2020, null, 110000, 1, 'GO:3 GN:1'],
    ['MERCEDES_BENZ', 'Actros', 2008, null, 115000, 1, 'GO:1'],
    ['VOLVO', 'FH', 2008, null, 120000, 1, 'GO:1'],
  ]),
];
