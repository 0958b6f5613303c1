import { describe, expect, it } from 'vitest';
import { OPERATOR_NAMES, OPERATORS, parseScoringModel, ScoringModelError, validateScoringModel } from '../../../src/core/scoring';
import type { ScoringModelInput, ScoringModelIssue } from '../../../src/core/scoring';
import type { ModelIssueCode, ModelIssueKind, ModelIssueParams } from '../../../src/core/scoring/validate-issue';
import { modelIssueDetail, modelIssueText, OPERATOR_NEEDS } from '../../../src/core/scoring/validate-issue-text';
import { modelInput, rule } from './helpers';
import type { RuleInput } from './helpers';

function issuesOf(run: () => unknown): readonly ScoringModelIssue[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ScoringModelError);
    return (error as ScoringModelError).issues;
  }
  return expect.fail('the model must not validate');
}

const withRule = (overrides: Partial<RuleInput> & Pick<RuleInput, 'when'>): ScoringModelInput => modelInput([rule({ id: 'fin-contrat', ...overrides })]);

/** One issue of each code, with values a model could give. */
const SAMPLES: { readonly [C in ModelIssueCode]: ModelIssueParams[C] } = {
  notParsable: { format: 'yaml', line: 3, column: 5, yamlCode: 'DUPLICATE_KEY' },
  whenMissing: {},
  conditionShape: {},
  conditionTooDeep: { max: 12 },
  conditionUnexpectedKey: { key: 'valeur' },
  groupNotAlone: { key: 'all', others: ['fact'] },
  groupEmpty: { key: 'any' },
  factMissing: {},
  factUnknown: { fact: 'nope' },
  operatorMissing: { operators: ['equals', 'in'] },
  operatorUnknown: { operator: 'biggerThan', operators: ['equals', 'in'] },
  operatorFactType: { operator: 'withinNextMonths', fact: 'fleetSize', factType: 'number', factTypes: ['date'] },
  valueShape: { operator: 'olderThanYears', fact: 'oldestVehicleMecDate' },
  valueType: { fact: 'nextLeaseEndDate', factType: 'date', got: '3' },
  valueCode: { fact: 'fleetBand', value: 'F3', codes: ['F0', 'F1'] },
  betweenOrder: { fact: 'fleetSize', min: '10', max: '2' },
  decayWithoutSince: {},
  sinceUnknown: { fact: 'nope' },
  sinceNotDate: { fact: 'fleetSize', factType: 'number' },
  sinceOnFit: {},
  sinceOnPenalty: {},
  groupUndeclared: { group: 'contract-end' },
  valueFactUnknown: { fact: 'nope' },
  duplicateId: { kind: 'group', id: 'contract-end' },
  groupMixesAxes: { group: 'contract-end' },
  gradesOrder: { A: 50, B: 60, C: 30 },
  gradeUnreachable: { grade: 'C', above: ['A', 'B'], impliedScore: 90 },
  noWeight: {},
  accountNotProfessional: {},
  labelPlaceholderUnknown: { lang: 'en', placeholders: ['{valeur}'], allowed: ['{value}'] },
  labelStrayBrace: { lang: 'fr', allowed: ['{value}'] },
  versionFormat: { got: 'one' },
  versionNumber: { got: '2026.2' },
  gradeBarShape: { missing: true },
  decayShape: { missing: false },
  decayBothForms: {},
  required: {},
  wrongType: { expected: 'int' },
  notKebabCase: {},
  badFormat: {},
  tooSmall: { origin: 'number', minimum: 1, inclusive: true },
  tooBig: { origin: 'string', maximum: 30, inclusive: true },
  notOneOf: { values: ['fit', 'engagement'] },
  unknownKeys: { keys: ['extra'] },
  noFormMatches: {},
  invalid: {},
};

const SAMPLE_KINDS = Object.entries(SAMPLES).map(([code, params]) => ({ code, params }) as ModelIssueKind);

