/**
 * The conditions of the scoring model's JSON Schema, generated from the fact registry and the operator registry
 * so that editors refuse what `validate-condition.ts` refuses: for each fact, the operators of its type, and for
 * each operator the value it takes on that fact (a date for a date fact, a code of the fact for an enum…).
 *
 * Written as draft-07 whose keywords mean the same under 2019-09 and 2020-12: `if`/`then`, `definitions` reached
 * by `$ref`, arrays as `items` (one schema) with `minItems`/`maxItems`, never a tuple (`items: [..]` and
 * `prefixItems` are read differently by each draft). `enumDescriptions`, `errorMessage` and
 * `patternErrorMessage` are editor annotations (VS Code, yaml-language-server); validators ignore them.
 */
import { z } from 'zod';
import type { Label } from '../catalogue';
import { FACT_NAMES, FACT_REGISTRY } from './fact-registry';
import type { FactDef, FactType } from './fact-types';
import { OPERATOR_NEEDS } from './operators/needs';
import { OPERATOR_NAMES, OPERATORS } from './operators/registry';
import type { OperatorName } from './operators/types';

export type JsonSchema = { readonly [key: string]: unknown };

/** `$ref` to a definition of the schema. */
export const ref = (name: string): JsonSchema => ({ $ref: `#/definitions/${name}` });

/** How an operator's `value` is written, in terms of the fact it tests. */
type ValueShape =
  | 'none' // no value
  | 'factValue' // one value of the fact's type
  | 'factValues' // a non-empty list of them
  | 'range' // [min, max] of them
  | 'codes' // a code of the fact, or a non-empty list of codes
  | 'own'; // the operator's own value, whatever the fact (a number of days…)

/** Total over the operators: a new operator does not compile until its value has a shape here. */
const VALUE_SHAPES: Readonly<Record<OperatorName, ValueShape>> = {
  equals: 'factValue',
  notEquals: 'factValue',
  in: 'factValues',
  notIn: 'factValues',
  greaterThan: 'factValue',
  greaterThanOrEquals: 'factValue',
  lessThan: 'factValue',
  lessThanOrEquals: 'factValue',
  between: 'range',
  isEmpty: 'none',
  isNotEmpty: 'none',
  contains: 'codes',
  withinNextDays: 'own',
  withinNextMonths: 'own',
  withinLastDays: 'own',
  withinLastMonths: 'own',
  olderThanDays: 'own',
  olderThanMonths: 'own',
  olderThanYears: 'own',
};

const DAY = '(?:0[1-9]|1\\d|2[0-8])';
const LEAP_YEAR = '(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';

/**
 * A calendar date YYYY-MM-DD, as `parseDay` reads it: years 0001 to 9999, the days of each month, 29 February
 * in leap years only.
 */
export const CALENDAR_DATE_PATTERN = `^(?!0000)(?:\\d{4}-(?:(?:0[1-9]|1[0-2])-${DAY}|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|${LEAP_YEAR}-02-29)$`;

const CALENDAR_DATE: JsonSchema = {
  type: 'string',
  pattern: CALENDAR_DATE_PATTERN,
  description: 'A calendar date YYYY-MM-DD',
  errorMessage: 'must be a calendar date YYYY-MM-DD',
};

const labelText = (label: Label): string => (label.en === label.fr ? label.en : `${label.en} (${label.fr})`);

/** Every fact type, and whether its values are codes of the fact (total: a new type must say). */
const CODED: Readonly<Record<FactType, boolean>> = { number: false, date: false, bool: false, string: false, enum: true, multiEnum: true };

/** The definition of a coded fact's codes, shared by the facts of one enumeration. */
const codesName = (fact: FactDef): string => `Codes.${fact.enum?.id ?? fact.name}`;

/** Facts whose conditions are written alike: those of one type, and for coded facts of one enumeration too. */
const kindOf = (fact: FactDef): string => (CODED[fact.type] ? `${fact.type}.${fact.enum?.id ?? fact.name}` : fact.type);

/** The codes of an enum or multi-enum fact, each with its label for completion. */
function codesSchema(fact: FactDef): JsonSchema {
  const options = fact.enum?.options ?? [];
  return {
    type: 'string',
    enum: options.map((option) => option.code),
    enumDescriptions: options.map((option) => labelText(option.label)),
  };
}

/** One value of the fact, as a condition compares it (`checkScalar`). */
function factValueSchema(fact: FactDef): JsonSchema {
  switch (fact.type) {
    case 'number':
      return { type: 'number' };
    case 'date':
      return ref('CalendarDate');
    case 'bool':
      return { type: 'boolean' };
    case 'string':
      return { type: 'string' };
    case 'enum':
    case 'multiEnum':
      return ref(codesName(fact));
  }
}

/** The operator's own value schema (zod), for values that do not depend on the fact. */
function ownValueSchema(name: OperatorName): JsonSchema {
  const value = OPERATORS[name].value;
  if (value === undefined) throw new Error(`operator "${name}" takes no value`);
  const schema: Record<string, unknown> = { ...z.toJSONSchema(value, { target: 'draft-7' }) };
  delete schema['$schema'];
  return schema;
}

