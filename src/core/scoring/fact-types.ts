import type { EnumDef, Label } from '../catalogue';

/**
 * Kinds of fact a condition can test. Dates are day numbers inside the core (see `catalogue/day-numbers.ts`) and
 * ISO strings in reasons and model files.
 */
export type FactType = 'number' | 'date' | 'enum' | 'multiEnum' | 'bool' | 'string';

/** A fact a scoring rule may test: a catalogue field of the record, or a value derived from it. */
export interface FactDef {
  readonly name: string;
  readonly type: FactType;
  readonly label: Label;
  /** Options for `enum` and `multiEnum` facts; condition values are checked against their codes. */
  readonly enum?: EnumDef;
  /** `field`: a catalogue field (of the record, or of a contact's account); `derived`: computed by `buildFacts`. */
  readonly source: 'field' | 'derived';
}

/**
 * One fact value. `null` means the fact is absent: the data was not known. Dates are day numbers,
 * multi-enums non-empty arrays of codes.
 */
export type FactValue = number | string | boolean | readonly string[] | null;

/**
 * The facts of one record: a dense vector, one slot per fact of `FACT_REGISTRY` (in its order).
 * A vector rather than an object keyed by name, because reading a slot by index is what lets the
 * scoring loop reach millions of records per second; build it with `buildFacts` or `factsFrom`,
 * read it with `factValue` or `describeFacts`.
 */
export type Facts = readonly FactValue[];