describe('scoring model problems in French and English', () => {
  it('words every code in both languages, the French with its typography', () => {
    for (const kind of SAMPLE_KINDS) {
      const fr = modelIssueDetail(kind, 'fr');
      const en = modelIssueDetail(kind, 'en');
      expect(fr, kind.code).not.toBe(en);
      expect(fr, kind.code).not.toMatch(/\p{L}'\p{L}/u);
      expect(fr, kind.code).not.toMatch(/(?<![\s\u202f])[:;?!]/u);
      expect(fr, kind.code).not.toMatch(/"/);
    }
  });

  it('names the rule and the field first, in each language', () => {
    const [issue] = issuesOf(() => validateScoringModel(withRule({ when: { fact: 'fleetSize', operator: 'greaterThan', value: 3 }, points: 2.5 })));
    expect(issue).toMatchObject({ code: 'wrongType', params: { expected: 'int' }, ruleId: 'fin-contrat', field: 'points', path: ['rules', 0, 'points'] });
    expect(issue === undefined ? '' : modelIssueText(issue, 'fr')).toBe('règle « fin-contrat » : points : doit être un nombre entier');
    expect(issue?.message).toBe('rule "fin-contrat": points: must be a whole number');
  });

  it('names a rule without an id in text by its position, in every message about it', () => {
    const bad = { axis: 'fit', points: 5, reason: { fr: 'a', en: 'a' }, when: { fact: 'fleetSize', operator: 'greaterThan', value: '3' } };
    // YAML `id: 2024` is a number; the second rule has no id at all, the third an empty one.
    const input = modelInput([rule({ id: 'bonne', when: { fact: 'fleetSize', operator: 'isNotEmpty' } }), { id: 2024, ...bad } as never, bad as never, { id: '', ...bad } as never]);
    const issues = issuesOf(() => validateScoringModel(input));
    expect(issues.map((i) => [i.ruleNumber, i.ruleId, i.path.slice(0, 2)])).toEqual([
      [2, undefined, ['rules', 1]], [3, undefined, ['rules', 2]], [4, undefined, ['rules', 3]],
      [2, undefined, ['rules', 1]], [3, undefined, ['rules', 2]], [4, undefined, ['rules', 3]],
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      'rule no. 2: id: must be text',
      'rule no. 3: id: is required',
      'rule no. 4: id: must be kebab-case: lower-case letters, digits and dashes',
      'rule no. 2: fact "fleetSize": operator "greaterThan" needs a number, or a date YYYY-MM-DD for a date fact',
      'rule no. 3: fact "fleetSize": operator "greaterThan" needs a number, or a date YYYY-MM-DD for a date fact',
      'rule no. 4: fact "fleetSize": operator "greaterThan" needs a number, or a date YYYY-MM-DD for a date fact',
    ]);
    for (const issue of issues) expect(modelIssueText(issue, 'fr')).toMatch(/^règle n° \d : /);
    expect(issues[3] === undefined ? '' : modelIssueText(issues[3], 'fr')).toBe('règle n° 2 : fait « fleetSize » : l’opérateur « greaterThan » attend un nombre, ou une date AAAA-MM-JJ pour un fait de type date');
  });

  it('keeps the English message the English text of the code', () => {
    const issues = issuesOf(() => validateScoringModel({ ...withRule({ when: { fact: 'fleetBand', operator: 'in', value: ['F3'] } }), id: 'Pas_Kebab', extra: 1 }));
    expect(issues.length).toBeGreaterThan(1);
    for (const issue of issues) expect(issue.message).toBe(modelIssueText(issue, 'en'));
  });

  it('tells a missing field from one of the wrong type, and a bad id from other formats', () => {
    const noReason = { id: 'sans-raison', axis: 'fit', points: 10, when: { fact: 'fleetSize', operator: 'isNotEmpty' } } as unknown as RuleInput;
    const missing = issuesOf(() => validateScoringModel(modelInput([noReason])));
    expect(missing.map((i) => [i.code, i.field])).toEqual([['required', 'reason']]);
    expect(missing[0] === undefined ? '' : modelIssueText(missing[0], 'fr')).toBe('règle « sans-raison » : reason : est obligatoire');
    const badId = issuesOf(() => validateScoringModel({ ...modelInput([rule({ when: { fact: 'fleetSize', operator: 'isNotEmpty' } })]), id: 'Pas_Kebab' }));
    expect(badId.map((i) => [i.code, i.field])).toEqual([['notKebabCase', 'id']]);
    expect(badId[0] === undefined ? '' : modelIssueText(badId[0], 'fr')).toBe('id : doit être en kebab-case : lettres minuscules, chiffres et tirets');
  });

  it('says why a condition value is refused, with its code', () => {
    const cases: readonly (readonly [RuleInput['when'], ModelIssueCode, string])[] = [
      [{ fact: 'nextLeaseEndDate', operator: 'greaterThan', value: 3 }, 'valueType', 'règle « fin-contrat » : le fait « nextLeaseEndDate » (date) attend une date AAAA-MM-JJ, reçu 3'],
      [{ fact: 'fleetBand', operator: 'in', value: ['F10_49', 'F3'] }, 'valueCode', 'règle « fin-contrat » : la valeur « F3 » n’est pas un code du fait « fleetBand »'],
      [{ fact: 'fleetSize', operator: 'between', value: [10, 2] }, 'betweenOrder', 'règle « fin-contrat » : fait « fleetSize » : l’opérateur « between » attend min ≤ max, reçu [10, 2]'],
      [{ fact: 'monthsToFinancingEnd', operator: 'between', value: 6 } as unknown as RuleInput['when'], 'valueShape', 'règle « fin-contrat » : fait « monthsToFinancingEnd » : l’opérateur « between » attend [min, max] (bornes comprises)'],
      [{ fact: 'oldestVehicleMecDate', operator: 'olderThanYears', value: 4.5 }, 'valueShape', 'l’opérateur « olderThanYears » attend un nombre entier d’années (0 à 100)'],
      [{ fact: 'fleetSize', operator: 'isEmpty', value: 1 } as unknown as RuleInput['when'], 'valueShape', 'l’opérateur « isEmpty » ne prend pas de valeur'],
      [{ fact: 'monthsToFinancingEnd', operator: 'withinNextMonths', value: 6 }, 'operatorFactType', 'l’opérateur « withinNextMonths » ne s’applique pas au fait « monthsToFinancingEnd » (nombre) ; il prend des faits de type date'],
    ];
    for (const [when, code, french] of cases) {
      const [issue] = issuesOf(() => validateScoringModel(withRule({ when })));
      expect(issue?.code).toBe(code);
      expect(issue === undefined ? '' : modelIssueText(issue, 'fr')).toContain(french);
    }
  });

  it('words the rules the schema cannot check in French too', () => {
    const input = modelInput(
      [rule({ id: 'a', axis: 'fit', since: 'lastInboundContactDate', when: { fact: 'fleetSize', operator: 'isNotEmpty' } }), rule({ id: 'a', group: 'absent', when: { fact: 'fleetSize', operator: 'isNotEmpty' } })],
      { grades: { A: 50, B: 60, C: 30 } },
    );
    const french = issuesOf(() => validateScoringModel(input)).map((issue) => modelIssueText(issue, 'fr'));
    expect(french).toEqual([
      'règle « a » : la règle « a » est définie deux fois',
      'règle « a » : les règles fit (profil) ne s’estompent pas : retirez « since »',
      'règle « a » : le groupe « absent » n’est pas déclaré dans « groups »',
      'les notes demandent A > B > C, reçu A 50, B 60, C 30',
    ]);
  });

  it('says where a file stops being YAML or JSON, never what it holds', () => {
    const [yaml] = issuesOf(() => parseScoringModel('id: secret-client\nid: secret-client\n', 'yaml'));
    expect(yaml).toMatchObject({ code: 'notParsable', params: { format: 'yaml', line: 2, column: 1, yamlCode: 'DUPLICATE_KEY' } });
    expect(yaml === undefined ? '' : modelIssueText(yaml, 'fr')).toBe('le fichier n’est pas du YAML valide (ligne 2, colonne 1 : clé en double)');
    expect(yaml?.message).toBe('the file is not valid YAML (line 2, column 1: duplicate key)');
    const [json] = issuesOf(() => parseScoringModel('{\n  "id": "secret-client",\n  x\n}', 'json'));
    expect(json).toMatchObject({ code: 'notParsable', params: { format: 'json', line: 3, column: 3 } });
    const [cut] = issuesOf(() => parseScoringModel('{ "id": ', 'json'));
    expect(cut === undefined ? '' : modelIssueText(cut, 'fr')).toBe('le fichier n’est pas du JSON valide (ligne 1, colonne 8)');
    for (const issue of [yaml, json, cut]) expect(issue?.message).not.toContain('secret');
  });

  it('says in English what each operator takes, as the operator itself does', () => {
    for (const name of OPERATOR_NAMES) expect(OPERATOR_NEEDS[name].en).toBe(OPERATORS[name].needs);
  });
});
