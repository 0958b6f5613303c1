/**
 * The command line of `npm run sample:generate` (`scripts/generate-sample.ts`): its options, read with Node's
 * `parseArgs` tokens so that each problem is typed (which option, which value) and worded in the admin's language
 * (`sample-generate-messages.ts`), never from `parseArgs`'s English message.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SAMPLE_OPTIONS, scaledSizes } from '../sample';
import type { SampleOptions } from '../sample';

const OPTIONS = {
  out: { type: 'string' }, seed: { type: 'string' }, 'as-of': { type: 'string' }, scale: { type: 'string' },
  accounts: { type: 'string' }, contacts: { type: 'string' }, leads: { type: 'string' }, 'no-readme': { type: 'boolean' },
  lang: { type: 'string' }, help: { type: 'boolean', short: 'h' },
} as const;

type OptionName = keyof typeof OPTIONS;
export type CountOption = 'seed' | 'accounts' | 'contacts' | 'leads';

/** What is wrong with the command line: the option as typed (`--bogus`, `-x`) and the value given, never more. */
export type GenerateArgsProblem =
  | { readonly kind: 'unknownOption'; readonly option: string }
  | { readonly kind: 'missingValue'; readonly option: string }
  | { readonly kind: 'takesNoValue'; readonly option: string }
  | { readonly kind: 'unexpectedArgument'; readonly value: string }
  | { readonly kind: 'badCount'; readonly option: CountOption; readonly value: string }
  | { readonly kind: 'badScale'; readonly value: string }
  | { readonly kind: 'badAsOf'; readonly value: string }
  | { readonly kind: 'badLang'; readonly value: string };

/** A bad command line (exit code 2); a `RangeError`, as the bounds it names are. */
export class GenerateArgsError extends RangeError {
  constructor(readonly problem: GenerateArgsProblem) {
    super(`sample:generate: ${problem.kind} ${'option' in problem ? problem.option : ''} ${'value' in problem ? `"${problem.value}"` : ''}`.trimEnd());
    this.name = 'GenerateArgsError';
  }
}

/** What the command line asks for: the usage, or a dataset. */
export type GenerateRequest = { readonly help: true } | { readonly help: false; readonly options: SampleOptions };

const isOption = (name: string): name is OptionName => Object.hasOwn(OPTIONS, name);

/** The value of each option given (the last one of a repeated option), after checking every token. */
function readTokens(argv: readonly string[]): Partial<Record<OptionName, string | true>> {
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const values: Partial<Record<OptionName, string | true>> = {};
  for (const token of tokens) {
    if (token.kind === 'positional') throw new GenerateArgsError({ kind: 'unexpectedArgument', value: token.value });
    if (token.kind !== 'option') continue;
    if (!isOption(token.name)) throw new GenerateArgsError({ kind: 'unknownOption', option: token.rawName });
    if (OPTIONS[token.name].type === 'boolean') {
      if (token.value !== undefined) throw new GenerateArgsError({ kind: 'takesNoValue', option: token.rawName });
      values[token.name] = true;
    } else {
      // `--out --seed 3`: parseArgs would take `--seed` as the folder.
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) throw new GenerateArgsError({ kind: 'missingValue', option: token.rawName });
      values[token.name] = token.value;
    }
  }
  return values;
}

const text = (value: string | true | undefined): string | undefined => (typeof value === 'string' ? value : undefined);

function count(option: CountOption, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 0) throw new GenerateArgsError({ kind: 'badCount', option, value });
  return n;
}

function optionsOf(values: Partial<Record<OptionName, string | true>>, repoRoot: string): SampleOptions {
  const scaleText = text(values.scale);
  const scale = scaleText === undefined ? 1 : Number(scaleText);
  if (!(scale > 0) || !Number.isFinite(scale)) throw new GenerateArgsError({ kind: 'badScale', value: scaleText ?? '' });
  const sizes = scaledSizes(scale);
  const asOf = text(values['as-of']) ?? DEFAULT_SAMPLE_OPTIONS.asOf;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new GenerateArgsError({ kind: 'badAsOf', value: asOf });
  return {
    out: resolve(text(values.out) ?? resolve(repoRoot, 'samples')),
    seed: count('seed', text(values.seed), DEFAULT_SAMPLE_OPTIONS.seed),
    asOf,
    accounts: count('accounts', text(values.accounts), sizes.accounts),
    contacts: count('contacts', text(values.contacts), sizes.contacts),
    leads: count('leads', text(values.leads), sizes.leads),
    readme: values['no-readme'] !== true,
  };
}

/** `--help` (also with other options), or the dataset's options; throws `GenerateArgsError`. */
export function readGenerateArgs(argv: readonly string[], repoRoot: string): GenerateRequest {
  const values = readTokens(argv);
  if (values.help === true) return { help: true };
  const lang = text(values.lang);
  if (lang !== undefined && lang !== 'fr' && lang !== 'en') throw new GenerateArgsError({ kind: 'badLang', value: lang });
  return { help: false, options: optionsOf(values, repoRoot) };
}

/** The dataset's options (`--help` and `--lang` are accepted and do not change them); throws `GenerateArgsError`. */
export function parseGenerateArgs(argv: readonly string[], repoRoot: string): SampleOptions {
  return optionsOf(readTokens(argv), repoRoot);
}
