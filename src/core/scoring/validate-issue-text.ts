/**
 * The problems of a scoring model file in French and English, worded from their code and values
 * (`validate-issue.ts`), never from a parser's or zod's English message. Names from the file (facts, operators,
 * keys, rule ids) are quoted as they are written: « … » in French, "…" in English.
 */
import type { FactType } from './fact-types';
import { OPERATOR_NEEDS } from './operators/needs';
import type { ScoringModelIssue } from './scoring-model-error';
import type { ModelIssueCode, ModelIssueKind, ModelIssueParams } from './validate-issue';

export type ModelIssueLang = 'fr' | 'en';

export { OPERATOR_NEEDS };

type Texts = { readonly [C in ModelIssueCode]: (params: ModelIssueParams[C]) => string };

const fr = (name: string): string => `« ${name} »`;
const en = (name: string): string => `"${name}"`;
/** Numbers as each language writes them: `36 500` and `36500` (model bounds, never grouped in English messages). */
const frNumber = (n: number): string => String(n).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');

const FACT_TYPES: Readonly<Record<ModelIssueLang, Readonly<Record<FactType, string>>>> = {
  fr: { number: 'nombre', date: 'date', enum: 'code', multiEnum: 'codes multiples', bool: 'oui/non', string: 'texte' },
  en: { number: 'number', date: 'date', enum: 'enum', multiEnum: 'multiEnum', bool: 'bool', string: 'string' },
};

/** What a value of each fact type is, after "needs". */
const FACT_VALUES: Readonly<Record<ModelIssueLang, Readonly<Record<FactType, string>>>> = {
  fr: { number: 'un nombre', date: 'une date AAAA-MM-JJ', enum: 'un code', multiEnum: 'un code', bool: 'true ou false', string: 'un texte' },
  en: { number: 'a number', date: 'a date YYYY-MM-DD', enum: 'a code', multiEnum: 'a code', bool: 'true or false', string: 'text' },
};


/** Where the parser stopped, and the YAML parser's problem when it is one of the usual ones. */
const YAML_CODES: Readonly<Record<string, Readonly<Record<ModelIssueLang, string>>>> = {
  DUPLICATE_KEY: { fr: 'clé en double', en: 'duplicate key' },
  BAD_INDENT: { fr: 'indentation incorrecte', en: 'bad indentation' },
  TAB_AS_INDENT: { fr: 'tabulation dans l’indentation', en: 'tab used as indentation' },
  BLOCK_AS_IMPLICIT_KEY: { fr: 'clé mal formée', en: 'malformed key' },
  MULTILINE_IMPLICIT_KEY: { fr: 'clé sur plusieurs lignes', en: 'key on several lines' },
  MISSING_CHAR: { fr: 'guillemet, crochet ou accolade manquant', en: 'missing quote, bracket or brace' },
  UNEXPECTED_TOKEN: { fr: 'élément inattendu', en: 'unexpected token' },
};

function parseWhere(params: ModelIssueParams['notParsable'], lang: ModelIssueLang): string {
  const parts = [
    ...(params.line === undefined ? [] : [lang === 'fr' ? `ligne ${params.line}` : `line ${params.line}`]),
    ...(params.column === undefined ? [] : [lang === 'fr' ? `colonne ${params.column}` : `column ${params.column}`]),
  ];
  const problem = params.yamlCode === undefined ? undefined : YAML_CODES[params.yamlCode]?.[lang];
  const where = parts.join(', ');
  if (problem === undefined) return where === '' ? '' : ` (${where})`;
  return where === '' ? ` (${problem})` : ` (${where}${lang === 'fr' ? ' : ' : ': '}${problem})`;
}

/** A few codes of an enum fact, then "…". */
function codeList(codes: readonly string[]): string {
  return codes.length > 12 ? `${codes.slice(0, 12).join(', ')}…` : codes.join(', ');
}

const TYPES_FR: Readonly<Record<string, string>> = {
  string: 'un texte', number: 'un nombre', int: 'un nombre entier', boolean: 'true ou false', array: 'une liste', object: 'un objet',
};
const TYPES_EN: Readonly<Record<string, string>> = {
  string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list', object: 'an object',
};

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** The language of a label, as each language names it. */
const LABEL_LANGS: Readonly<Record<ModelIssueLang, Readonly<Record<'fr' | 'en', string>>>> = {
  fr: { fr: 'français', en: 'anglais' },
  en: { fr: 'French', en: 'English' },
};

