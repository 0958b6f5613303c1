import { describe, expect, it } from 'vitest';
import { DEFAULT_MODELS, parseScoringModel, ScoringModelError, validateScoringModel } from '../../../src/core/scoring';
import type { ScoringModelIssue } from '../../../src/core/scoring';
import { modelIssueText } from '../../../src/core/scoring/validate-issue-text';
import { modelInput, rule } from './helpers';
import type { RuleInput } from './helpers';

/** The issues `validateScoringModel` throws for `input`; fails the test when it does not throw. */
function issuesOf(input: unknown): readonly ScoringModelIssue[] {
  try {
    validateScoringModel(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ScoringModelError);
    return (error as ScoringModelError).issues;
  }
  return expect.fail('the model must not validate');
}

function withRule(overrides: Partial<RuleInput> & Pick<RuleInput, 'when'>): unknown {
  return modelInput([rule({ id: 'contract-end-6m', ...overrides })]);
}

describe('scoring model validation', () => {
  it('accepts a valid model and fills in defaults', () => {
    const { groups, ...withoutGroups } = modelInput([rule({ when: { fact: 'fleetSize', operator: 'greaterThan', value: 3 } })]);
    expect(groups).toEqual([]);
    expect(validateScoringModel(withoutGroups).groups).toEqual([]);
  });

  it('names the rule and the fact when the fact is unknown', () => {
    const issues = issuesOf(withRule({ when: { fact: 'monthsToFinancingEnding', operator: 'lessThan', value: 6 } }));
    expect(issues).toEqual([
      {
        code: 'factUnknown', params: { fact: 'monthsToFinancingEnding' },
        ruleId: 'contract-end-6m', path: ['rules', 0, 'when', 'fact'], message: 'rule "contract-end-6m": fact "monthsToFinancingEnding" is unknown',
      },
    ]);
  });

  it('says what between needs', () => {
    const [issue] = issuesOf(withRule({ when: { fact: 'monthsToFinancingEnd', operator: 'between', value: 6 } }));
    expect(issue).toMatchObject({ ruleId: 'contract-end-6m', path: ['rules', 0, 'when', 'value'] });
    expect(issue?.message).toContain('operator "between" needs [min, max]');
  });

  it('rejects between with min above max', () => {
    const [issue] = issuesOf(withRule({ when: { fact: 'fleetSize', operator: 'between', value: [10, 2] } }));
    expect(issue).toMatchObject({ ruleId: 'contract-end-6m', path: ['rules', 0, 'when', 'value'] });
  });

  it('rejects an operator that does not apply to the type of the fact', () => {
    const [issue] = issuesOf(withRule({ when: { fact: 'monthsToFinancingEnd', operator: 'withinNextMonths', value: 6 } }));
    expect(issue).toMatchObject({ ruleId: 'contract-end-6m', path: ['rules', 0, 'when', 'operator'] });
    expect(issue?.message).toContain('fact "monthsToFinancingEnd" (number)');
  });

  it('rejects an unknown operator', () => {
    const when = { fact: 'fleetSize', operator: 'biggerThan', value: 3 } as unknown as RuleInput['when'];
    expect(issuesOf(withRule({ when }))[0]).toMatchObject({ path: ['rules', 0, 'when', 'operator'] });
  });

  it('rejects a code that is not an option of an enum fact', () => {
    const [issue] = issuesOf(withRule({ when: { fact: 'fleetBand', operator: 'in', value: ['F10_49', 'F3'] } }));
    expect(issue?.message).toContain('value "F3" is not a code of fact "fleetBand"');
  });

  it('rejects a value of the wrong type for the fact', () => {
    const [issue] = issuesOf(withRule({ when: { fact: 'nextLeaseEndDate', operator: 'greaterThan', value: 3 } }));
    expect(issue?.message).toContain('needs a date YYYY-MM-DD');
  });

  it('rejects a value on an operator that takes none', () => {
    const [issue] = issuesOf(withRule({ when: { fact: 'fleetSize', operator: 'isEmpty', value: 1 } }));
    expect(issue?.message).toContain('operator "isEmpty" takes no value');
  });

  it('reports issues deep inside all, any and not with their path', () => {
    const when = { all: [{ fact: 'fleetSize', operator: 'greaterThan', value: 3 }, { not: { fact: 'nope', operator: 'isEmpty' } }] } as RuleInput['when'];
    expect(issuesOf(withRule({ when }))).toMatchObject([{ path: ['rules', 0, 'when', 'all', 1, 'not', 'fact'] }]);
  });

  it('rejects a consent field as a fact: consent is a gate, never points', () => {
    const issues = issuesOf(withRule({ when: { fact: 'autoCibleConsentEmailStatus', operator: 'equals', value: 'OPT_IN' } }));
    expect(issues[0]?.message).toBe('rule "contract-end-6m": fact "autoCibleConsentEmailStatus" is unknown');
  });

  it('names the rule and field of a schema problem', () => {
    const [issue] = issuesOf(withRule({ when: { fact: 'fleetSize', operator: 'greaterThan', value: 3 }, points: 2.5 }));
    expect(issue).toMatchObject({ ruleId: 'contract-end-6m', path: ['rules', 0, 'points'] });
    expect(issue?.message.startsWith('rule "contract-end-6m": points: ')).toBe(true);
  });

  it('lists every issue, not just the first', () => {
    const input = modelInput([
      rule({ id: 'a', when: { fact: 'nope', operator: 'isEmpty' } }),
      rule({ id: 'b', group: 'missing', when: { fact: 'fleetSize', operator: 'isEmpty' } }),
      rule({ id: 'a', when: { fact: 'fleetSize', operator: 'isEmpty' } }),
    ]);
    expect(issuesOf(input).map((i) => i.message)).toEqual([
      'rule "a": fact "nope" is unknown',
      'rule "a": rule "a" is defined twice',
      'rule "b": group "missing" is not declared in "groups"',
    ]);
  });

  it('rejects decay on fit rules and on negative points', () => {
    const fit = issuesOf(withRule({ axis: 'fit', since: 'lastInboundContactDate', when: { fact: 'fleetSize', operator: 'isNotEmpty' } }));
    expect(fit.map((i) => i.message)).toEqual(['rule "contract-end-6m": fit rules do not decay: remove "since"']);
    const negative = issuesOf(withRule({ axis: 'engagement', points: -5, since: 'lastInboundContactDate', when: { fact: 'fleetSize', operator: 'isNotEmpty' } }));
    expect(negative[0]?.path).toEqual(['rules', 0, 'since']);
  });

  it('requires since to be a date fact, and decay to come with since', () => {
    const notDate = issuesOf(withRule({ axis: 'engagement', since: 'fleetSize', when: { fact: 'fleetSize', operator: 'isNotEmpty' } }));
    expect(notDate[0]?.message).toContain('"since" needs a date fact');
    const noSince = issuesOf(withRule({ axis: 'engagement', decay: { windowDays: 30 }, when: { fact: 'fleetSize', operator: 'isNotEmpty' } }));
    expect(noSince[0]?.path).toEqual(['rules', 0, 'decay']);
  });

  it('rejects grades out of order, a group mixing axes and an Account model without PROFESSIONNEL', () => {
    const input = modelInput(
      [
        rule({ id: 'a', group: 'g', when: { fact: 'fleetSize', operator: 'isNotEmpty' } }),
        rule({ id: 'b', group: 'g', axis: 'engagement', when: { fact: 'fleetSize', operator: 'isNotEmpty' } }),
      ],
      {
        grades: { A: 50, B: 60, C: 30 },
        groups: [{ id: 'g', label: { fr: 'G', en: 'G' } }],
        appliesTo: { customerKinds: ['PARTICULIER'], entityTypes: ['Account'] },
      },
    );
    expect(issuesOf(input).map((i) => i.path)).toEqual([['groups', 0], ['grades'], ['appliesTo']]);
  });

  it('takes grade bars with axis minimums, and refuses a grade no record could get', () => {
    const withGrades = (grades: unknown): unknown => modelInput([rule({ when: { fact: 'fleetSize', operator: 'isNotEmpty' } })], { grades } as never);
    expect(validateScoringModel(withGrades({ A: { score: 35, engagement: 60 }, B: { score: 35, fit: 40, engagement: 30 }, C: 20 })).grades.B).toEqual({ score: 35, fit: 40, engagement: 30 });
    // Every record that reaches B's bar (score 40, fit 50) reaches A's (score 35, fit 40): B would never be given.
    const [issue] = issuesOf(withGrades({ A: { score: 35, fit: 40 }, B: { score: 40, fit: 50 }, C: 20 }));
    expect(issue?.path).toEqual(['grades', 'B']);
    expect(issue?.message).toContain('grade B would never be given');
    expect(issuesOf(withGrades({ A: { score: 60, fit: 101 }, B: 40, C: 20 }))[0]?.path).toEqual(['grades', 'A', 'fit']);
  });

  describe('a grade whose axis minimums imply a score that reaches a higher bar (score = weighted mean of the axes)', () => {
    const withGrades = (grades: unknown, combine = { fitWeight: 50, engagementWeight: 50 }): unknown =>
      modelInput([rule({ when: { fact: 'fleetSize', operator: 'isNotEmpty' } })], { grades, combine } as never);
    const unreachable = (input: unknown): unknown[] => issuesOf(input).map((i) => [i.code, i.path, i.params]);

    it('refuses B at fit 90 and engagement 90 under A at 50: every such record scores 90 at least, an A', () => {
      const [issue] = issuesOf(withGrades({ A: 50, B: { score: 30, fit: 90, engagement: 90 }, C: 20 }));
      expect(issue).toMatchObject({ code: 'gradeUnreachable', path: ['grades', 'B'], params: { grade: 'B', above: ['A'], impliedScore: 90 } });
      expect(issue?.message).toBe('grade B would never be given: a record that reaches its bar (score, fit, engagement) reaches that of A too '
        + '(its fit and engagement minimums give a score of at least 90)');
      expect(issue === undefined ? '' : modelIssueText(issue, 'fr')).toBe('la note B ne serait jamais donnée : un dossier qui atteint sa barre '
        + '(score, fit, engagement) atteint aussi celle de A (ses minimums de fit et d’engagement donnent un score d’au moins 90)');
      // With a higher bar for A, the same B is given (fit 90, engagement 90: score 90, below 95).
      expect(validateScoringModel(withGrades({ A: 95, B: { score: 30, fit: 90, engagement: 90 }, C: 20 })).grades.A).toBe(95);
    });

    it('counts the weights: engagement 50 is a score of 50 when fit weighs nothing, 25 at least with equal weights', () => {
      const grades = { A: 50, B: { score: 10, engagement: 50 }, C: 5 };
      expect(unreachable(withGrades(grades, { fitWeight: 0, engagementWeight: 1 }))).toEqual([['gradeUnreachable', ['grades', 'B'], { grade: 'B', above: ['A'], impliedScore: 50 }]]);
      expect(validateScoringModel(withGrades(grades)).grades.B).toEqual({ score: 10, engagement: 50 });
    });

    it('counts the rounding: fit 33 and engagement 34 round to a score of 34, fit 33 and engagement 33 to 33', () => {
      expect(unreachable(withGrades({ A: 34, B: { score: 20, fit: 33, engagement: 34 }, C: 10 }))).toEqual([['gradeUnreachable', ['grades', 'B'], { grade: 'B', above: ['A'], impliedScore: 34 }]]);
      expect(validateScoringModel(withGrades({ A: 34, B: { score: 20, fit: 33, engagement: 33 }, C: 10 })).grades.A).toBe(34);
    });

    it('counts the axes clamped to 100: a score of 100 needs fit and engagement of 99 at least, which A asks for', () => {
      // Were an axis to pass 100, fit 101 and engagement 98 would score 100 and be a B.
      expect(unreachable(withGrades({ A: { score: 1, fit: 99, engagement: 99 }, B: 100, C: 20 }))).toEqual([['gradeUnreachable', ['grades', 'B'], { grade: 'B', above: ['A'] }]]);
      expect(validateScoringModel(withGrades({ A: { score: 1, fit: 99, engagement: 100 }, B: 100, C: 20 })).grades.B).toBe(100);
    });

    it('refuses C when every record reaching it gets A or B, neither alone', () => {
      // Score 50 needs fit + engagement ≥ 99: fit 50 or more (A), or else engagement 50 or more (B).
      const [issue, ...others] = issuesOf(withGrades({ A: { score: 1, fit: 50 }, B: { score: 1, engagement: 50 }, C: 50 }));
      expect(others).toEqual([]);
      expect(issue).toMatchObject({ code: 'gradeUnreachable', path: ['grades', 'C'], params: { grade: 'C', above: ['A', 'B'] } });
      expect(issue?.message).toContain('reaches that of A or B too');
      expect(issue === undefined ? '' : modelIssueText(issue, 'fr')).toContain('atteint aussi celle de A ou de B');
      expect(validateScoringModel(withGrades({ A: { score: 1, fit: 50 }, B: { score: 1, engagement: 50 }, C: 49 })).grades.C).toBe(49);
    });

    it('takes the shipped bars of both default models', () => {
      for (const shipped of DEFAULT_MODELS) expect(validateScoringModel(withGrades(shipped.grades, shipped.combine)).grades).toEqual(shipped.grades);
    });
  });

  it('parses YAML and JSON text', () => {
    const input = modelInput([rule({ when: { fact: 'fleetSize', operator: 'greaterThan', value: 3 } })]);
    expect(parseScoringModel(JSON.stringify(input), 'json')).toEqual(validateScoringModel(input));
    const yaml = [
      'id: yaml-model', 'version: "2"', 'name: { fr: Y, en: Y }',
      'appliesTo: { customerKinds: [PARTICULIER], entityTypes: [Contact] }',
      'grades: { A: 60, B: 40, C: 20 }', 'combine: { fitWeight: 1, engagementWeight: 1 }', 'decay: { windowDays: 30 }',
      'rules:', '  - { id: r, axis: fit, points: 5, reason: { fr: R, en: R }, when: { fact: fleetSize, operator: greaterThan, value: 3 } }',
    ].join('\n');
    expect(parseScoringModel(yaml, 'yaml')).toMatchObject({ id: 'yaml-model', version: '2', decay: { windowDays: 30 } });
  });

  it('reports text that is not YAML or JSON as one issue', () => {
    expect(() => parseScoringModel('{ "id": ', 'json')).toThrow(ScoringModelError);
    try {
      parseScoringModel('rules: [\n', 'yaml');
    } catch (error) {
      expect(error).toBeInstanceOf(ScoringModelError);
      expect((error as ScoringModelError).issues).toHaveLength(1);
      expect((error as ScoringModelError).code).toBe('SCORING_MODEL_INVALID');
      return;
    }
    expect.fail('YAML syntax errors must throw');
  });

  it('carries the model id on the error', () => {
    const input = { ...modelInput([rule({ when: { fact: 'nope', operator: 'isEmpty' } })]), id: 'named-model' };
    expect(() => validateScoringModel(input)).toThrow(expect.objectContaining({ modelId: 'named-model' }) as Error);
  });
});
