import { describe, expect, it } from 'vitest';
import { CATALOGUE, ENUM_DEFS, HOST_ATTRIBUTES } from '../../../src/core/catalogue';
import { panelsUiLabels } from '../../../src/core/panels-ui';
import { DEFAULT_MODELS } from '../../../src/core/scoring/default-models';
import { vmcUiLabels } from '../../../src/core/vmc/ui-labels';

/**
 * French typography of the texts shipped in fr_FR (entity, field, tooltip and option labels, panel texts)
 * and of the shipped scoring models' labels: the typographic apostrophe (’), never the straight one
 * between letters, and a space before « : », « ; », « ? » and « ! » (a normal space, as `colon('fr')`
 * writes it; a no-break or narrow no-break space is accepted too).
 */

interface FrenchText {
  readonly where: string;
  readonly text: string;
}

/** Every `fr` string of the `{ fr, en }` labels found under `node`, with the path that leads to it. */
function frenchTexts(node: unknown, where: string): FrenchText[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => frenchTexts(item, `${where}[${String(i)}]`));
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  if (typeof record['fr'] === 'string' && typeof record['en'] === 'string') return [{ where, text: record['fr'] }];
  return Object.entries(record).flatMap(([key, value]) => frenchTexts(value, `${where}.${key}`));
}

const STRAIGHT_APOSTROPHE = /\p{L}'\p{L}/u;
/** « : », « ; », « ? » or « ! » right after something other than a space (start of text included). */
const UNSPACED_PUNCTUATION = /(?<![\s\u00a0\u202f])[:;?!]/u;

function problems(text: string): string[] {
  const found: string[] = [];
  if (STRAIGHT_APOSTROPHE.test(text)) found.push('straight apostrophe');
  if (UNSPACED_PUNCTUATION.test(text)) found.push('no space before : ; ? !');
  return found;
}

const SOURCES: readonly (readonly [string, unknown])[] = [
  // Entities (singular, plural, create button), their fields (label, tooltip) and the fields' options.
  ['catalogue', CATALOGUE],
  // Every enumeration, including any no field uses yet.
  ['enums', ENUM_DEFS],
  // Host attributes: CSV headers and the personal-data inventory.
  ['hostAttributes', HOST_ATTRIBUTES],
  ['panelsUi', panelsUiLabels],
  ['vmcUi', vmcUiLabels],
  // Model names, group labels and reason labels, as shipped from models/*.yaml.
  ['scoringModels', DEFAULT_MODELS],
];

const TEXTS: readonly FrenchText[] = SOURCES.flatMap(([name, node]) => frenchTexts(node, name));

describe('French typography of the shipped labels', () => {
  it('the rule catches a straight apostrophe and a missing space, and passes the typographic forms', () => {
    expect(problems("Type d'entreprise")).toEqual(['straight apostrophe']);
    expect(problems('RGPD: consentements')).toEqual(['no space before : ; ? !']);
    expect(problems('Prêt?')).toEqual(['no space before : ; ? !']);
    expect(problems('Attention!')).toEqual(['no space before : ; ? !']);
    expect(problems('ceci; cela')).toEqual(['no space before : ; ? !']);
    expect(problems('Type d’entreprise')).toEqual([]);
    expect(problems('RGPD : consentements ; prêt ? oui !')).toEqual([]);
    expect(problems('Note\u202f: A ; Score\u00a0: 3')).toEqual([]);
  });

  it('walks every kind of label it is meant to check', () => {
    const where = (prefix: string): number => TEXTS.filter((t) => t.where.startsWith(prefix)).length;
    const fields = CATALOGUE.reduce((n, entity) => n + entity.fields.length, 0);
    // Each field has a label and a tooltip; each entity a singular and a plural.
    expect(where('catalogue')).toBeGreaterThan(2 * fields + 2 * CATALOGUE.length);
    expect(TEXTS.some((t) => /\.fields\[\d+\]\.tooltip$/.test(t.where))).toBe(true);
    expect(TEXTS.some((t) => /\.enum\.options\[\d+\]\.label$/.test(t.where))).toBe(true);
    expect(TEXTS.some((t) => /\.label\.plural$/.test(t.where))).toBe(true);
    expect(where('enums')).toBe(ENUM_DEFS.reduce((n, def) => n + def.options.length, 0));
    expect(where('panelsUi')).toBe(Object.keys(panelsUiLabels).length);
    expect(where('vmcUi')).toBe(Object.keys(vmcUiLabels).length);
    const rules = DEFAULT_MODELS.reduce((n, model) => n + model.rules.length, 0);
    expect(TEXTS.filter((t) => /\.rules\[\d+\]\.reason$/.test(t.where))).toHaveLength(rules);
    expect(where('hostAttributes')).toBeGreaterThan(0);
  });

  it('uses the typographic apostrophe and a space before « : ; ? ! » in every French label', () => {
    const offenders = TEXTS.flatMap(({ where, text }) => problems(text).map((problem) => `${where}: ${problem}: ${text}`));
    expect(offenders).toEqual([]);
  });
});