const DECAY_FORMS = {
  fr: `${fr('halfLifeDays')} (les points diminuent de moitié tous les N jours) ou ${fr('windowDays')} (tous les points pendant N jours, aucun ensuite)`,
  en: `${en('halfLifeDays')} (points halve every N days) or ${en('windowDays')} (full points for N days, none after)`,
} as const;

const GRADE_BAR_FORMS = {
  fr: 'un nombre (le score minimal) ou { score, fit, engagement }',
  en: 'a number (the lowest score) or {score, fit, engagement}',
} as const;

function tooSmallFr({ origin, minimum, inclusive }: ModelIssueParams['tooSmall']): string {
  if (origin === 'string') return minimum <= 1 ? 'ne doit pas être vide' : `doit compter au moins ${frNumber(minimum)} caractères`;
  if (origin === 'array') return minimum <= 1 ? 'doit contenir au moins un élément' : `doit contenir au moins ${frNumber(minimum)} éléments`;
  return inclusive ? `doit être supérieur ou égal à ${frNumber(minimum)}` : `doit être supérieur à ${frNumber(minimum)}`;
}

function tooSmallEn({ origin, minimum, inclusive }: ModelIssueParams['tooSmall']): string {
  if (origin === 'string') return minimum <= 1 ? 'must not be empty' : `must be at least ${minimum} characters long`;
  if (origin === 'array') return `needs at least ${minimum} ${plural(minimum, 'item', 'items')}`;
  return inclusive ? `must be at least ${minimum}` : `must be greater than ${minimum}`;
}

function tooBigFr({ origin, maximum, inclusive }: ModelIssueParams['tooBig']): string {
  if (origin === 'string') return `doit compter au plus ${frNumber(maximum)} caractères`;
  if (origin === 'array') return `doit contenir au plus ${frNumber(maximum)} éléments`;
  return inclusive ? `doit être inférieur ou égal à ${frNumber(maximum)}` : `doit être inférieur à ${frNumber(maximum)}`;
}

function tooBigEn({ origin, maximum, inclusive }: ModelIssueParams['tooBig']): string {
  if (origin === 'string') return `must be at most ${maximum} characters long`;
  if (origin === 'array') return `needs at most ${maximum} ${plural(maximum, 'item', 'items')}`;
  return inclusive ? `must be at most ${maximum}` : `must be less than ${maximum}`;
}

