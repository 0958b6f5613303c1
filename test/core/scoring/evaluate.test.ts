import { describe, expect, it } from 'vitest';
import { buildFacts, compileModel, factsFrom, scoreRecord, topReasons } from '../../../src/core/scoring';
import type { Reason } from '../../../src/core/scoring';
import { model, rule } from './helpers';

const TODAY = '2024-03-15';

const sum = (reasons: readonly Reason[], axis: 'fit' | 'engagement'): number =>
  reasons.filter((r) => r.axis === axis).reduce((total, r) => total + r.points, 0);

describe('scoreRecord', () => {
  it('lists each rule that fired with the value it saw and its points, in model order', () => {
    const m = model([
      rule({ id: 'big-fleet', points: 20, when: { fact: 'fleetSize', operator: 'greaterThanOrEquals', value: 10 }, reason: { fr: 'Parc de {value} véhicules', en: 'Fleet of {value} vehicles' } }),
      rule({ id: 'no-siret', points: -5, when: { fact: 'autoCibleSiret', operator: 'isEmpty' } }),
      rule({ id: 'lease', axis: 'engagement', points: 30, when: { fact: 'nextLeaseEndDate', operator: 'withinNextMonths', value: 6 }, reason: { fr: 'Fin de location le {value}', en: 'Lease ends on {value}' } }),
    ]);
    const result = scoreRecord(m, factsFrom({ fleetSize: 12_500, nextLeaseEndDate: '2024-05-20' }), TODAY);
    expect(result).toEqual({
      score: 23,
      fit: 15,
      engagement: 30,
      grade: 'D',
      fired: [
        { rule: 'big-fleet', kind: 'rule', axis: 'fit', label: { fr: 'Parc de 12\u202f500 véhicules', en: 'Fleet of 12,500 vehicles' }, value: 12_500, points: 20 },
        { rule: 'no-siret', kind: 'rule', axis: 'fit', label: { fr: 'Raison', en: 'Reason' }, value: null, points: -5 },
        { rule: 'lease', kind: 'rule', axis: 'engagement', label: { fr: 'Fin de location le 20/05/2024', en: 'Lease ends on 2024-05-20' }, value: '2024-05-20', points: 30 },
      ],
      evaluated: 3,
      topReasons: { fr: 'Fin de location le 20/05/2024 et parc de 12\u202f500 véhicules.', en: 'Lease ends on 2024-05-20 and fleet of 12,500 vehicles.' },
      modelVersion: 'test-model@1',
    });
  });

  it('shows enum codes by their label and decimals the French way', () => {
    const m = model([
      rule({ id: 'band', when: { fact: 'fleetBand', operator: 'equals', value: 'F10_49' }, reason: { fr: 'Parc : {value}', en: 'Fleet: {value}' } }),
      rule({ id: 'vul', when: { fact: 'vulSharePercent', operator: 'greaterThan', value: 10 }, reason: { fr: '{value} % de VUL', en: '{value}% vans' } }),
    ]);
    const [band, vul] = scoreRecord(m, factsFrom({ fleetBand: 'F10_49', vulSharePercent: 100 / 3 }), TODAY).fired;
    expect(band?.label).toEqual({ fr: 'Parc : 10 à 49 véhicules (flotte moyenne)', en: 'Fleet: 10 to 49 vehicles (mid-size fleet)' });
    expect(vul?.label).toEqual({ fr: '33,3 % de VUL', en: '33.3% vans' });
    expect(vul?.value).toBe(100 / 3);
  });

  it('clips a group at its cap with a negative reason, so reasons still add up', () => {
    const m = model(
      [
        rule({ id: 'a', group: 'g', points: 30, when: { fact: 'fleetSize', operator: 'isNotEmpty' } }),
        rule({ id: 'b', group: 'g', points: 25, when: { fact: 'fleetSize', operator: 'isNotEmpty' } }),
      ],
      { groups: [{ id: 'g', label: { fr: 'Groupe', en: 'Group' }, cap: 40 }] },
    );
    const result = scoreRecord(m, factsFrom({ fleetSize: 3 }), TODAY);
    expect(result.fired.at(-1)).toEqual({
      rule: 'cap:g', kind: 'groupCap', axis: 'fit', label: { fr: 'Plafond du groupe « Groupe » (40 points)', en: 'Cap of group “Group” (40 points)' }, value: 55, points: -15,
    });
    expect(result.fit).toBe(40);
    expect(sum(result.fired, 'fit')).toBe(40);
  });

  it('brings an axis back into 0–100 with a floor or ceiling reason', () => {
    const m = model([
      rule({ id: 'huge', points: 150, when: { fact: 'fleetSize', operator: 'isNotEmpty' } }),
      rule({ id: 'ceased', axis: 'engagement', points: -100, when: { fact: 'fleetSize', operator: 'isNotEmpty' } }),
    ]);
    const result = scoreRecord(m, factsFrom({ fleetSize: 3 }), TODAY);
    expect(result.fired.slice(2).map((r) => [r.rule, r.kind, r.points])).toEqual([
      ['ceiling:fit', 'axisCeiling', -50],
      ['floor:engagement', 'axisFloor', 100],
    ]);
    expect([result.fit, result.engagement, result.score]).toEqual([100, 0, 50]);
  });

  it('decays engagement with the age of the event: half the points after one half-life', () => {
    const m = model([
      rule({ id: 'inbound', axis: 'engagement', points: 40, since: 'lastInboundContactDate', when: { fact: 'lastInboundContactDate', operator: 'isNotEmpty' } }),
    ], { decay: { halfLifeDays: 30 } });
    const pointsAfter = (days: number): number | undefined => scoreRecord(m, factsFrom({ lastInboundContactDate: 19_000 }), new Date((19_000 + days) * 86_400_000)).fired[0]?.points;
    expect([pointsAfter(0), pointsAfter(30), pointsAfter(60), pointsAfter(-3), pointsAfter(400)]).toEqual([40, 20, 10, 40, 0]);
  });

  it('keeps full points within a decay window and none after it', () => {
    const m = model([
      rule({ id: 'visit', axis: 'engagement', points: 10, since: 'lastWorkshopVisitDate', decay: { windowDays: 30 }, when: { fact: 'lastWorkshopVisitDate', operator: 'isNotEmpty' } }),
    ]);
    const at = (visit: string): number | undefined => scoreRecord(m, factsFrom({ lastWorkshopVisitDate: visit }), TODAY).fired[0]?.points;
    expect([at('2024-02-14'), at('2024-02-13')]).toEqual([10, 0]);
  });

  it('grades by the model thresholds', () => {
    const m = model([rule({ points: 100, when: { fact: 'fleetSize', operator: 'greaterThanOrEquals', value: 0 } })], { combine: { fitWeight: 1, engagementWeight: 0 } });
    const grade = (points: number): string => scoreRecord({ ...m, rules: [{ ...m.rules[0]!, points }] }, factsFrom({ fleetSize: 1 }), TODAY).grade;
    expect([grade(70), grade(69), grade(50), grade(49), grade(30), grade(29)]).toEqual(['A', 'B', 'B', 'C', 'C', 'D']);
  });

  it('scores the same with compileModel, prepare and scoreRecord', () => {
    const m = model([rule({ when: { fact: 'nextCtDueDate', operator: 'withinNextDays', value: 60 } })]);
    const facts = factsFrom({ nextCtDueDate: '2024-04-01' });
    const compiled = compileModel(m);
    expect(compiled(facts, TODAY)).toEqual(compiled.prepare(TODAY)(facts));
    expect(scoreRecord(m, facts, TODAY)).toEqual(compiled(facts, TODAY));
    expect(compiled(facts, '2024-01-01').fired).toEqual([]);
  });

  it('does not read consent: consent fields never change the score', () => {
    const record = { id: 'c1', autoCibleCustomerKind: 'PARTICULIER', autoCibleLastInboundContactAt: '2024-03-01' };
    const consent = { autoCibleConsentEmailStatus: 'OPT_OUT', autoCibleConsentSmsStatus: 'OPT_IN', autoCibleConsentPhoneStatus: 'OPT_OUT', autoCibleConsentPostalStatus: 'OPT_OUT', autoCibleConsentEmailDate: '2024-01-01' };
    const m = model([rule({ axis: 'engagement', since: 'lastInboundContactDate', when: { fact: 'lastInboundContactDate', operator: 'withinLastDays', value: 30 } })]);
    const without = buildFacts({ entityType: 'Contact', record, vehicles: [] }, TODAY);
    const withConsent = buildFacts({ entityType: 'Contact', record: { ...record, ...consent }, vehicles: [] }, TODAY);
    expect(withConsent).toEqual(without);
    expect(scoreRecord(m, withConsent, TODAY)).toEqual(scoreRecord(m, without, TODAY));
  });
});

describe('topReasons', () => {
  const reason = (rule: string, points: number, fr: string): Reason => ({ rule, kind: 'rule', axis: 'fit', label: { fr, en: fr }, value: null, points });

  it('joins the three strongest positive reasons, model order breaking ties', () => {
    const fired = [reason('a', 5, 'A5'), reason('b', 20, 'Bien'), reason('c', 20, 'Client'), reason('d', -30, 'Moins'), reason('e', 10, 'LLD')];
    expect(topReasons(fired).fr).toBe('Bien, client et LLD.');
  });

  it('says so when no reason is positive', () => {
    expect(topReasons([reason('d', -30, 'Moins')])).toEqual({ fr: 'Aucun critère favorable.', en: 'No favourable criterion.' });
  });
});
