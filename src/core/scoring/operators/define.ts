import type { FactDef } from '../fact-types';
import { CondNode, OP } from './node';
import { OPERATOR_NEEDS } from './needs';
import type { OperatorDef, OperatorSpec } from './types';

const FALSE_NODE = new CondNode(OP.FALSE, 0, 0, 0, null);

function parse<V>(spec: OperatorSpec<V>, value: unknown): { ok: true; value: V } | { ok: false } {
  if (spec.value === undefined) return value === undefined ? { ok: true, value: undefined as V } : { ok: false };
  const result = spec.value.safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false };
}

/** Wraps a typed operator spec so the registry can validate and compile values it only knows as `unknown`. */
export function defineOperator<V>(spec: OperatorSpec<V>): OperatorDef {
  const needs = OPERATOR_NEEDS[spec.name].en;
  return {
    name: spec.name,
    factTypes: spec.factTypes,
    needs,
    value: spec.value,
    validate(value: unknown, fact: FactDef): string | undefined {
      const parsed = parse(spec, value);
      if (!parsed.ok) return `operator "${spec.name}" ${needs}`;
      return spec.check?.(parsed.value, fact);
    },
    compile(slot: number, value: unknown, fact: FactDef) {
      const parsed = parse(spec, value);
      // compileModel validates the model first; a value that still does not parse never matches.
      if (!parsed.ok) return () => FALSE_NODE;
      return spec.compile(slot, parsed.value, fact);
    },
  };
}