const FR: Texts = {
  notParsable: (p) => `le fichier n’est pas du ${p.format.toUpperCase()} valide${parseWhere(p, 'fr')}`,
  whenMissing: () => `${fr('when')} est obligatoire`,
  conditionShape: () => 'une condition est { fact, operator, value }, ou un groupe all ou any (une liste de conditions) ou not (une condition)',
  conditionTooDeep: (p) => `les conditions sont imbriquées sur plus de ${p.max} niveaux`,
  conditionUnexpectedKey: (p) => `clé ${fr(p.key)} inattendue dans une condition`,
  groupNotAlone: (p) => `${fr(p.key)} doit être seul dans sa condition, qui contient aussi ${p.others.map(fr).join(', ')}`,
  groupEmpty: (p) => `${fr(p.key)} attend une liste non vide de conditions`,
  factMissing: () => `la condition n’a pas de ${fr('fact')}`,
  factUnknown: (p) => `le fait ${fr(p.fact)} est inconnu`,
  operatorMissing: (p) => `la condition n’a pas d’${fr('operator')} (l’un de ${p.operators.join(', ')})`,
  operatorUnknown: (p) => `l’opérateur ${fr(p.operator)} est inconnu (l’un de ${p.operators.join(', ')})`,
  operatorFactType: (p) => `l’opérateur ${fr(p.operator)} ne s’applique pas au fait ${fr(p.fact)} (${FACT_TYPES.fr[p.factType]}) ; `
    + `il prend des faits de type ${p.factTypes.map((type) => FACT_TYPES.fr[type]).join(' ou ')}`,
  valueShape: (p) => `fait ${fr(p.fact)} : l’opérateur ${fr(p.operator)} ${OPERATOR_NEEDS[p.operator].fr}`,
  valueType: (p) => `le fait ${fr(p.fact)} (${FACT_TYPES.fr[p.factType]}) attend ${FACT_VALUES.fr[p.factType]}, reçu ${p.got}`,
  valueCode: (p) => `la valeur ${fr(p.value)} n’est pas un code du fait ${fr(p.fact)} (l’un de ${codeList(p.codes)})`,
  betweenOrder: (p) => `fait ${fr(p.fact)} : l’opérateur ${fr('between')} attend min ≤ max, reçu [${p.min}, ${p.max}]`,
  decayWithoutSince: () => `${fr('decay')} demande ${fr('since')} (le fait date de l’événement dont les points s’estompent)`,
  sinceUnknown: (p) => `le fait ${fr(p.fact)} de ${fr('since')} est inconnu`,
  sinceNotDate: (p) => `${fr('since')} attend un fait de type date, ${fr(p.fact)} est de type ${FACT_TYPES.fr[p.factType]}`,
  sinceOnFit: () => `les règles fit (profil) ne s’estompent pas : retirez ${fr('since')}`,
  sinceOnPenalty: () => `seuls les points positifs s’estompent (une pénalité dure tant que sa condition est vraie) : retirez ${fr('since')}`,
  groupUndeclared: (p) => `le groupe ${fr(p.group)} n’est pas déclaré dans ${fr('groups')}`,
  valueFactUnknown: (p) => `le fait ${fr(p.fact)} de ${fr('valueFact')} est inconnu`,
  duplicateId: (p) => (p.kind === 'rule' ? `la règle ${fr(p.id)} est définie deux fois` : `le groupe ${fr(p.id)} est défini deux fois`),
  groupMixesAxes: (p) => `le groupe ${fr(p.group)} mêle des règles fit et engagement ; un plafond s’applique à un seul axe`,
  gradesOrder: (p) => `les notes demandent A > B > C, reçu A ${p.A}, B ${p.B}, C ${p.C}`,
  gradeUnreachable: (p) => `la note ${p.grade} ne serait jamais donnée : un dossier qui atteint sa barre (score, fit, engagement) atteint aussi celle de ${p.above.join(' ou de ')}`
    + (p.impliedScore === undefined ? '' : ` (ses minimums de fit et d’engagement donnent un score d’au moins ${frNumber(p.impliedScore)})`),
  noWeight: () => 'combine demande un fitWeight ou un engagementWeight supérieur à 0',
  accountNotProfessional: () => 'les comptes (Account) sont professionnels : ajoutez PROFESSIONNEL à customerKinds ou retirez Account',
  labelPlaceholderUnknown: (p) => `${plural(p.placeholders.length, 'variable inconnue', 'variables inconnues')} ${p.placeholders.map(fr).join(', ')} `
    + `dans le libellé ${LABEL_LANGS.fr[p.lang]} (${plural(p.allowed.length, 'acceptée', 'acceptées')} : ${p.allowed.join(', ')})`,
  labelStrayBrace: (p) => `accolade hors d’une variable dans le libellé ${LABEL_LANGS.fr[p.lang]} (${plural(p.allowed.length, 'variable acceptée', 'variables acceptées')} : ${p.allowed.join(', ')})`,
  versionFormat: (p) => `doit être des nombres séparés par des points, comme 2026.1.0, reçu ${fr(p.got)}`,
  versionNumber: (p) => `est lu comme le nombre ${p.got} : écrivez-le entre guillemets droits dans le fichier`,
  gradeBarShape: (p) => (p.missing ? `est obligatoire : ${GRADE_BAR_FORMS.fr}` : `doit être ${GRADE_BAR_FORMS.fr}`),
  decayShape: (p) => (p.missing ? `est obligatoire : ${DECAY_FORMS.fr}` : `demande ${DECAY_FORMS.fr}`),
  decayBothForms: () => `donnez ${fr('halfLifeDays')} ou ${fr('windowDays')}, pas les deux`,
  required: () => 'est obligatoire',
  wrongType: ({ expected }) => {
    const type = TYPES_FR[expected];
    return type === undefined ? `n’a pas le bon type (attendu : ${expected})` : `doit être ${type}`;
  },
  notKebabCase: () => 'doit être en kebab-case : lettres minuscules, chiffres et tirets',
  badFormat: () => 'n’a pas le format attendu',
  tooSmall: tooSmallFr,
  tooBig: tooBigFr,
  notOneOf: (p) => `doit être l’une des valeurs ${p.values.join(', ')}`,
  unknownKeys: (p) => `${p.keys.length === 1 ? 'clé inconnue' : 'clés inconnues'} ${p.keys.map(fr).join(', ')}`,
  noFormMatches: () => 'ne correspond à aucune des formes acceptées',
  invalid: () => 'est invalide',
};

