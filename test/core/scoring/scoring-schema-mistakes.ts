// Mistakes in a scoring file that `validateScoringModel` refuses, each with the place a JSON Schema validator
// must flag: the tests of the exported schema check that editors refuse them too.

const fitRule = {
  id: 'lease-end',
  axis: 'fit',
  when: { fact: 'nextLeaseEndDate', operator: 'withinNextMonths', value: 6 },
  points: 10,
  reason: { fr: 'Fin de location le {value}', en: 'Lease ends on {value}' },
};

const engagementRule = {
  id: 'inbound',
  axis: 'engagement',
  when: { fact: 'lastInboundContactDate', operator: 'withinLastDays', value: 90 },
  since: 'lastInboundContactDate',
  points: 20,
  reason: { fr: 'Contact le {value}', en: 'Contact on {value}' },
};

/** A valid model: a fit rule (index 0) and an engagement rule with `since` (index 1). */
export const BASE_MODEL = {
  id: 'schema-test',
  version: '1.0.0',
  name: { fr: 'Test', en: 'Test' },
  appliesTo: { customerKinds: ['PROFESSIONNEL'], entityTypes: ['Account', 'Contact'] },
  grades: { A: 60, B: 40, C: 20 },
  combine: { fitWeight: 50, engagementWeight: 50 },
  decay: { halfLifeDays: 60 },
  rules: [fitRule, engagementRule],
};

export interface Mistake {
  readonly name: string;
  readonly model: unknown;
  /** An error the schema must give: `<instance path> <keyword>`, and the property a `required` misses. */
  readonly flags: string;
}

const withCondition = (name: string, when: unknown, flags: string): Mistake => ({
  name,
  model: { ...BASE_MODEL, rules: [{ ...fitRule, when }, engagementRule] },
  flags: `/rules/0/when${flags}`,
});

const withRule = (name: string, fields: Readonly<Record<string, unknown>>, flags: string): Mistake => ({
  name,
  model: { ...BASE_MODEL, rules: [fitRule, Object.fromEntries(Object.entries({ ...engagementRule, ...fields }).filter(([, v]) => v !== undefined))] },
  flags: `/rules/1${flags}`,
});

const withModel = (name: string, fields: Readonly<Record<string, unknown>>, flags: string): Mistake => ({
  name,
  model: { ...BASE_MODEL, ...fields },
  flags,
});

export const MISTAKES: readonly Mistake[] = [
  // An operator that does not apply to the fact's type.
  withCondition('a date window on an enum fact', { fact: 'lastInboundContactSource', operator: 'withinLastDays', value: 30 }, '/operator enum'),
  withCondition('between on an enum fact', { fact: 'fleetBand', operator: 'between', value: ['F1', 'F5_9'] }, '/operator enum'),
  withCondition('contains on an enum fact', { fact: 'autoCibleLifecycleStage', operator: 'contains', value: 'CLIENT' }, '/operator enum'),
  withCondition('equals on a multi-enum fact', { fact: 'contactRoles', operator: 'equals', value: 'DAF' }, '/operator enum'),
  withCondition('an unknown operator', { fact: 'nextLeaseEndDate', operator: 'within', value: 3 }, '/operator enum'),
  withCondition('an unknown fact', { fact: 'nextLeaseEnd', operator: 'withinNextMonths', value: 3 }, '/fact enum'),
  // A code that is not an option of the fact.
  withCondition('an unknown code', { fact: 'autoCibleLifecycleStage', operator: 'equals', value: 'CLIENTT' }, '/value enum'),
  withCondition('an unknown code in a list', { fact: 'lastInboundContactSource', operator: 'in', value: ['VISITE_SHOWROOM', 'SHOWROOM'] }, '/value/1 enum'),
  withCondition('an unknown code for contains', { fact: 'contactRoles', operator: 'contains', value: ['DAF', 'CEO'] }, '/value/1 enum'),
  withCondition('an unknown code deep in all / not', {
    all: [{ fact: 'fleetSize', operator: 'isNotEmpty' }, { not: { fact: 'customerKind', operator: 'equals', value: 'PRO' } }],
  }, '/all/1/not/value enum'),
  // A value of the wrong type for the fact or the operator.
  withCondition('a number compared with a date fact', { fact: 'nextLeaseEndDate', operator: 'greaterThan', value: 3 }, '/value type'),
  withCondition('text for a number fact', { fact: 'fleetSize', operator: 'equals', value: '10' }, '/value type'),
  withCondition('text for a bool fact', { fact: 'siretValid', operator: 'equals', value: 'yes' }, '/value type'),
  withCondition('a number for a text fact', { fact: 'nafCode', operator: 'equals', value: 4511 }, '/value type'),
  withCondition('a day that does not exist', { fact: 'nextLeaseEndDate', operator: 'lessThan', value: '2025-02-29' }, '/value pattern'),
  withCondition('numbers as the range of a date fact', { fact: 'nextLeaseEndDate', operator: 'between', value: [1, 2] }, '/value/0 type'),
  withCondition('a range of three', { fact: 'maxVehicleMileage', operator: 'between', value: [1, 2, 3] }, '/value maxItems'),
  withCondition('a value for isEmpty', { fact: 'nextLeaseEndDate', operator: 'isEmpty', value: true }, '/value false schema'),
  withCondition('no value for a date window', { fact: 'nextLeaseEndDate', operator: 'withinNextMonths' }, ' required value'),
  withCondition('a fraction of months', { fact: 'nextLeaseEndDate', operator: 'withinNextMonths', value: 2.5 }, '/value type'),
  withCondition('more years than a date window takes', { fact: 'nextLeaseEndDate', operator: 'olderThanYears', value: 101 }, '/value maximum'),
  // `since` and `valueFact` name facts.
  withRule('since an unknown fact', { since: 'lastInboundContact' }, '/since enum'),
  withRule('since a fact that is not a date', { since: 'daysSinceLastInboundContact' }, '/since enum'),
  withRule('valueFact an unknown fact', { valueFact: 'lastInboundContact' }, '/valueFact enum'),
  withRule('since on a fit rule', { axis: 'fit' }, '/axis const'),
  withRule('since on a penalty', { points: -5 }, '/points minimum'),
  withRule('decay without since', { since: undefined, decay: { windowDays: 30 } }, ' required since'),
  withRule('a placeholder other than {value} in a reason', { reason: { fr: 'Contact le {valeur}', en: 'Contact on {value}' } }, '/reason/fr pattern'),
  withRule('a stray brace in a reason', { reason: { fr: 'Contact le {value}', en: 'Contact on {value}}' } }, '/reason/en pattern'),
  // The model's settings.
  withModel('a version that is not dotted numbers', { version: 'v2 beta' }, '/version pattern'),
  withModel('an Account model without PROFESSIONNEL', { appliesTo: { customerKinds: ['PARTICULIER'], entityTypes: ['Account'] } }, '/appliesTo/customerKinds contains'),
  withModel('both weights 0', { combine: { fitWeight: 0, engagementWeight: 0 } }, '/combine/engagementWeight exclusiveMinimum'),
];
