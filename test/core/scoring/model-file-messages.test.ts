// What a scoring file is refused for, in French and English: reason label placeholders, groups named by their id,
// a missing grade or a decay of two forms said plainly, and the form of the model version.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODELS, parseScoringModel, ScoringModelError, validateScoringModel } from '../../../src/core/scoring';
import type { ScoringModelInput, ScoringModelIssue } from '../../../src/core/scoring';
import { modelIssueText } from '../../../src/core/scoring/validate-issue-text';
import { modelInput, rule } from './helpers';
import type { RuleInput } from './helpers';

function issuesOf(input: unknown): readonly ScoringModelIssue[] {
  try {
    validateScoringModel(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ScoringModelError);
    return (error as ScoringModelError).issues;
  }
  return expect.fail('the model must not validate');
}

/** Each issue as `[English, French]`. */
const texts = (input: unknown): [string, string][] => issuesOf(input).map((issue) => [modelIssueText(issue, 'en'), modelIssueText(issue, 'fr')]);

const WHEN: RuleInput['when'] = { fact: 'nextLeaseEndDate', operator: 'withinNextMonths', value: 3 };
const withReason = (reason: RuleInput['reason'], overrides: Partial<RuleInput> = {}): ScoringModelInput =>
  modelInput([rule({ id: 'lease-end-3m', axis: 'engagement', when: WHEN, reason, ...overrides })]);
/** `modelInput` with one key replaced or taken out (`undefined`), as a file would leave it out. */
const without = (input: ScoringModelInput, key: string, value?: unknown): Record<string, unknown> => {
  const copy: Record<string, unknown> = { ...input };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
};

describe('reason label placeholders', () => {
  it('refuses an unknown placeholder, naming the rule, the label\'s language and the placeholders there are', () => {
    const issues = issuesOf(withReason({ fr: 'Fin de LOA le {value}', en: 'Lease ends on {valeur}' }));
    expect(issues).toMatchObject([{
      code: 'labelPlaceholderUnknown', params: { lang: 'en', placeholders: ['{valeur}'], allowed: ['{value}'] },
      ruleId: 'lease-end-3m', field: 'reason.en', path: ['rules', 0, 'reason', 'en'],
    }]);
    expect(texts(withReason({ fr: 'Fin de LOA le {value}', en: 'Lease ends on {valeur}' }))).toEqual([[
      'rule "lease-end-3m": reason.en: unknown placeholder "{valeur}" in the English label (allowed: {value})',
      'règle « lease-end-3m » : reason.en : variable inconnue « {valeur} » dans le libellé anglais (acceptée : {value})',
    ]]);
  });

  it('checks the French label too, each unknown placeholder once', () => {
    expect(texts(withReason({ fr: 'Fin le {date} ({date}, {Value}, { value }, {})', en: 'Lease ends on {value}' }))).toEqual([[
      'rule "lease-end-3m": reason.fr: unknown placeholders "{date}", "{Value}", "{ value }", "{}" in the French label (allowed: {value})',
      'règle « lease-end-3m » : reason.fr : variables inconnues « {date} », « {Value} », « { value } », « {} » dans le libellé français (acceptée : {value})',
    ]]);
  });

  it('refuses a brace outside a placeholder, which the rep would see as written', () => {
    for (const en of ['Lease ends on {value', 'Lease ends on value}', 'Lease ends on {{value}}']) {
      expect(texts(withReason({ fr: 'Fin de LOA le {value}', en })), en).toEqual([[
        'rule "lease-end-3m": reason.en: brace outside a placeholder in the English label (allowed: {value})',
        'règle « lease-end-3m » : reason.en : accolade hors d’une variable dans le libellé anglais (variable acceptée : {value})',
      ]]);
    }
    expect(issuesOf(withReason({ fr: 'Fin {date} {', en: 'Lease ends on {value}' })).map((i) => i.code)).toEqual(['labelPlaceholderUnknown', 'labelStrayBrace']);
  });

  it('accepts {value}, as often as the label likes, and labels without any', () => {
    expect(() => validateScoringModel(withReason({ fr: '{value}', en: '{value} and {value}' }))).not.toThrow();
    expect(() => validateScoringModel(withReason({ fr: 'Fin de LOA proche', en: 'Lease ends soon' }))).not.toThrow();
  });

  it('is reported with the schema\'s problems, in a rule that has others', () => {
    const codes = issuesOf(withReason({ fr: 'Fin le {valeur}', en: 'Ends {value}' }, { points: 2.5 })).map((i) => [i.code, i.field]);
    expect(codes).toEqual([['wrongType', 'points'], ['labelPlaceholderUnknown', 'reason.fr']]);
  });

  it('keeps the shipped models valid: their labels use {value} only', () => {
    for (const model of DEFAULT_MODELS) expect(() => validateScoringModel(model), model.id).not.toThrow();
  });
});