const EN: Texts = {
  notParsable: (p) => `the file is not valid ${p.format.toUpperCase()}${parseWhere(p, 'en')}`,
  whenMissing: () => `${en('when')} is required`,
  conditionShape: () => 'a condition must be {fact, operator, value}, {all: […]}, {any: […]} or {not: …}',
  conditionTooDeep: (p) => `conditions are nested more than ${p.max} levels deep`,
  conditionUnexpectedKey: (p) => `unexpected key ${en(p.key)} in a condition`,
  groupNotAlone: (p) => `${en(p.key)} must be alone in its condition, found ${p.others.map(en).join(', ')}`,
  groupEmpty: (p) => `${en(p.key)} needs a non-empty list of conditions`,
  factMissing: () => `condition needs a ${en('fact')}`,
  factUnknown: (p) => `fact ${en(p.fact)} is unknown`,
  operatorMissing: (p) => `condition needs an ${en('operator')} (one of ${p.operators.join(', ')})`,
  operatorUnknown: (p) => `operator ${en(p.operator)} is unknown (one of ${p.operators.join(', ')})`,
  operatorFactType: (p) => `operator ${en(p.operator)} does not apply to fact ${en(p.fact)} (${p.factType}); it takes ${p.factTypes.join(' or ')} facts`,
  valueShape: (p) => `fact ${en(p.fact)}: operator ${en(p.operator)} ${OPERATOR_NEEDS[p.operator].en}`,
  valueType: (p) => `fact ${en(p.fact)} (${FACT_TYPES.en[p.factType]}) needs ${FACT_VALUES.en[p.factType]}, got ${p.got}`,
  valueCode: (p) => `value ${en(p.value)} is not a code of fact ${en(p.fact)} (one of ${codeList(p.codes)})`,
  betweenOrder: (p) => `fact ${en(p.fact)}: operator ${en('between')} needs min ≤ max, got [${p.min}, ${p.max}]`,
  decayWithoutSince: () => `${en('decay')} needs ${en('since')} (the date fact of the event the points decay from)`,
  sinceUnknown: (p) => `${en('since')} fact ${en(p.fact)} is unknown`,
  sinceNotDate: (p) => `${en('since')} needs a date fact, ${en(p.fact)} is a ${p.factType}`,
  sinceOnFit: () => `fit rules do not decay: remove ${en('since')}`,
  sinceOnPenalty: () => `only positive points decay (a penalty holds while its condition does): remove ${en('since')}`,
  groupUndeclared: (p) => `group ${en(p.group)} is not declared in ${en('groups')}`,
  valueFactUnknown: (p) => `${en('valueFact')} fact ${en(p.fact)} is unknown`,
  duplicateId: (p) => `${p.kind} ${en(p.id)} is defined twice`,
  groupMixesAxes: (p) => `group ${en(p.group)} mixes fit and engagement rules; a cap applies to one axis`,
  gradesOrder: (p) => `grades need A > B > C, got A ${p.A}, B ${p.B}, C ${p.C}`,
  gradeUnreachable: (p) => `grade ${p.grade} would never be given: a record that reaches its bar (score, fit, engagement) reaches that of ${p.above.join(' or ')} too`
    + (p.impliedScore === undefined ? '' : ` (its fit and engagement minimums give a score of at least ${p.impliedScore})`),
  noWeight: () => 'combine needs a fitWeight or an engagementWeight above 0',
  accountNotProfessional: () => 'Account records are professional: add PROFESSIONNEL to customerKinds or remove Account',
  labelPlaceholderUnknown: (p) => `unknown ${plural(p.placeholders.length, 'placeholder', 'placeholders')} ${p.placeholders.map(en).join(', ')} `
    + `in the ${LABEL_LANGS.en[p.lang]} label (allowed: ${p.allowed.join(', ')})`,
  labelStrayBrace: (p) => `brace outside a placeholder in the ${LABEL_LANGS.en[p.lang]} label (allowed: ${p.allowed.join(', ')})`,
  versionFormat: (p) => `must be numbers separated by dots, such as 2026.1.0, got ${en(p.got)}`,
  versionNumber: (p) => `is read as the number ${p.got}: put it in quotes, version: "${p.got}"`,
  gradeBarShape: (p) => (p.missing ? `is required: ${GRADE_BAR_FORMS.en}` : `must be ${GRADE_BAR_FORMS.en}`),
  decayShape: (p) => (p.missing ? `is required: ${DECAY_FORMS.en}` : `needs ${DECAY_FORMS.en}`),
  decayBothForms: () => `give either ${en('halfLifeDays')} or ${en('windowDays')}, not both`,
  required: () => 'is required',
  wrongType: ({ expected }) => {
    const type = TYPES_EN[expected];
    return type === undefined ? `has the wrong type (expected ${expected})` : `must be ${type}`;
  },
  notKebabCase: () => 'must be kebab-case: lower-case letters, digits and dashes',
  badFormat: () => 'does not have the expected format',
  tooSmall: tooSmallEn,
  tooBig: tooBigEn,
  notOneOf: (p) => `must be one of ${p.values.join(', ')}`,
  unknownKeys: (p) => `${p.keys.length === 1 ? 'unknown key' : 'unknown keys'} ${p.keys.map(en).join(', ')}`,
  noFormMatches: () => 'matches none of the accepted forms',
  invalid: () => 'is invalid',
};

