/** Plate, VIN and display plate of one vehicle, consistent with its registration history. */
import type { VehicleBrandCode } from '../../core/catalogue';
import { yearOf } from './dates';
import type { Rng } from './prng';
import { displayPlate, makeFniPlate, makeSivPlate, makeVin } from './vin-plate';

export interface VehicleIdentity {
  /** Stored form: upper case without dashes (catalogue `normalisePlate`). */
  readonly plate: string;
  readonly display: string;
  readonly vin: string;
}

/**
 * A car first registered before the SIV (2009) keeps its FNI plate until it changes hands or
 * its owner moves; after a later resale it carries a SIV plate of the resale year.
 */
export function vehicleIdentity(
  rng: Rng,
  args: { brand: VehicleBrandCode; mecDate: string; purchaseDate: string; departement: string },
): VehicleIdentity {
  const mecYear = yearOf(args.mecDate);
  const purchaseYear = yearOf(args.purchaseDate);
  const plate = mecYear >= 2009
    ? makeSivPlate(rng, mecYear)
    : purchaseYear >= 2009 ? makeSivPlate(rng, purchaseYear) : makeFniPlate(rng, args.departement);
  return { plate, display: displayPlate(plate), vin: makeVin(rng, args.brand, mecYear) };
}