describe('groups named by their id', () => {
  const grouped = (groups: readonly unknown[]): ScoringModelInput => ({
    ...modelInput([rule({ when: WHEN })]),
    groups: groups as ScoringModelInput['groups'],
  });

  it('names the group by its id in the field, in both languages', () => {
    const input = grouped([{ id: 'fleet-size', label: { fr: 'Parc', en: 'Fleet' } }, { id: 'fleet-renewal', label: { fr: 'Renouvellement' }, cap: -1 }]);
    expect(issuesOf(input).map((i) => [i.field, i.path])).toEqual([
      ['groups[fleet-renewal].label.en', ['groups', 1, 'label', 'en']],
      ['groups[fleet-renewal].cap', ['groups', 1, 'cap']],
    ]);
    expect(texts(input)).toEqual([
      ['groups[fleet-renewal].label.en: is required', 'groups[fleet-renewal].label.en : est obligatoire'],
      ['groups[fleet-renewal].cap: must be at least 0', 'groups[fleet-renewal].cap : doit être supérieur ou égal à 0'],
    ]);
  });

  it('names a group by its id when the problem is the group itself', () => {
    expect(texts(grouped([{ id: 'fleet-renewal', label: { fr: 'R', en: 'R' }, extra: 1 }]))).toEqual([
      ['groups[fleet-renewal]: unknown key "extra"', 'groups[fleet-renewal] : clé inconnue « extra »'],
    ]);
  });

  it('falls back to the index when the group has no id, or one another group has too', () => {
    expect(issuesOf(grouped([{ label: { fr: 'R', en: 'R' }, cap: 5000 }])).map((i) => i.field)).toEqual(['groups.0.id', 'groups.0.cap']);
    const twice = grouped([{ id: 'g', label: { fr: 'R', en: 'R' } }, { id: 'g', label: { fr: 'R', en: 'R' }, cap: -1 }]);
    expect(issuesOf(twice).map((i) => i.field)).toEqual(['groups.1.cap']);
  });
});

describe('grades and decay say what they expect', () => {
  const grades = (value: unknown): Record<string, unknown> => without(modelInput([rule({ when: WHEN })]), 'grades', value);

  it('says a missing grade is required, and its two forms', () => {
    const input = grades({ A: 70, B: 50 });
    expect(issuesOf(input)).toMatchObject([{ code: 'gradeBarShape', params: { missing: true }, field: 'grades.C', path: ['grades', 'C'] }]);
    expect(texts(input)).toEqual([[
      'grades.C: is required: a number (the lowest score) or {score, fit, engagement}',
      'grades.C : est obligatoire : un nombre (le score minimal) ou { score, fit, engagement }',
    ]]);
  });

  it('says what a grade of the wrong form must be, and what is wrong inside a bar written as an object', () => {
    expect(texts(grades({ A: 70, B: 50, C: 'thirty' }))).toEqual([[
      'grades.C: must be a number (the lowest score) or {score, fit, engagement}',
      'grades.C : doit être un nombre (le score minimal) ou { score, fit, engagement }',
    ]]);
    expect(texts(grades({ A: 70, B: 50, C: { score: 'thirty' } }))).toEqual([['grades.C.score: must be a number', 'grades.C.score : doit être un nombre']]);
  });

  const decay = (value: unknown): Record<string, unknown> => without(modelInput([rule({ when: WHEN })]), 'decay', value);

  it('refuses a decay of both forms plainly', () => {
    const input = decay({ halfLifeDays: 60, windowDays: 90 });
    expect(issuesOf(input)).toMatchObject([{ code: 'decayBothForms', field: 'decay', path: ['decay'] }]);
    expect(texts(input)).toEqual([[
      'decay: give either "halfLifeDays" or "windowDays", not both',
      'decay : donnez « halfLifeDays » ou « windowDays », pas les deux',
    ]]);
  });

  it('names the rule whose decay has both forms', () => {
    const input = modelInput([rule({ id: 'inbound', axis: 'engagement', when: WHEN, since: 'lastInboundContactDate', decay: { halfLifeDays: 30, windowDays: 90 } as unknown as RuleInput['decay'] })]);
    expect(texts(input)).toEqual([[
      'rule "inbound": decay: give either "halfLifeDays" or "windowDays", not both',
      'règle « inbound » : decay : donnez « halfLifeDays » ou « windowDays », pas les deux',
    ]]);
  });

  it('says a missing or empty decay needs one of its two forms', () => {
    expect(texts(decay(undefined))).toEqual([[
      'decay: is required: "halfLifeDays" (points halve every N days) or "windowDays" (full points for N days, none after)',
      'decay : est obligatoire : « halfLifeDays » (les points diminuent de moitié tous les N jours) ou « windowDays » (tous les points pendant N jours, aucun ensuite)',
    ]]);
    for (const value of [{}, 90, { days: 90 }]) {
      expect(texts(decay(value)), JSON.stringify(value)).toEqual([[
        'decay: needs "halfLifeDays" (points halve every N days) or "windowDays" (full points for N days, none after)',
        'decay : demande « halfLifeDays » (les points diminuent de moitié tous les N jours) ou « windowDays » (tous les points pendant N jours, aucun ensuite)',
      ]]);
    }
  });

  it('says what is wrong inside a decay of one form', () => {
    expect(texts(decay({ halfLifeDays: 'sixty' }))).toEqual([['decay.halfLifeDays: must be a number', 'decay.halfLifeDays : doit être un nombre']]);
    expect(texts(decay({ windowDays: 90, extra: 1 }))).toEqual([['decay: unknown key "extra"', 'decay : clé inconnue « extra »']]);
  });
});

