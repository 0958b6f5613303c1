import { DomainInputError } from '../errors';
import { isoFromDay, parseDay } from '../catalogue';
import { FACT_INDEX, FACT_REGISTRY } from './fact-registry';
import type { FactValue, Facts } from './fact-types';

// Pushed one by one so the array is packed: `new Array(n).fill()` stays holey, and every read of a
// holey array also checks for a hole.
const ABSENT: FactValue[] = [];
for (let i = 0; i < FACT_REGISTRY.length; i += 1) ABSENT.push(null);

/** A vector with every fact absent. */
export function emptyFacts(): FactValue[] {
  // A copy of a packed array is packed and exactly as long: pushing would leave room for ~130 slots
  // (the growth policy of arrays), 1 KB per record where 80 slots need 656 bytes.
  return ABSENT.slice();
}

function slotOf(name: string): number {
  const index = FACT_INDEX.get(name);
  if (index === undefined) throw new DomainInputError('fact', name, 'is not a fact of the fact registry');
  return index;
}

/** Writes facts by name into a vector; used while facts are derived. */
export class FactSink {
  readonly values: FactValue[] = emptyFacts();

  set(name: string, value: FactValue): void {
    this.values[slotOf(name)] = value;
  }

  get(name: string): FactValue {
    return this.values[slotOf(name)] ?? null;
  }
}

function normalise(name: string, value: FactValue | undefined): FactValue {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return null;
  if (FACT_REGISTRY[slotOf(name)]?.type !== 'date' || typeof value !== 'string') return value;
  const day = parseDay(value);
  if (day === undefined) throw new DomainInputError(name, value, 'expected a calendar date YYYY-MM-DD');
  return day;
}

/**
 * Facts from values given by name, the others absent: for tests, benchmarks and callers that
 * compute facts themselves. Date facts take a day number or a `YYYY-MM-DD` string. Throws
 * `DomainInputError` for a name that is not a fact.
 */
export function factsFrom(values: Readonly<Record<string, FactValue | undefined>>): Facts {
  const facts = emptyFacts();
  for (const name of Object.keys(values).sort()) facts[slotOf(name)] = normalise(name, values[name]);
  return facts;
}

/** The value of fact `name` (`null` when absent); throws `DomainInputError` for an unknown name. */
export function factValue(facts: Facts, name: string): FactValue {
  return facts[slotOf(name)] ?? null;
}

/** The facts that are present, by name, with dates as `YYYY-MM-DD`: for logs, JSON output and debugging. */
export function describeFacts(facts: Facts): Record<string, Exclude<FactValue, null>> {
  const out: Record<string, Exclude<FactValue, null>> = {};
  FACT_REGISTRY.forEach((def, i) => {
    const value = facts[i];
    if (value === null || value === undefined) return;
    out[def.name] = def.type === 'date' && typeof value === 'number' ? isoFromDay(value) : value;
  });
  return out;
}