const TEXTS: Readonly<Record<ModelIssueLang, Texts>> = { fr: FR, en: EN };

function render<C extends ModelIssueCode>(texts: Texts, code: C, params: ModelIssueParams[C]): string {
  return texts[code](params);
}

/** The problem alone, without the rule or field it is in. */
export function modelIssueDetail(kind: ModelIssueKind, lang: ModelIssueLang): string {
  return render(TEXTS[lang], kind.code, kind.params);
}

/** Where the problem is, as the text names it: the rule (by its id, or by its position without one) and the field. */
export interface ModelIssuePlace {
  readonly ruleId?: string;
  /** 1 for the first rule of the file. */
  readonly ruleNumber?: number;
  readonly field?: string;
}

/** `règle « x »`, `rule "x"`; `règle n° 3`, `rule no. 3` when the rule has no id in text. */
function ruleName(issue: ModelIssuePlace, lang: ModelIssueLang): string | undefined {
  if (issue.ruleId !== undefined) return lang === 'fr' ? `règle ${fr(issue.ruleId)}` : `rule ${en(issue.ruleId)}`;
  if (issue.ruleNumber !== undefined) return lang === 'fr' ? `règle n° ${issue.ruleNumber}` : `rule no. ${issue.ruleNumber}`;
  return undefined;
}

/** `règle « x » : points : doit être…` / `rule "x": points: must be…`: the rule, the field, then the problem. */
export function modelIssueText(issue: ModelIssueKind & ModelIssuePlace, lang: ModelIssueLang): string {
  const colon = lang === 'fr' ? ' : ' : ': ';
  const name = ruleName(issue, lang);
  const rule = name === undefined ? '' : `${name}${colon}`;
  const field = issue.field === undefined ? '' : `${issue.field}${colon}`;
  return `${rule}${field}${modelIssueDetail(issue, lang)}`;
}

/** Every issue of a model file, one text each. */
export function modelIssueTexts(issues: readonly ScoringModelIssue[], lang: ModelIssueLang): string[] {
  return issues.map((issue) => modelIssueText(issue, lang));
}
