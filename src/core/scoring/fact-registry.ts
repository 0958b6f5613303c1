import { CATALOGUE } from '../catalogue';
import type { DataCategory, FieldDef, FieldType } from '../catalogue';
import { DERIVED_FACTS } from './derived-facts';
import type { FactDef, FactType } from './fact-types';

// Consent is a gate reported beside the score, never points (domain.md §3.5 item 4), the score must
// not feed on itself, and retention status decides whether a record is scored at all: none are facts.
const EXCLUDED_CATEGORIES: ReadonlySet<DataCategory> = new Set(['consent', 'scoring', 'retention']);

const TYPE_OF_FIELD: Readonly<Record<FieldType, FactType | undefined>> = {
  varchar: 'string',
  text: undefined,
  enum: 'enum',
  multiEnum: 'multiEnum',
  int: 'number',
  float: 'number',
  date: 'date',
  datetime: 'date',
  bool: 'bool',
  link: undefined,
};

function fieldFact(field: FieldDef): FactDef | undefined {
  const type = TYPE_OF_FIELD[field.type];
  if (type === undefined || EXCLUDED_CATEGORIES.has(field.dataCategory)) return undefined;
  const base = { name: field.name, type, label: field.label, source: 'field' } as const;
  return field.enum === undefined ? base : { ...base, enum: field.enum };
}

/** Fields of Account, Contact and Lead, once each (the same name has the same definition everywhere). */
function fieldFacts(): FactDef[] {
  const byName = new Map<string, FactDef>();
  for (const entity of CATALOGUE) {
    if (entity.entityType === 'AutoCibleVehicle') continue;
    for (const field of entity.fields) {
      const def = fieldFact(field);
      if (def !== undefined && !byName.has(def.name)) byName.set(def.name, def);
    }
  }
  return [...byName.values()];
}

/**
 * The facts the shipped models read (`models/*.yaml`), given the first slots: those of the B2B model
 * only, those both models read, then those of the B2C model only. A record's facts are a vector of
 * every fact, 80 slots; with a model's facts side by side, scoring reads 3 of its cache lines instead of 9,
 * which is a tenth of the time when a million records are held in memory (`npm run bench`). Only the
 * order changes: facts are always reached by name, and no slot number is ever stored. The tests on the
 * default models check that every fact they read is here.
 */
export const LEADING_FACTS: readonly string[] = [
  'fleetBand', 'vulSharePercent', 'autoCibleCompanyType', 'autoCibleIsHeadOffice', 'contactRoles', 'buyingRoles',
  'nafDivision', 'hasLeaseContract', 'autoCibleSiret', 'siretValid', 'autoCibleSireneState', 'nafCode',
  'averageVehicleAgeMonths', 'renewalDueSharePercent', 'vehicleEnergyFamilies',
  'autoCibleLifecycleStage', 'nextLeaseEndDate', 'nextLoanEndDate', 'lastInboundContactDate',
  'daysSinceLastInboundContact', 'lastInboundContactSource', 'lastWorkshopVisitDate',
  'oldestVehicleMecDate', 'maxVehicleMileage', 'lastPurchaseDate', 'nextCtDueDate', 'nextWarrantyEndDate',
];

/** `facts` with the leading facts first, in their order, then the others in theirs. */
function slotOrder(facts: readonly FactDef[]): FactDef[] {
  const byName = new Map(facts.map((def) => [def.name, def]));
  const leading = LEADING_FACTS.flatMap((name) => byName.get(name) ?? []);
  const placed = new Set(leading);
  return [...leading, ...facts.filter((def) => !placed.has(def))];
}

/**
 * Every fact a rule may name, in slot order: the leading facts, then the other catalogue fields of
 * Account, Contact and Lead (vehicle fields are reached through derived facts such as
 * `oldestVehicleAgeMonths`), then the other derived facts.
 */
export const FACT_REGISTRY: readonly FactDef[] = slotOrder([...fieldFacts(), ...DERIVED_FACTS]);

export const FACT_NAMES: readonly string[] = FACT_REGISTRY.map((def) => def.name);

/** Slot of each fact in a `Facts` vector. */
export const FACT_INDEX: ReadonlyMap<string, number> = new Map(FACT_NAMES.map((name, i) => [name, i]));

/** The fact named `name`, or `undefined` when no such fact exists. */
export function getFactDef(name: string): FactDef | undefined {
  const index = FACT_INDEX.get(name);
  return index === undefined ? undefined : FACT_REGISTRY[index];
}