describe('model version', () => {
  const versioned = (version: unknown): Record<string, unknown> => without(modelInput([rule({ when: WHEN })]), 'version', version);

  it('refuses a version that is not numbers separated by dots, in both languages', () => {
    const input = versioned('one');
    expect(issuesOf(input)).toMatchObject([{ code: 'versionFormat', params: { got: 'one' }, field: 'version', path: ['version'] }]);
    expect(texts(input)).toEqual([[
      'version: must be numbers separated by dots, such as 2026.1.0, got "one"',
      'version : doit être des nombres séparés par des points, comme 2026.1.0, reçu « one »',
    ]]);
  });

  it.each(['  ', 'v1.0', '1..2', '.1', '1.', '1.0-beta', '2026.1.0 ', '1,2', '1@2'])('refuses %j', (version) => {
    expect(issuesOf(versioned(version)).map((i) => i.code)).toEqual(['versionFormat']);
  });

  it.each(['2025.2.0', '2026.1.0', '1', '10.04'])('accepts %j', (version) => {
    expect(validateScoringModel(versioned(version)).version).toBe(version);
  });

  it('leaves an empty or missing version to the schema\'s own words', () => {
    expect(issuesOf(versioned('')).map((i) => i.code)).toEqual(['tooSmall']);
    expect(issuesOf(versioned(undefined)).map((i) => i.code)).toEqual(['required']);
  });

  it('refuses `version: one` in a YAML file, with the shipped models\' form accepted', () => {
    const yaml = (version: string): string => [
      'id: yaml-model', `version: ${version}`, 'name: { fr: Y, en: Y }',
      'appliesTo: { customerKinds: [PARTICULIER], entityTypes: [Contact] }',
      'grades: { A: 70, B: 50, C: 30 }', 'combine: { fitWeight: 50, engagementWeight: 50 }', 'decay: { windowDays: 30 }',
      'rules:', '  - { id: r, axis: fit, points: 5, reason: { fr: R, en: R }, when: { fact: fleetSize, operator: greaterThan, value: 3 } }',
    ].join('\n');
    try {
      parseScoringModel(yaml('one'), 'yaml');
      expect.fail('version "one" must be refused');
    } catch (error) {
      expect((error as ScoringModelError).issues.map((i) => i.message)).toEqual(['version: must be numbers separated by dots, such as 2026.1.0, got "one"']);
    }
    expect(parseScoringModel(yaml('2026.1.0'), 'yaml').version).toBe('2026.1.0');
    for (const model of DEFAULT_MODELS) expect(model.version).toMatch(/^\d+(?:\.\d+)*$/);
  });

  it('says to quote a version YAML reads as a number (version: 2026.2), in both languages', () => {
    const input = versioned(2026.2);
    expect(issuesOf(input)).toMatchObject([{ code: 'versionNumber', params: { got: '2026.2' }, path: ['version'] }]);
    expect(texts(input)).toEqual([[
      'version: is read as the number 2026.2: put it in quotes, version: "2026.2"',
      'version : est lu comme le nombre 2026.2 : écrivez-le entre guillemets droits dans le fichier',
    ]]);
  });
});
