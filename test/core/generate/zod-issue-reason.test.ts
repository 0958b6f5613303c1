import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { getEntity } from '../../../src/core/catalogue';
import { HOST_ATTRIBUTES } from '../../../src/core/catalogue/host-fields';
import type { ValueRule } from '../../../src/core/generate/value-rules';
import { ruleOf, VALUE_RULE_MESSAGES } from '../../../src/core/generate/value-rules';
import { zodIssueReason } from '../../../src/core/generate/zod-issue-reason';
import { fieldSchema, recordSchema } from '../../../src/core/generate/zod-schemas';

/** The first issue zod reports for `value`. */
function issueOf(schema: z.ZodType, value: unknown): z.core.$ZodIssue {
  const result = schema.safeParse(value);
  const issue = result.error?.issues[0];
  if (issue === undefined) throw new Error('expected the value to fail');
  return issue;
}

const reasonOf = (schema: z.ZodType, value: unknown) => zodIssueReason(issueOf(schema, value));

describe('zodIssueReason for sizes', () => {
  it.each([
    ['a short text', z.string().min(3), 'ab', 'trop court : au moins 3 caractères', 'too short: at least 3 characters'],
    ['an empty text where one character is needed', z.string().min(1), '', 'trop court : au moins 1 caractère', 'too short: at least 1 character'],
    ['a long text', z.string().max(150), 'x'.repeat(151), 'trop long : 150 caractères au plus', 'too long: at most 150 characters'],
    ['a text of the wrong fixed length', z.string().length(5), 'abc', 'il faut exactement 5 caractères', 'expected exactly 5 characters'],
    ['a number under its minimum', z.number().min(0), -3, 'doit être supérieur ou égal à 0', 'must be at least 0'],
    ['a number over its maximum', z.number().max(20), 25, 'doit être inférieur ou égal à 20', 'must be at most 20'],
    ['a number at an exclusive minimum', z.number().gt(0), 0, 'doit être supérieur à 0', 'must be greater than 0'],
    ['a number at an exclusive decimal maximum', z.number().lt(1.5), 2, 'doit être inférieur à 1,5', 'must be less than 1.5'],
    ['a list with too few items', z.array(z.string()).min(2), ['a'], 'trop peu d’éléments : au moins 2 éléments', 'too few items: at least 2 items'],
    ['a list with too many items', z.array(z.string()).max(1), ['a', 'b'], 'trop d’éléments : 1 élément au plus', 'too many items: at most 1 item'],
  ] as const)('words %s', (_, schema, value, fr, en) => {
    expect(reasonOf(schema, value)).toEqual({ fr, en });
  });
});