/** What `value` must be for `operator` on `fact`; `false` when it takes none. */
function valueSchema(name: OperatorName, fact: FactDef): JsonSchema | false {
  const shape = VALUE_SHAPES[name];
  if ((shape === 'none') !== (OPERATORS[name].value === undefined)) {
    throw new Error(`operator "${name}": its value shape "${shape}" disagrees with the registry`);
  }
  switch (shape) {
    case 'none':
      return false;
    case 'factValue':
      return factValueSchema(fact);
    case 'factValues':
      return { type: 'array', items: factValueSchema(fact), minItems: 1 };
    case 'range':
      return { type: 'array', items: factValueSchema(fact), minItems: 2, maxItems: 2, description: '[min, max], both ends included' };
    case 'codes':
      return { anyOf: [factValueSchema(fact), { type: 'array', items: factValueSchema(fact), minItems: 1 }] };
    case 'own':
      return ownValueSchema(name);
  }
}

/** `if` the condition's `key` is one of `values` (and present) `then` … */
function when(key: string, values: readonly string[], then: JsonSchema): JsonSchema {
  const test = values.length === 1 ? { const: values[0] } : { enum: values };
  return { if: { properties: { [key]: test }, required: [key] }, then };
}

/**
 * The operators that apply to `fact`, and for each the value it takes, operators that take the same value
 * together: `fact` stands for every fact of its kind (`kindOf`).
 */
function conditionOn(fact: FactDef, description: string): JsonSchema {
  const operators = OPERATOR_NAMES.filter((name) => OPERATORS[name].factTypes.includes(fact.type));
  const byValue = new Map<string, { value: JsonSchema | false; operators: OperatorName[] }>();
  for (const name of operators) {
    const value = valueSchema(name, fact);
    const key = JSON.stringify(value);
    const group = byValue.get(key);
    if (group === undefined) byValue.set(key, { value, operators: [name] });
    else group.operators.push(name);
  }
  const values = [...byValue.values()].map(({ value, operators: names }) =>
    when('operator', names, value === false ? { properties: { value: false } } : { properties: { value }, required: ['value'] }),
  );
  return { type: 'object', description, properties: { operator: { enum: operators } }, allOf: values };
}

/** The `definitions` of conditions: fact and operator names, dates, codes, and the condition on each kind of fact. */
export function conditionDefinitions(): Record<string, JsonSchema> {
  const definitions: Record<string, JsonSchema> = {
    FactName: {
      description: 'A fact of the fact registry (catalogue fields and derived facts)',
      enum: FACT_NAMES,
      enumDescriptions: FACT_REGISTRY.map((fact) => `${fact.type}: ${labelText(fact.label)}`),
    },
    DateFactName: {
      description: 'A date fact',
      enum: FACT_REGISTRY.filter((fact) => fact.type === 'date').map((fact) => fact.name),
    },
    OperatorName: {
      description: 'A condition operator; which ones apply depends on the type of the fact',
      enum: OPERATOR_NAMES,
      enumDescriptions: OPERATOR_NAMES.map((name) => `${OPERATORS[name].factTypes.join(', ')}: ${OPERATOR_NEEDS[name].en}`),
    },
    CalendarDate: CALENDAR_DATE,
  };
  const kinds = new Map<string, FactDef[]>();
  for (const fact of FACT_REGISTRY) kinds.set(kindOf(fact), [...(kinds.get(kindOf(fact)) ?? []), fact]);
  const dispatch: JsonSchema[] = [];
  for (const [kind, facts] of kinds) {
    const [first] = facts;
    if (first === undefined) continue;
    const names = facts.map((fact) => fact.name);
    if (CODED[first.type]) {
      const codes = codesSchema(first);
      const known = definitions[codesName(first)];
      if (known !== undefined && JSON.stringify(known) !== JSON.stringify(codes)) throw new Error(`two enumerations named ${codesName(first)}`);
      definitions[codesName(first)] = codes;
    }
    const description = CODED[first.type] ? `A condition on ${names.join(', ')} (${first.type})` : `A condition on a ${first.type} fact`;
    definitions[`Condition.${kind}`] = conditionOn(first, description);
    dispatch.push(when('fact', names, ref(`Condition.${kind}`)));
  }
  // An unknown or missing fact: its own error, and the operator is still checked against every operator.
  dispatch.push({ if: { properties: { fact: ref('FactName') }, required: ['fact'] }, else: { properties: { operator: ref('OperatorName') } } });
  definitions['LeafCondition'] = {
    type: 'object',
    description: '{fact, operator, value}: the operators of the fact\'s type, a value of the type the operator takes on it',
    properties: {
      fact: ref('FactName'),
      operator: { type: 'string', description: 'An operator for the type of the fact' },
      value: { description: 'What the operator takes: a value of the fact, a list, [min, max], a number of days…; none for isEmpty and isNotEmpty' },
    },
    required: ['fact', 'operator'],
    additionalProperties: false,
    allOf: dispatch,
  };
  return definitions;
}
