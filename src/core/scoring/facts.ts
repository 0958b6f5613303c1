import { setCompanyFacts } from './company-facts';
import { readMerged } from './fact-input';
import type { FactInput } from './fact-input';
import { FACT_REGISTRY } from './fact-registry';
import type { Facts } from './fact-types';
import { FactSink } from './facts-vector';
import { setRelationshipFacts } from './relationship-facts';
import { toDay } from './today';
import type { Today } from './today';
import { LEASE_MODES, setVehicleFacts } from './vehicle-aggregate';
import type { RenewalPolicy } from './vehicle-aggregate';
import { vehicleFacts } from './vehicle-facts';
import type { VehicleFacts } from './vehicle-facts';

// Catalogue-field facts with their slots, so copying them needs no lookup by name.
const FIELD_FACTS = FACT_REGISTRY.flatMap((def, slot) => (def.source === 'field' ? [{ def, slot }] : []));

/** domain.md §1.5 proposal for company fleets: 48 months or 120 000 km, whichever comes first. */
export const DEFAULT_RENEWAL_POLICY: RenewalPolicy = { months: 48, km: 120_000 };

function renewalPolicy(input: FactInput): RenewalPolicy {
  const months = readMerged(input, 'autoCibleRenewalMonths', 'number');
  const km = readMerged(input, 'autoCibleRenewalKm', 'number');
  return {
    months: typeof months === 'number' ? months : DEFAULT_RENEWAL_POLICY.months,
    km: typeof km === 'number' ? km : DEFAULT_RENEWAL_POLICY.km,
  };
}

/** A running lease on a vehicle (no end date, or ending today or later), or one in the declared fleet modes. */
function hasLeaseContract(input: FactInput, vehicles: readonly VehicleFacts[], today: number): boolean | null {
  const running = vehicles.some((v) => v.financingMode !== null && LEASE_MODES.has(v.financingMode)
    && (v.financingEndDay === null || v.financingEndDay >= today));
  const declared = readMerged(input, 'autoCibleFinancingModes', 'multiEnum');
  const declaredLease = Array.isArray(declared) && declared.some((mode) => LEASE_MODES.has(mode));
  if (running || declaredLease) return true;
  return vehicles.length > 0 || declared !== null ? false : null;
}

/**
 * The facts of one record as of `today`: every catalogue field fact (from the record, or from its
 * account when the record has no value), then the derived facts. Missing data gives an absent fact
 * (`null`), and an absent fact never satisfies a comparison (only `isEmpty` matches it). Dates are
 * day numbers; events dated after `today` are ignored by the "last …" and "days since …" facts.
 * Throws `FactInputError` for a value that cannot be read (a date that is not a date…).
 */
export function buildFacts(input: FactInput, today: Today): Facts {
  const day = toDay(today);
  const facts = new FactSink();
  for (const { def, slot } of FIELD_FACTS) facts.values[slot] = readMerged(input, def.name, def.type);
  const vehicles = input.vehicles.map((vehicle) => vehicleFacts(vehicle, day));
  setRelationshipFacts(facts, input, vehicles, day);
  setCompanyFacts(facts, input, vehicles);
  setVehicleFacts(facts, vehicles, day, renewalPolicy(input));
  facts.set('hasLeaseContract', hasLeaseContract(input, vehicles, day));
  return facts.values;
}
