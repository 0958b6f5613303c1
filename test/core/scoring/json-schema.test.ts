import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { FACT_REGISTRY, OPERATOR_NAMES, OPERATORS, ScoringModelError, validateScoringModel } from '../../../src/core/scoring';
import type { FactDef } from '../../../src/core/scoring';
import { checkCondition } from '../../../src/core/scoring/validate-condition';
import { readModel, readSchema, schemaCheck, SHIPPED_MODELS } from './scoring-schema-check';
import type { Draft } from './scoring-schema-check';
import { BASE_MODEL, MISTAKES } from './scoring-schema-mistakes';

const SCHEMA = readSchema();
const DRAFTS: readonly Draft[] = ['draft-07', '2020-12'];
const CHECKS = { 'draft-07': schemaCheck(SCHEMA, 'draft-07'), '2020-12': schemaCheck(SCHEMA, '2020-12') };

/** `<instance path> <keyword>`, and the property a `required` misses: what `Mistake.flags` names. */
const flagged = (errors: readonly ErrorObject[]): string[] =>
  errors.map((e) => `${e.instancePath} ${e.keyword}${e.keyword === 'required' ? ` ${String(e.params['missingProperty'])}` : ''}`);

function cliRefuses(model: unknown): boolean {
  try {
    validateScoringModel(model);
    return false;
  } catch (error) {
    if (error instanceof ScoringModelError) return true;
    throw error;
  }
}

/** Every key of the schema, at any depth, with the value it holds. */
function* entries(node: unknown): Generator<[string, unknown]> {
  if (Array.isArray(node)) for (const item of node) yield* entries(item);
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      yield [key, value];
      yield* entries(value);
    }
  }
}

describe('the JSON Schema of scoring files', () => {
  it('is draft-07 with keywords that 2019-09 and 2020-12 read the same (no tuple, $defs or dependencies)', () => {
    expect(SCHEMA['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    const draftSpecific = new Set(['$defs', 'prefixItems', 'additionalItems', 'dependencies', 'dependentRequired', 'dependentSchemas', 'unevaluatedItems', 'unevaluatedProperties', '$recursiveRef', '$dynamicRef']);
    const found = [...entries(SCHEMA)].filter(([key, value]) => draftSpecific.has(key) || (key === 'items' && (Array.isArray(value) || typeof value === 'boolean')));
    expect(found.map(([key]) => key)).toEqual([]);
  });

  it('says in its description what only the CLI checks', () => {
    expect(SCHEMA['description']).toEqual(expect.stringContaining('Checked only when the model is loaded'));
    expect(SCHEMA['description']).toEqual(expect.stringContaining('duplicate rule or group ids'));
  });

  it.each(DRAFTS.flatMap((draft) => [...SHIPPED_MODELS, 'the base of the mistakes below'].map((file) => [file, draft] as const)))(
    'accepts %s under %s',
    (file, draft) => {
      const model = file.startsWith('models/') ? readModel(file) : BASE_MODEL;
      expect(cliRefuses(model)).toBe(false);
      expect(flagged(CHECKS[draft].model(model))).toEqual([]);
    },
  );

  describe.each(DRAFTS)('under %s', (draft) => {
    it.each(MISTAKES.map((mistake) => [mistake.name, mistake] as const))('refuses %s where the CLI does', (_name, mistake) => {
      expect(cliRefuses(mistake.model)).toBe(true);
      expect(flagged(CHECKS[draft].model(mistake.model))).toContain(mistake.flags);
    });
  });
});

/** Values to try with every operator on every fact: of each type, in each shape, valid and not. */
function samples(fact: FactDef): unknown[] {
  const [first = 'A', second = 'B'] = fact.enum?.options.map((option) => option.code) ?? [];
  return [
    undefined, null, 0, 3, -1, 2.5, 100, 101, 1200, 1201, 36_500, 36_501, '10', 'text', '', true, false,
    '2025-03-15', '2024-02-29', '2025-02-29', '2025-3-15', '2025-03-15T10:00', {}, [], [1], [1, 2], [2, 1], [1, 2, 3],
    ['a'], [true], [1, 'a'], ['2025-01-01', '2025-12-31'], ['2025-12-31', '2025-01-01'], ['2025-01-01', 3],
    first, [first], [first, second], 'NOPE', [first, 'NOPE'],
  ];
}

const cliAccepts = (condition: unknown): boolean => {
  let issues = 0;
  checkCondition(condition, [], () => { issues += 1; });
  return issues === 0;
};

describe('texts in the JSON Schema', () => {
  const withText = (version: string, fr: string): unknown => {
    const [first, ...others] = BASE_MODEL.rules;
    return { ...BASE_MODEL, version, rules: [{ ...first, reason: { fr, en: 'Reason' } }, ...others] };
  };

  it.each(DRAFTS)('accept under %s the versions and reason labels the CLI accepts', (draft) => {
    const versions = ['1', '2025.2.0', '1.2.3.4', '10.0', 'v1', '1.', '.1', '1..2', '1.0-beta', '1 0', '１'];
    const labels = ['Contact', 'Contact le {value}', '{value} et {value}', '{value', 'value}', '{valeur}', '{ value }', '{}', '{{value}}', 'a } b', '{value}}'];
    const disagreements = [
      ...versions.map((version) => ({ text: version, model: withText(version, 'Raison') })),
      ...labels.map((label) => ({ text: label, model: withText('1', label) })),
    ].flatMap(({ text, model }) => {
      const schema = CHECKS[draft].model(model).length === 0;
      return schema === !cliRefuses(model) ? [] : [`${text}: schema ${String(schema)}`];
    });
    expect(disagreements).toEqual([]);
  });
});

describe('conditions in the JSON Schema', () => {
  it.each(DRAFTS)('accept under %s what the CLI accepts, for every operator on every fact (but between min > max)', (draft) => {
    const disagreements: string[] = [];
    for (const fact of FACT_REGISTRY) {
      for (const operator of OPERATOR_NAMES) {
        for (const value of samples(fact)) {
          const condition = value === undefined ? { fact: fact.name, operator } : { fact: fact.name, operator, value };
          const schema = CHECKS[draft].condition(condition).length === 0;
          const cli = cliAccepts(condition);
          const reversedRange = operator === 'between' && OPERATORS.between.validate(value, fact)?.includes('min ≤ max') === true;
          if (schema !== cli && !(reversedRange && schema)) disagreements.push(`${JSON.stringify(condition)}: schema ${String(schema)}, CLI ${String(cli)}`);
        }
      }
    }
    expect(disagreements.slice(0, 10)).toEqual([]);
  });

  it('read dates as the CLI does: the days of each month, 29 February in leap years only, no year 0', () => {
    const fact = FACT_REGISTRY.find((def) => def.type === 'date');
    if (fact === undefined) return expect.fail('no date fact');
    const two = (n: number): string => String(n).padStart(2, '0');
    const disagreements: string[] = [];
    for (const year of ['0000', '0001', '1900', '1996', '2000', '2023', '2024', '2100', '2400', '9999']) {
      for (let month = 0; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          const value = `${year}-${two(month)}-${two(day)}`;
          const schema = CHECKS['draft-07'].condition({ fact: fact.name, operator: 'equals', value }).length === 0;
          if (schema !== (OPERATORS.equals.validate(value, fact) === undefined)) disagreements.push(value);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });
});
