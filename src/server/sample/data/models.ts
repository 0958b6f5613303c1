/**
 * Makes and models actually sold in France, with the years they were on sale, the carte grise genre
 * (J.1), the P.3 energies offered (optionally from a year: `EH@2020:2` = hybrid from 2020, weight 2)
 * and an indicative new price in euros incl. VAT. Weights follow the French registration rankings.
 */
import type { GenreJ1Code, VehicleBrandCode } from '../../../core/catalogue';

export interface ModelDef {
  readonly brand: VehicleBrandCode;
  readonly model: string;
  readonly genre: GenreJ1Code;
  readonly from: number;
  readonly to: number;
  readonly price: number;
  readonly weight: number;
  readonly energies: readonly EnergyOffer[];
}

export interface EnergyOffer {
  readonly code: string;
  readonly from: number;
  readonly weight: number;
}

const NOW = 2026;

function parseEnergies(spec: string): EnergyOffer[] {
  return spec.split(' ').map((part) => {
    const match = /^([A-Z0-9]{2})(?:@(\d{4}))?:([\d.]+)$/.exec(part);
    if (match === null) throw new SyntaxError(`bad energy spec "${part}"`);
    return { code: match[1] ?? '', from: match[2] === undefined ? 0 : Number(match[2]), weight: Number(match[3]) };
  });
}

export type Row = readonly [VehicleBrandCode, string, number, number | null, number, number, string];

/** Model definitions of one genre from compact rows [brand, model, from, to (null = still sold), price, weight, energies]. */
export function models(genre: GenreJ1Code, rows: readonly Row[]): ModelDef[] {
  return rows.map(([brand, model, from, to, price, weight, energies]) => ({
    brand, model, genre, from, to: to ?? NOW, price, weight, energies: parseEnergies(energies),
  }));
}

