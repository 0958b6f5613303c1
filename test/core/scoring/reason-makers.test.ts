import { describe, expect, it } from 'vitest';
import { compileModel, factsFrom } from '../../../src/core/scoring';
import { model, rule } from './helpers';

const TODAY = '2024-03-15';

describe('reasons shared between records', () => {
  it('gives records that saw the same codes the same reason, which keeps its own copy of the list', () => {
    const scorer = compileModel(model([rule({ id: 'roles', when: { fact: 'contactRoles', operator: 'contains', value: ['DAF'] } })])).prepare(TODAY);
    const roles = ['DAF', 'RESP_PARC'];
    const first = scorer(factsFrom({ contactRoles: roles })).fired[0];
    const second = scorer(factsFrom({ contactRoles: ['DAF', 'RESP_PARC'] })).fired[0];
    expect(second).toBe(first);
    roles.push('RH');
    expect(first?.value).toEqual(['DAF', 'RESP_PARC']);
    expect(scorer(factsFrom({ contactRoles: ['DAF'] })).fired[0]?.value).toEqual(['DAF']);
  });

  it('keeps the reasons of the last few lists: records that take turns between lists make each reason once', () => {
    const scorer = compileModel(model([rule({ id: 'roles', when: { fact: 'contactRoles', operator: 'contains', value: ['DAF'] } })])).prepare(TODAY);
    const lists = [['DAF'], ['DAF', 'RH'], ['DAF', 'RESP_PARC']];
    const first = lists.map((roles) => scorer(factsFrom({ contactRoles: [...roles] })).fired[0]);
    const again = lists.map((roles) => scorer(factsFrom({ contactRoles: [...roles] })).fired[0]);
    again.forEach((reason, i) => expect(reason).toBe(first[i]));
    expect(again.map((reason) => reason?.value)).toEqual(lists);
  });

  it('shows in a reason whose label holds the list the codes the record had, not what its array became', () => {
    const scorer = compileModel(model([rule({ id: 'roles', reason: { fr: 'Rôles : {value}', en: 'Roles: {value}' }, when: { fact: 'contactRoles', operator: 'contains', value: ['DAF'] } })])).prepare(TODAY);
    const roles = ['DAF'];
    const first = scorer(factsFrom({ contactRoles: roles })).fired[0];
    roles.push('RH');
    expect(first?.value).toEqual(['DAF']);
    expect(scorer(factsFrom({ contactRoles: ['DAF'] })).fired[0]?.value).toEqual(['DAF']);
    expect(scorer(factsFrom({ contactRoles: ['DAF', 'RH'] })).fired[0]).toMatchObject({ value: ['DAF', 'RH'], label: { en: expect.stringContaining('Roles: ') } });
  });

  it('reuses a group cap reason for the next record over the cap by the same sum, and only then', () => {
    const capped = model(
      [
        rule({ id: 'a', group: 'g', points: 30, when: { fact: 'fleetSize', operator: 'greaterThan', value: 10 } }),
        rule({ id: 'b', group: 'g', points: 30, when: { fact: 'vulSharePercent', operator: 'greaterThan', value: 20 } }),
        rule({ id: 'c', group: 'g', points: 15, when: { fact: 'autoCibleSiret', operator: 'isNotEmpty' } }),
      ],
      { groups: [{ id: 'g', label: { fr: 'G', en: 'G' }, cap: 40 }] },
    );
    const scorer = compileModel(capped).prepare(TODAY);
    const capOf = (values: Parameters<typeof factsFrom>[0]) => scorer(factsFrom(values)).fired.find((r) => r.kind === 'groupCap');
    const first = capOf({ fleetSize: 20, vulSharePercent: 50 });
    expect(first).toMatchObject({ value: 60, points: -20 });
    expect(capOf({ fleetSize: 30, vulSharePercent: 60 })).toBe(first);
    expect(capOf({ fleetSize: 30, vulSharePercent: 60, autoCibleSiret: '73282932000074' })).toMatchObject({ value: 75, points: -35 });
  });
});
