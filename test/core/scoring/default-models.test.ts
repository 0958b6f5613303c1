import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  B2B_FLEET_MODEL,
  B2C_RENEWAL_MODEL,
  buildFacts,
  compileModel,
  DEFAULT_MODELS,
  describeFacts,
  FACT_NAMES,
  parseScoringModel,
  scoringModelJsonSchema,
  selectModel,
} from '../../../src/core/scoring';
import type { FactInput, ScoreResult, ScoringModel } from '../../../src/core/scoring';
import { LEADING_FACTS } from '../../../src/core/scoring/fact-registry';

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (path: string): string => readFileSync(resolve(ROOT, path), 'utf8');
const TODAY = '2025-03-15';

function score(input: FactInput): ScoreResult {
  const { model } = selectModel(DEFAULT_MODELS, input);
  return compileModel(model)(buildFacts(input, TODAY), TODAY);
}

const ids = (result: ScoreResult): string[] => result.fired.map((r) => r.rule);

describe('shipped scoring files', () => {
  it('commits the JSON Schema of a fresh export', () => {
    expect(JSON.parse(read('models/scoring-model.schema.json'))).toEqual(scoringModelJsonSchema());
  });

  it.each([
    ['models/b2b-fleet.yaml', B2B_FLEET_MODEL],
    ['models/b2c-renewal.yaml', B2C_RENEWAL_MODEL],
  ] as const)('%s parses and equals its TS mirror', (path, constant) => {
    expect(parseScoringModel(read(path), 'yaml')).toEqual(constant);
  });
});

/** Every fact a model's rules name: in conditions, as the value shown, as the event of a decay. */
function factsRead(model: ScoringModel): Set<string> {
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'fact' || key === 'valueFact' || key === 'since') && typeof value === 'string') names.add(value);
        else walk(value);
      }
    }
  };
  walk(model.rules);
  return names;
}

describe('slots of the facts the shipped models read', () => {
  it('gives them the first slots of the vector, the facts of each model side by side', () => {
    expect(FACT_NAMES.slice(0, LEADING_FACTS.length)).toEqual(LEADING_FACTS);
    const read = DEFAULT_MODELS.map(factsRead);
    expect(new Set(LEADING_FACTS)).toEqual(new Set(read.flatMap((names) => [...names])));
    for (const names of read) {
      const slots = [...names].map((name) => FACT_NAMES.indexOf(name));
      // Within 24 slots of 8 bytes: three or four cache lines of a record, whichever the model.
      expect(Math.max(...slots) - Math.min(...slots)).toBeLessThan(24);
    }
  });
});