describe('zodIssueReason for values, types and formats', () => {
  it('lists the allowed values of an enumeration', () => {
    expect(reasonOf(z.enum(['VP', 'VUL']), 'PL')).toEqual({ fr: 'valeur non autorisée, attendu l’une de : « VP », « VUL »', en: 'value not allowed, expected one of: "VP", "VUL"' });
  });

  it('names the one value a literal allows', () => {
    expect(reasonOf(z.literal(3), 4)).toEqual({ fr: 'valeur attendue : 3', en: 'expected 3' });
  });

  it('cuts a long list of allowed values short, saying how many are left out', () => {
    const codes = Array.from({ length: 13 }, (_, i) => `C${i}`);
    const reason = reasonOf(z.enum(codes as [string, ...string[]]), 'X');
    expect(reason.fr).toMatch(/« C9 » … et 3 autres$/);
    expect(reason.en).toMatch(/"C9" … and 3 more$/);
  });

  it('gathers the values of every branch of an enum column that also accepts an empty text', () => {
    const genre = getEntity('AutoCibleVehicle').fields.find((f) => f.name === 'genre');
    if (genre === undefined) throw new Error('no genre field');
    const reason = reasonOf(fieldSchema(genre), 'XX');
    expect(reason.fr).toMatch(/^valeur non autorisée, attendu l’une de : « VP », .*/);
    expect(reason.en).toMatch(/^value not allowed, expected one of: "VP", .*/);
  });

  it.each([
    ['yes or no', z.boolean(), 'oui', 'valeur attendue : oui ou non', 'expected yes or no'],
    ['an integer', z.number().int(), 1.5, 'valeur attendue : un nombre entier', 'expected an integer'],
    ['a number', z.number(), 'douze', 'valeur attendue : un nombre', 'expected a number'],
    ['a list', z.array(z.string()), 'RENAULT', 'valeur attendue : une liste', 'expected a list'],
  ] as const)('names the expected type: %s', (_, schema, value, fr, en) => {
    expect(reasonOf(schema, value)).toEqual({ fr, en });
  });

  it('names a broken string format', () => {
    expect(reasonOf(z.email(), 'martin.example.fr')).toEqual({ fr: 'format invalide (adresse e-mail)', en: 'invalid format (e-mail address)' });
    expect(reasonOf(z.string().regex(/^\d+$/), 'abc')).toEqual({ fr: 'format invalide (motif)', en: 'invalid format (pattern)' });
  });

  it('names the divisor of a number that is not its multiple', () => {
    expect(reasonOf(z.number().multipleOf(5), 7)).toEqual({ fr: 'doit être un multiple de 5', en: 'must be a multiple of 5' });
  });

  it('falls back to a plain "invalid value" for a refinement that is not one of ours', () => {
    expect(reasonOf(z.string().refine(() => false, 'nope'), 'x')).toEqual({ fr: 'valeur invalide', en: 'invalid value' });
  });
});

describe('zodIssueReason for the catalogue refinements', () => {
  const account = recordSchema(getEntity('Account'), HOST_ATTRIBUTES.Account);
  const vehicle = recordSchema(getEntity('AutoCibleVehicle'), HOST_ATTRIBUTES.AutoCibleVehicle);
  const contact = recordSchema(getEntity('Contact'), HOST_ATTRIBUTES.Contact);

  it.each([
    ['siren', account, { id: 'a1', name: 'Garage', autoCibleSiren: '732829321' }],
    ['siret', account, { id: 'a1', name: 'Garage', autoCibleSiret: '73282932000075' }],
    ['naf', account, { id: 'a1', name: 'Garage', autoCibleNafCode: '4511' }],
    ['vin', vehicle, { id: 'v1', name: 'Clio', vin: 'VF1RJA0O067123456' }],
    ['plate', vehicle, { id: 'v1', name: 'Clio', plate: 'ABC-12' }],
    ['date', vehicle, { id: 'v1', name: 'Clio', mecDate: '2023-02-30' }],
    ['dateTime', contact, { id: 'c1', lastName: 'Martin', createdAt: '2026-03-29 25:00:00' }],
  ] as const)('words the %s rule from the code its issue carries', (rule: ValueRule, schema, record) => {
    const issue = issueOf(schema, record);
    expect(issue.code === 'custom' ? ruleOf(issue.params) : undefined).toBe(rule);
    expect(zodIssueReason(issue)).toEqual(VALUE_RULE_MESSAGES[rule]);
    // zod's own message stays English for the readers that use it (contract errors of the REST client).
    expect(issue.message).toBe(VALUE_RULE_MESSAGES[rule].en);
  });

  it('has a French and an English message for every rule', () => {
    for (const message of Object.values(VALUE_RULE_MESSAGES)) {
      expect(message.fr).not.toBe('');
      expect(message.en).not.toBe('');
      expect(message.fr).not.toBe(message.en);
    }
  });

  it('never quotes the value that broke a rule', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).map((s) => `§${s}`), (value) => {
        for (const [schema, record] of [
          [vehicle, { id: 'v1', name: 'Clio', vin: value }],
          [contact, { id: 'c1', lastName: 'Martin', autoCibleLegalHoldReason: value.repeat(151) }],
          [vehicle, { id: 'v1', name: 'Clio', mecDate: value }],
        ] as const) {
          const reason = reasonOf(schema, record);
          expect(reason.fr).not.toContain('§');
          expect(reason.en).not.toContain('§');
        }
      }),
    );
  });
});
