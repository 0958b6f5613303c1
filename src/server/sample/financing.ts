/**
 * How a vehicle was paid for: mode, financer and contract dates with the durations of domain.md §1.4
 * (credit 12–84 months, LOA/LLD/crédit-bail 24–60, LMD 5–24), and a plausible monthly payment.
 */
import type { FinancerCode, FinancingModeCode, PurchaseTypeCode, VehicleBrandCode } from '../../core/catalogue';
import { addMonthsIso } from '../../core/catalogue';
import type { Rng } from './prng';

export interface Financing {
  readonly financingMode: FinancingModeCode;
  readonly financer: FinancerCode | null;
  readonly financingStartDate: string | null;
  readonly financingEndDate: string | null;
  readonly financingMileageCap: number | null;
  readonly monthlyPayment: number | null;
}

const DURATIONS: Readonly<Record<FinancingModeCode, readonly (readonly [number, number])[]>> = {
  COMPTANT: [],
  CREDIT_AFFECTE: [[24, 1], [36, 2], [48, 3], [60, 3], [72, 2], [84, 1]],
  CREDIT_CLASSIQUE: [[12, 1], [24, 2], [36, 3], [48, 3], [60, 2], [84, 1]],
  LOA: [[24, 1], [36, 3], [37, 2], [48, 3], [49, 1], [60, 1]],
  LLD: [[24, 1], [36, 4], [48, 4], [60, 2]],
  CREDIT_BAIL: [[24, 1], [36, 2], [48, 3], [60, 2]],
  LMD: [[6, 2], [12, 3], [18, 1], [24, 1]],
  LCD: [],
};

// Brand captives (domain.md §1.4: the financer is often the captive bank of the brand).
const CAPTIVE: Partial<Record<VehicleBrandCode, FinancerCode>> = {
  RENAULT: 'MOBILIZE_FS', DACIA: 'MOBILIZE_FS', NISSAN: 'MOBILIZE_FS',
  PEUGEOT: 'STELLANTIS_FS', CITROEN: 'STELLANTIS_FS', OPEL: 'STELLANTIS_FS', DS: 'STELLANTIS_FS',
  FIAT: 'CA_AUTO_BANK', JEEP: 'CA_AUTO_BANK', ALFA_ROMEO: 'CA_AUTO_BANK',
  VOLKSWAGEN: 'VOLKSWAGEN_FS', AUDI: 'VOLKSWAGEN_FS', SKODA: 'VOLKSWAGEN_FS', SEAT: 'VOLKSWAGEN_FS', CUPRA: 'VOLKSWAGEN_FS',
  BMW: 'BMW_FS', MINI: 'BMW_FS', MERCEDES_BENZ: 'MERCEDES_FS', TOYOTA: 'TOYOTA_FS',
};

const CONSUMER_CREDIT: readonly FinancerCode[] = ['CA_PERSONAL_FINANCE', 'CETELEM', 'COFIDIS', 'FRANFINANCE'];
const LESSORS: readonly (readonly [FinancerCode, number])[] = [['AYVENS', 4], ['ARVAL', 4], ['LEASYS', 1], ['ALPHABET', 1], ['ATHLON', 1]];

export function chooseMode(rng: Rng, professional: boolean, purchaseType: PurchaseTypeCode): FinancingModeCode {
  if (professional) {
    return rng.weighted<FinancingModeCode>([['LLD', 50], ['CREDIT_BAIL', 15], ['LOA', 10], ['COMPTANT', 15], ['CREDIT_CLASSIQUE', 7], ['LMD', 3]]);
  }
  if (purchaseType === 'VO') {
    return rng.weighted<FinancingModeCode>([['COMPTANT', 50], ['CREDIT_AFFECTE', 30], ['CREDIT_CLASSIQUE', 15], ['LOA', 5]]);
  }
  return rng.weighted<FinancingModeCode>([['LOA', 40], ['CREDIT_AFFECTE', 25], ['COMPTANT', 25], ['CREDIT_CLASSIQUE', 8], ['LLD', 2]]);
}

// Consumer-credit companies finance private loans and LOA; leases and professional credit go through
// lessors, brand captives or banks.
function chooseFinancer(rng: Rng, mode: FinancingModeCode, brand: VehicleBrandCode): FinancerCode {
  const captive = CAPTIVE[brand];
  switch (mode) {
    case 'CREDIT_CLASSIQUE':
      return rng.chance(0.6) ? 'BANQUE' : rng.pick(CONSUMER_CREDIT);
    case 'LLD':
    case 'LMD':
      if (captive === undefined || rng.chance(0.6)) return rng.chance(0.97) ? rng.weighted(LESSORS) : 'AUTRE';
      return captive;
    case 'CREDIT_BAIL':
      return captive !== undefined && rng.chance(0.5) ? captive : 'BANQUE';
    default:
      return captive !== undefined && rng.chance(0.8) ? captive : rng.pick(CONSUMER_CREDIT);
  }
}

/** Annuity of a loan of `principal` over `months` at `annualRate`. */
function annuity(principal: number, months: number, annualRate: number): number {
  const r = annualRate / 12;
  return (principal * r) / (1 - (1 + r) ** -months);
}

function monthlyPayment(rng: Rng, mode: FinancingModeCode, price: number, months: number): number {
  const deposit = mode === 'LOA' || mode === 'CREDIT_AFFECTE' ? price * rng.int(0, 20) / 100 : 0;
  const amount = (() => {
    switch (mode) {
      case 'LLD':
      case 'LMD':
        // Rent with maintenance included: roughly 1.5–2 % of the price a month.
        return price * (0.015 + rng.next() * 0.005);
      case 'LOA':
      case 'CREDIT_BAIL':
        // The residual value (≈ 40–55 %) is not financed by the rents.
        return annuity((price - deposit) * (0.45 + rng.next() * 0.15), months, 0.05);
      default:
        return annuity(price - deposit, months, 0.035 + rng.next() * 0.04);
    }
  })();
  return Math.round(amount * 100) / 100;
}

export function makeFinancing(
  rng: Rng,
  args: { mode: FinancingModeCode; brand: VehicleBrandCode; purchaseDate: string; price: number; yearlyKm: number },
): Financing {
  const durations = DURATIONS[args.mode];
  if (durations.length === 0) {
    return { financingMode: args.mode, financer: null, financingStartDate: null, financingEndDate: null, financingMileageCap: null, monthlyPayment: null };
  }
  const months = rng.weighted(durations);
  const leased = args.mode === 'LOA' || args.mode === 'LLD' || args.mode === 'LMD';
  // Mileage caps are sold in 5 000 km steps (« loi de roulage »).
  const cap = leased ? Math.max(10_000, Math.round((args.yearlyKm * months) / 12 / 5000) * 5000) : null;
  return {
    financingMode: args.mode,
    financer: chooseFinancer(rng, args.mode, args.brand),
    financingStartDate: args.purchaseDate,
    financingEndDate: addMonthsIso(args.purchaseDate, months),
    financingMileageCap: cap,
    monthlyPayment: monthlyPayment(rng, args.mode, args.price, months),
  };
}
