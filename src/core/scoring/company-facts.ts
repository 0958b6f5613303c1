import { FLEET_SIZE_BAND, fleetSizeBand, isValidNaf, isValidSiret, normaliseNaf } from '../catalogue';
import { readMerged } from './fact-input';
import type { FactInput } from './fact-input';
import type { FactValue } from './fact-types';
import type { FactSink } from './facts-vector';
import type { VehicleFacts } from './vehicle-facts';

function asNumber(value: FactValue): number | null {
  return typeof value === 'number' ? value : null;
}

function setIdentity(facts: FactSink, input: FactInput): void {
  const naf = readMerged(input, 'autoCibleNafCode', 'string');
  const nafCode = typeof naf === 'string' && isValidNaf(naf) ? normaliseNaf(naf) : null;
  facts.set('nafCode', nafCode);
  facts.set('nafDivision', nafCode === null ? null : Number(nafCode.slice(0, 2)));
  const siret = readMerged(input, 'autoCibleSiret', 'string');
  facts.set('siretValid', typeof siret === 'string' ? isValidSiret(siret) : null);
}

const BAND_ORDER: readonly string[] = FLEET_SIZE_BAND.options.map((option) => option.code);

/**
 * The band of a fleet whose only size is the vehicles on file, a lower bound: the declared band (imported from a
 * provider file) stands unless the vehicles on file already reach a higher band.
 */
function bandOnFile(declaredBand: FactValue, onFile: number): FactValue {
  const counted = fleetSizeBand(onFile);
  const declaredRank = typeof declaredBand === 'string' ? BAND_ORDER.indexOf(declaredBand) : -1;
  return declaredRank >= BAND_ORDER.indexOf(counted) ? declaredBand : counted;
}

/**
 * Fleet size: the declared size, else the declared VP + VUL counts, else the vehicles on file (a
 * lower bound). VUL share: declared counts, else the categories of the vehicles on file.
 */
function setFleet(facts: FactSink, input: FactInput, vehicles: readonly VehicleFacts[]): void {
  const vp = asNumber(readMerged(input, 'autoCibleFleetVpCount', 'number'));
  const vul = asNumber(readMerged(input, 'autoCibleFleetVulCount', 'number'));
  const declared = asNumber(readMerged(input, 'autoCibleFleetSize', 'number'));
  const counted = vp !== null || vul !== null ? (vp ?? 0) + (vul ?? 0) : null;
  const known = declared ?? counted;
  facts.set('fleetSize', known ?? (vehicles.length > 0 ? vehicles.length : null));
  const band = readMerged(input, 'autoCibleFleetSizeBand', 'enum');
  if (known !== null && known >= 0) facts.set('fleetBand', fleetSizeBand(Math.floor(known)));
  else facts.set('fleetBand', vehicles.length > 0 ? bandOnFile(band, vehicles.length) : band);
  const onFileVp = vehicles.filter((v) => v.category === 'VP').length;
  const onFileVul = vehicles.filter((v) => v.category === 'VUL').length;
  const [shareVp, shareVul] = counted !== null && counted > 0 ? [vp ?? 0, vul ?? 0] : [onFileVp, onFileVul];
  facts.set('vulSharePercent', shareVp + shareVul > 0 ? (100 * shareVul) / (shareVp + shareVul) : null);
}

/** NAF, SIRET validity, fleet size, band and VUL share (domain.md §1.7–1.8). */
export function setCompanyFacts(facts: FactSink, input: FactInput, vehicles: readonly VehicleFacts[]): void {
  setIdentity(facts, input);
  setFleet(facts, input, vehicles);
}