describe('default B2B fleet model', () => {
  it('grades A or B a fleet whose LLD ends in 2 months and that just got in touch', () => {
    const result = score({
      entityType: 'Account',
      record: { id: 'a1', autoCibleFleetSize: 18, autoCibleCompanyType: 'PME', autoCibleSiret: '73282932000074' },
      vehicles: [{ id: 'v1', mecDate: '2021-05-03', category: 'VP', financingMode: 'LLD', financingEndDate: '2025-05-12' }],
      contacts: [{ id: 'c1', autoCibleRole: 'RESP_PARC', autoCibleLastInboundContactAt: '2025-03-10', autoCibleLastInboundContactSource: 'APPEL_ENTRANT' }],
    });
    expect(['A', 'B']).toContain(result.grade);
    expect(ids(result)).toEqual(expect.arrayContaining(['fleet-10-49', 'decision-maker', 'lease-end-3m', 'inbound-contact']));
    expect(result.topReasons.fr.startsWith('Fin de location le 12/05/2025')).toBe(true);
    expect(result.modelVersion).toBe('b2b-fleet@2025.2.1');
  });

  // domain.md §3.5–3.6 (a): route on both axes. MQL = fit ≥ 40 AND engagement ≥ 30; hot = engagement ≥ 60.
  it('grades on both axes: a large fleet with no request is not an A, a small fleet asking this week is', () => {
    const grade = (fit: number, engagement: number): string => {
      const run = compileModel({ ...B2B_FLEET_MODEL, rules: [
        { id: 'f', axis: 'fit', when: { fact: 'fleetSize', operator: 'isNotEmpty' }, points: fit, reason: { fr: 'f', en: 'f' } },
        { id: 'e', axis: 'engagement', when: { fact: 'fleetSize', operator: 'isNotEmpty' }, points: engagement, reason: { fr: 'e', en: 'e' } },
      ], groups: [] });
      const result = run(buildFacts({ entityType: 'Account', record: { autoCibleFleetSize: 120 }, vehicles: [] }, TODAY), TODAY);
      expect([result.fit, result.engagement]).toEqual([fit, engagement]);
      return result.grade;
    };
    expect(grade(90, 20)).toBe('C');
    expect(grade(20, 65)).toBe('A');
    expect(grade(40, 30)).toBe('B');
    expect(grade(90, 55)).toBe('B');
    expect(grade(39, 100)).toBe('A');
    expect(grade(5, 60)).toBe('C');
    expect(grade(10, 10)).toBe('D');
  });

  it('grades a small fleet asking for a quote this week an A when its lease ends within 3 months, a C otherwise (README)', () => {
    const account = (vehicles: FactInput['vehicles']): ScoreResult => score({
      entityType: 'Account',
      record: { id: 'a1', autoCibleFleetSize: 3, autoCibleCompanyType: 'TPE' },
      vehicles,
      contacts: [{ id: 'c1', autoCibleRole: 'DIRIGEANT', autoCibleLastInboundContactAt: '2025-03-13', autoCibleLastInboundContactSource: 'FORMULAIRE_WEB' }],
    });
    const leaseEnding = account([{ id: 'v1', mecDate: '2022-05-03', category: 'VP', financingMode: 'LLD', financingEndDate: '2025-05-12' }]);
    expect(leaseEnding).toMatchObject({ grade: 'A' });
    expect(leaseEnding.engagement).toBeGreaterThanOrEqual(60);
    const requestOnly = account([{ id: 'v1', mecDate: '2022-05-03', category: 'VP' }]);
    expect(requestOnly).toMatchObject({ grade: 'C', engagement: 35 });
  });

  it('grades D an empty account', () => {
    expect(score({ entityType: 'Account', record: {}, vehicles: [] })).toMatchObject({ grade: 'D', score: 0 });
  });

  it('grades D a ceased company however active it looks', () => {
    const result = score({
      entityType: 'Account',
      record: { autoCibleFleetSize: 80, autoCibleSireneState: 'C', autoCibleSiret: '73282932000074' },
      vehicles: [{ financingMode: 'LLD', financingEndDate: '2025-04-01' }],
      contacts: [{ autoCibleLastInboundContactAt: '2025-03-14' }],
    });
    expect(result).toMatchObject({ fit: 0, engagement: 0, grade: 'D' });
  });

  it('scores a professional contact with the fleet data of its account', () => {
    const result = score({
      entityType: 'Contact',
      record: { autoCibleCustomerKind: 'PROFESSIONNEL', autoCibleRole: 'DAF' },
      account: { autoCibleFleetSize: 60, autoCibleSiret: '73282932000074' },
      vehicles: [],
    });
    expect(ids(result)).toEqual(['fleet-50-99', 'decision-maker']);
  });

  // The reason shows the value of the fact that made it fire: a decision-maker known by the buying role only is
  // not shown with the functions of the contacts (RH, which the influencer rule shows).
  it('shows the buying role DECIDEUR when it alone makes the contact a decision-maker, the function otherwise', () => {
    const account = (contacts: FactInput['contacts']): ScoreResult => score({ entityType: 'Account', record: { autoCibleSiret: '73282932000074' }, vehicles: [], contacts });
    const byBuyingRole = account([{ id: 'c1', autoCibleRole: 'RH', autoCibleBuyingRole: 'DECIDEUR' }]);
    expect(byBuyingRole.fired.filter((r) => r.rule.includes('decision-maker')).map((r) => [r.rule, r.value])).toEqual([['buying-decision-maker', ['DECIDEUR']]]);
    expect(byBuyingRole.fired.find((r) => r.rule === 'buying-decision-maker')?.label).toEqual({ fr: 'Décideur de l’achat identifié', en: 'Buying decision-maker identified' });
    const byBoth = account([{ id: 'c1', autoCibleRole: 'DIRIGEANT', autoCibleBuyingRole: 'DECIDEUR' }]);
    expect(byBoth.fired.filter((r) => r.rule.includes('decision-maker')).map((r) => [r.rule, r.value])).toEqual([['decision-maker', ['DIRIGEANT']]]);
  });

  it('gives the contact roles the points the single decision-maker rule gave, whichever roles are known', () => {
    const before: ScoringModel = {
      ...B2B_FLEET_MODEL,
      rules: B2B_FLEET_MODEL.rules.filter((r) => r.id !== 'buying-decision-maker').map((r) => (r.id !== 'decision-maker' ? r : {
        ...r,
        when: { any: [
          { fact: 'contactRoles', operator: 'contains', value: ['DIRIGEANT', 'DAF', 'ACHETEUR', 'RESP_PARC'] },
          { fact: 'buyingRoles', operator: 'contains', value: 'DECIDEUR' },
        ] },
      })),
    };
    const scoreBefore = compileModel(before);
    const scoreNow = compileModel(B2B_FLEET_MODEL);
    for (const role of [null, 'DIRIGEANT', 'RESP_PARC', 'RH', 'COMPTABLE']) {
      for (const buyingRole of [null, 'DECIDEUR', 'PRESCRIPTEUR']) {
        for (const second of [[], [{ id: 'c2', autoCibleRole: 'OFFICE_MANAGER' }], [{ id: 'c2', autoCibleBuyingRole: 'DECIDEUR' }]]) {
          const facts = buildFacts({ entityType: 'Account', record: { autoCibleSiret: '73282932000074' }, vehicles: [], contacts: [{ id: 'c1', autoCibleRole: role, autoCibleBuyingRole: buyingRole }, ...second] }, TODAY);
          const [was, now] = [scoreBefore(facts, TODAY), scoreNow(facts, TODAY)];
          expect([now.fit, now.score, now.grade], `${String(role)} ${String(buyingRole)} ${JSON.stringify(second)}`).toEqual([was.fit, was.score, was.grade]);
          expect(now.fired.filter((r) => r.rule.includes('decision-maker'))).toHaveLength(was.fired.some((r) => r.rule === 'decision-maker') ? 1 : 0);
        }
      }
    }
  });

  // domain.md §1.7: F100P is "100 vehicles and more", the LOM quota applies to fleets of more than 100.
  it('says "100 vehicles or more" for the LOM quota rule, which a fleet of exactly 100 fires', () => {
    const fleet = (size: number): ScoreResult => score({ entityType: 'Account', record: { autoCibleFleetSize: size }, vehicles: [] });
    const lom = fleet(100).fired.find((r) => r.rule === 'lom-quota');
    expect(lom?.label).toEqual({
      fr: '100 véhicules ou plus sans véhicule à faibles émissions connu (quotas LOM au-delà de 100)',
      en: '100 vehicles or more and no low-emission vehicle on file (LOM quota above 100)',
    });
    expect(ids(fleet(99))).not.toContain('lom-quota');
  });
});

