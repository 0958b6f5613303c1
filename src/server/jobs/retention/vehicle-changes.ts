/**
 * What anonymising a person does to their vehicles (domain.md §2.7: a record that keeps a plate or a VIN
 * stays re-identifiable). A private vehicle keeps its model, energy, amounts and dates for statistics but
 * loses plate and VIN, and its `name` (which holds the plate, catalogue fields/vehicle.ts) becomes make and
 * model; its free-text description goes too. A fleet vehicle (it has an account) is a company asset still in use: only the link to the person
 * is cut. Done by normal updates: whether Data Privacy erase works on the extension's entity is unconfirmed,
 * and `name` is required, so erasing it could fail.
 */
import { VEHICLE_BRAND } from '../../../core/catalogue';
import type { EspoRecord } from '../../espo/types';
import { textOf } from './persons';

export const VEHICLE_ANONYMISE_SELECT = ['name', 'plate', 'vin', 'description', 'brand', 'model', 'accountId', 'contactId'] as const;

/** « Renault Clio »: make label and model, never the plate. */
export function neutralVehicleName(vehicle: EspoRecord): string {
  const brand = VEHICLE_BRAND.options.find((o) => o.code === vehicle.brand)?.label.fr ?? textOf(vehicle, 'brand');
  const name = [brand, textOf(vehicle, 'model')].filter((part) => part !== null).join(' ');
  return name === '' ? 'Véhicule' : name;
}

/** The changed attributes only; empty when a previous run already did it. */
export function vehicleChanges(vehicle: EspoRecord): Record<string, string | null> {
  if (textOf(vehicle, 'accountId') !== null) return textOf(vehicle, 'contactId') === null ? {} : { contactId: null };
  // The free text of a private vehicle may tell whose it is (« voiture de Mme Martin, jeune conductrice »).
  const wanted: Readonly<Record<string, string | null>> = { plate: null, vin: null, description: null, name: neutralVehicleName(vehicle) };
  const changes: Record<string, string | null> = {};
  for (const [attribute, value] of Object.entries(wanted)) {
    const current = textOf(vehicle, attribute);
    if (current !== value) changes[attribute] = value;
  }
  return changes;
}