export const PASSENGER_CARS: readonly ModelDef[] = models('VP', [
  ['RENAULT', 'Clio', 2005, null, 19000, 10, 'ES:4 GO:3 EH@2020:2 EG@2020:1'],
  ['RENAULT', 'Captur', 2013, null, 25000, 8, 'ES:4 GO:2 EE@2020:1 EH@2022:2 EG@2021:1'],
  ['RENAULT', 'Mégane', 2008, 2023, 26000, 6, 'ES:3 GO:4 EE@2020:1'],
  ['RENAULT', 'Mégane E-Tech', 2022, null, 38000, 2, 'EL:1'],
  ['RENAULT', 'Scénic', 2009, 2022, 28000, 3, 'GO:4 ES:1'],
  ['RENAULT', 'Twingo', 2007, null, 13000, 4, 'ES:4 EL@2020:1'],
  ['RENAULT', 'Zoé', 2013, 2024, 30000, 3, 'EL:1'],
  ['RENAULT', 'Kadjar', 2015, 2022, 27000, 3, 'GO:3 ES:2'],
  ['RENAULT', 'Arkana', 2021, null, 30000, 2, 'EH:2 ES:1'],
  ['RENAULT', 'Austral', 2023, null, 35000, 2, 'EH:2 ES:1'],
  ['DACIA', 'Sandero', 2008, null, 13000, 8, 'ES:4 GO:2 EG@2018:3'],
  ['DACIA', 'Duster', 2010, null, 19000, 6, 'GO:4 ES:2 EG@2019:2 EH@2024:1'],
  ['DACIA', 'Jogger', 2022, null, 20000, 3, 'ES:1 EG:1 EH@2023:1'],
  ['DACIA', 'Spring', 2021, null, 17000, 2, 'EL:1'],
  ['PEUGEOT', '208', 2012, null, 20000, 10, 'ES:4 GO:3 EL@2020:1'],
  ['PEUGEOT', '2008', 2013, null, 25000, 7, 'ES:4 GO:2 EL@2020:1'],
  ['PEUGEOT', '308', 2008, null, 28000, 7, 'ES:3 GO:4 EE@2021:1 EL@2023:0.5'],
  ['PEUGEOT', '3008', 2009, null, 34000, 6, 'GO:4 ES:2 EE@2020:1 EH@2024:1 EL@2024:0.5'],
  ['PEUGEOT', '5008', 2010, null, 37000, 3, 'GO:4 ES:1 EH@2024:1'],
  ['PEUGEOT', '508', 2011, null, 40000, 2, 'GO:4 EE@2019:1'],
  ['PEUGEOT', 'Rifter', 2018, null, 26000, 2, 'GO:3 ES:1 EL@2021:1'],
  ['CITROEN', 'C3', 2009, null, 17000, 9, 'ES:4 GO:3 EL@2024:1'],
  ['CITROEN', 'C3 Aircross', 2017, null, 22000, 4, 'ES:3 GO:2'],
  ['CITROEN', 'C4', 2010, null, 26000, 5, 'GO:3 ES:3 EL@2021:1'],
  ['CITROEN', 'C5 Aircross', 2019, null, 33000, 4, 'GO:3 ES:2 EE@2020:1'],
  ['CITROEN', 'Berlingo', 2008, null, 24000, 3, 'GO:4 ES:1 EL@2021:0.5'],
  ['CITROEN', 'C1', 2005, 2022, 12000, 3, 'ES:1'],
  ['OPEL', 'Corsa', 2006, null, 19000, 4, 'ES:3 GO:2 EL@2020:1'],
  ['OPEL', 'Mokka', 2021, null, 27000, 2, 'ES:2 EL:1'],
  ['OPEL', 'Astra', 2009, null, 27000, 2, 'ES:2 GO:2 EE@2022:1'],
  ['OPEL', 'Grandland', 2018, null, 33000, 1, 'GO:2 ES:1 EE@2020:1'],
  ['DS', 'DS 3', 2010, null, 30000, 1, 'ES:2 GO:1 EL@2019:1'],
  ['DS', 'DS 7', 2018, null, 45000, 1, 'GO:2 EE@2019:2'],
  ['FIAT', '500', 2008, null, 16000, 4, 'ES:3 EH@2020:2 EL@2021:1'],
  ['FIAT', 'Panda', 2012, null, 14000, 3, 'ES:3 EH@2020:2'],
  ['FIAT', 'Tipo', 2016, null, 20000, 2, 'ES:2 GO:2'],
  ['JEEP', 'Avenger', 2023, null, 27000, 1, 'ES:2 EL:1 EH@2024:1'],
  ['JEEP', 'Compass', 2017, null, 38000, 1, 'GO:2 EE@2020:2'],
  ['ALFA_ROMEO', 'Giulietta', 2010, 2020, 28000, 0.5, 'GO:2 ES:1'],
  ['ALFA_ROMEO', 'Tonale', 2022, null, 40000, 0.5, 'EH:1 EE:1'],
  ['VOLKSWAGEN', 'Polo', 2009, null, 20000, 6, 'ES:3 GO:2'],
  ['VOLKSWAGEN', 'Golf', 2008, null, 30000, 7, 'ES:3 GO:3 EE@2020:1'],
  ['VOLKSWAGEN', 'T-Roc', 2017, null, 30000, 4, 'ES:3 GO:1'],
  ['VOLKSWAGEN', 'T-Cross', 2019, null, 24000, 3, 'ES:1'],
  ['VOLKSWAGEN', 'Tiguan', 2008, null, 38000, 4, 'GO:3 ES:2 EE@2021:1'],
  ['VOLKSWAGEN', 'ID.3', 2020, null, 40000, 2, 'EL:1'],
  ['VOLKSWAGEN', 'ID.4', 2021, null, 45000, 1, 'EL:1'],
  ['AUDI', 'A3', 2008, null, 33000, 3, 'ES:2 GO:3 EE@2020:1'],
  ['AUDI', 'Q3', 2011, null, 42000, 2, 'ES:2 GO:2'],
  ['AUDI', 'A4', 2008, null, 45000, 1, 'GO:3 ES:1'],
  ['AUDI', 'Q4 e-tron', 2021, null, 50000, 1, 'EL:1'],
  ['SKODA', 'Fabia', 2007, null, 18000, 2, 'ES:3 GO:1'],
  ['SKODA', 'Octavia', 2008, null, 28000, 3, 'GO:3 ES:2'],
  ['SKODA', 'Kamiq', 2019, null, 24000, 1, 'ES:1'],
  ['SKODA', 'Karoq', 2018, null, 31000, 1, 'GO:2 ES:2'],
  ['SKODA', 'Enyaq', 2021, null, 45000, 1, 'EL:1'],
  ['SEAT', 'Ibiza', 2008, null, 18000, 3, 'ES:3 GO:1'],
  ['SEAT', 'Arona', 2017, null, 22000, 2, 'ES:1'],
  ['SEAT', 'Leon', 2009, null, 26000, 2, 'ES:2 GO:2 EE@2021:0.5'],
  ['CUPRA', 'Formentor', 2021, null, 38000, 1, 'ES:2 EE:1'],
  ['CUPRA', 'Born', 2022, null, 38000, 1, 'EL:1'],
  ['TOYOTA', 'Yaris', 2005, null, 20000, 7, 'ES:2 EH@2012:4'],
  ['TOYOTA', 'Yaris Cross', 2021, null, 27000, 3, 'EH:1'],
  ['TOYOTA', 'C-HR', 2017, null, 32000, 3, 'EH:3 EE@2024:1'],
  ['TOYOTA', 'Corolla', 2019, null, 31000, 2, 'EH:1'],
  ['TOYOTA', 'RAV4', 2013, null, 42000, 2, 'GO:1 EH@2016:4 EE@2021:1'],
  ['TOYOTA', 'Aygo', 2005, 2021, 12000, 2, 'ES:1'],
  ['TOYOTA', 'Aygo X', 2022, null, 16000, 2, 'ES:1'],
  ['TESLA', 'Model 3', 2019, null, 45000, 2, 'EL:1'],
  ['TESLA', 'Model Y', 2022, null, 48000, 2, 'EL:1'],
  ['BMW', 'Série 1', 2008, null, 32000, 2, 'ES:2 GO:2'],
  ['BMW', 'Série 3', 2008, null, 45000, 1, 'GO:3 EE@2019:1'],
  ['BMW', 'X1', 2010, null, 42000, 2, 'GO:2 ES:1 EE@2020:1 EL@2023:0.5'],
  ['MINI', 'Cooper', 2008, null, 26000, 1, 'ES:3 EL@2020:1'],
  ['MINI', 'Countryman', 2011, null, 35000, 1, 'ES:2 GO:1 EE@2017:1'],
  ['MERCEDES_BENZ', 'Classe A', 2008, null, 36000, 2, 'ES:2 GO:2 EE@2020:1'],
  ['MERCEDES_BENZ', 'Classe C', 2008, null, 50000, 1, 'GO:3 EE@2019:1'],
  ['MERCEDES_BENZ', 'GLA', 2014, null, 45000, 1, 'ES:2 GO:1'],
  ['MERCEDES_BENZ', 'EQA', 2021, null, 52000, 0.5, 'EL:1'],
  ['FORD', 'Fiesta', 2008, 2023, 17000, 3, 'ES:3 GO:2'],
  ['FORD', 'Puma', 2020, null, 26000, 2, 'EH:2 ES:1'],
  ['FORD', 'Kuga', 2013, null, 35000, 2, 'GO:2 EE@2020:2 EH@2021:1'],
  ['FORD', 'Focus', 2008, 2025, 25000, 2, 'ES:2 GO:2'],
  ['HYUNDAI', 'i10', 2008, null, 13000, 1, 'ES:1'],
  ['HYUNDAI', 'i20', 2009, null, 18000, 2, 'ES:2 GO:1'],
  ['HYUNDAI', 'Tucson', 2015, null, 36000, 3, 'GO:2 EH@2021:2 EE@2021:1'],
  ['HYUNDAI', 'Kona', 2018, null, 30000, 2, 'ES:1 EH@2020:1 EL@2019:2'],
  ['KIA', 'Picanto', 2008, null, 13000, 1, 'ES:1'],
  ['KIA', 'Ceed', 2008, null, 24000, 1, 'ES:2 GO:2'],
  ['KIA', 'Sportage', 2010, null, 34000, 3, 'GO:3 EH@2022:2 EE@2022:1'],
  ['KIA', 'Niro', 2017, null, 32000, 2, 'EH:2 EE:1 EL@2019:2'],
  ['KIA', 'EV6', 2021, null, 50000, 0.5, 'EL:1'],
  ['MG', 'MG4', 2022, null, 33000, 2, 'EL:1'],
  ['MG', 'ZS', 2020, null, 22000, 1, 'ES:1 EL:1 EH@2024:1'],
  ['MG', 'HS', 2021, null, 35000, 1, 'EE:1 ES:1'],
  ['NISSAN', 'Micra', 2010, null, 16000, 2, 'ES:1'],
  ['NISSAN', 'Juke', 2010, null, 24000, 2, 'ES:2 GO:1 EH@2022:1'],
  ['NISSAN', 'Qashqai', 2007, null, 32000, 4, 'GO:3 ES:2 EH@2022:2'],
  ['NISSAN', 'Leaf', 2011, null, 35000, 1, 'EL:1'],
  ['SUZUKI', 'Swift', 2005, null, 17000, 1, 'ES:2 EH@2020:2'],
  ['SUZUKI', 'Vitara', 2015, null, 26000, 1, 'ES:1 EH@2020:1'],
  ['SUZUKI', 'Ignis', 2017, null, 16000, 1, 'ES:1 EH:1'],
  ['VOLVO', 'XC40', 2018, null, 45000, 1, 'GO:1 ES:1 EE@2020:1 EL@2021:1'],
  ['VOLVO', 'XC60', 2008, null, 58000, 1, 'GO:3 EE@2018:2'],
  ['BYD', 'Atto 3', 2023, null, 38000, 0.5, 'EL:1'],
  ['BYD', 'Dolphin', 2024, null, 30000, 0.5, 'EL:1'],
  ['BYD', 'Seal U DM-i', 2024, null, 42000, 0.3, 'EE:1'],
]);

/** The Citroën Ami is a light quadricycle (genre QLEM), sold by car dealers: category VSP. */
export const MICROCARS: readonly ModelDef[] = models('QLEM', [['CITROEN', 'Ami', 2020, null, 7800, 1, 'EL:1']]);