describe('default B2C renewal model', () => {
  it('grades A or B a 5-year-old car whose lease ends in 2 months, with a showroom visit last week', () => {
    const result = score({
      entityType: 'Contact',
      record: { autoCibleCustomerKind: 'PARTICULIER', autoCibleLastInboundContactAt: '2025-03-08', autoCibleLastInboundContactSource: 'VISITE_SHOWROOM' },
      vehicles: [{ mecDate: '2020-01-20', mileage: 82_000, financingMode: 'LOA', financingEndDate: '2025-05-20' }],
    });
    expect(['A', 'B']).toContain(result.grade);
    expect(ids(result)).toEqual(['vehicle-4-6y', 'lease-end-3m', 'inbound-contact', 'showroom-or-request']);
  });

  it('grades D an empty contact', () => {
    expect(score({ entityType: 'Contact', record: {}, vehicles: [] })).toMatchObject({ grade: 'D', score: 0, fired: [] });
  });

  it('counts the annual pollution check of a van over 4 years as a control due (ct-due-3m)', () => {
    const scoreOn = (input: FactInput, today: string): ScoreResult =>
      compileModel(selectModel(DEFAULT_MODELS, input).model)(buildFacts(input, today), today);
    // CT on 2024-08-01, next CT 2026-08-01; the pollution check falls due on 2025-08-01.
    const van = scoreOn({ entityType: 'Contact', record: {}, vehicles: [{ mecDate: '2020-08-01', genre: 'CTTE' }] }, '2025-06-15');
    expect(ids(van)).toContain('ct-due-3m');
    expect(van.topReasons.fr).toContain('01/08/2025');
    const car = scoreOn({ entityType: 'Contact', record: {}, vehicles: [{ mecDate: '2020-08-01', genre: 'VP' }] }, '2025-06-15');
    expect(ids(car)).not.toContain('ct-due-3m');
  });

  // The next date of nextCtDueDate is the contrôle technique or, for a VUL over 4 years, the yearly pollution check.
  it('says a control is due, contrôle technique or pollution check, for the pollution check of a van (ct-due-3m)', () => {
    const today = '2025-03-15';
    // CT on 2024-05-10 and 2026-05-10 (domain.md §1.5): 2025-05-10 is the pollution check.
    const van = compileModel(B2C_RENEWAL_MODEL)(buildFacts({ entityType: 'Contact', record: {}, vehicles: [{ mecDate: '2020-05-10', category: 'VUL' }] }, today), today);
    expect(van.fired.find((r) => r.rule === 'ct-due-3m')?.label).toEqual({
      fr: 'Contrôle technique ou contrôle pollution à faire avant le 10/05/2025',
      en: 'Roadworthiness or emissions test due by 2025-05-10',
    });
  });

  // domain.md §3.6 (b): bought < 12 months ago. Whole months as vehicle ages count them (monthsSinceLastPurchase).
  it.each([
    ['2024-03-15', '2025-03-15', false],
    ['2024-02-29', '2025-02-28', false],
    ['2024-03-16', '2025-03-15', true],
    ['2024-04-15', '2025-03-15', true],
    ['2024-02-29', '2025-02-27', true],
    ['2025-03-16', '2025-03-15', false],
  ] as const)('bought-recently: purchase %s, today %s, fires: %s', (purchaseDate, today, fires) => {
    const input: FactInput = { entityType: 'Contact', record: {}, vehicles: [{ mecDate: '2018-01-01', purchaseDate }] };
    const facts = buildFacts(input, today);
    const result = compileModel(B2C_RENEWAL_MODEL)(facts, today);
    expect(ids(result).includes('bought-recently')).toBe(fires);
    const months = describeFacts(facts)['monthsSinceLastPurchase'];
    if (typeof months === 'number' && months >= 0) expect(months < 12).toBe(fires);
  });

  it('holds back a customer who bought a car less than a year ago', () => {
    const result = score({ entityType: 'Lead', record: {}, vehicles: [{ mecDate: '2018-01-01', purchaseDate: '2024-09-01' }] });
    expect(ids(result)).toEqual(['vehicle-6-8y', 'bought-recently', 'floor:fit']);
    expect(result.fit).toBe(0);
  });
});
