import { Help } from 'commander';
import type { Command, Option } from 'commander';

type Lang = 'fr' | 'en';

const HELP_TEXT: Readonly<Record<Lang, string>> = {
  fr: 'affiche l’aide de la commande',
  en: 'display help for command',
};

/** Commander's headings, in French (`Help.formatHelp` words them in English only). */
const TITLES_FR: Readonly<Record<string, string>> = {
  'Usage:': 'Utilisation :',
  'Options:': 'Options :',
  'Global Options:': 'Options globales :',
  'Arguments:': 'Arguments :',
  'Commands:': 'Commandes :',
};

/** The words Commander puts in brackets after an option or an argument ("(default: 30)"). */
const EXTRA_INFO_FR: readonly (readonly [RegExp, string])[] = [
  [/\(default: /g, '(par défaut : '],
  [/, default: /g, ', par défaut : '],
  [/\(choices: /g, '(valeurs : '],
  [/\(preset: /g, '(sans valeur : '],
  [/\(env: /g, '(variable : '],
];

function extraInfoFr(description: string): string {
  return EXTRA_INFO_FR.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), description);
}

const defaultHelp = new Help();

/** French headings and bracketed notes for one command's help; English is Commander's own. */
function frenchHelp(): Partial<Help> {
  return {
    styleTitle: (title: string) => TITLES_FR[title] ?? title,
    optionDescription: (option: Option) => extraInfoFr(defaultHelp.optionDescription(option)),
    argumentDescription: (argument) => extraInfoFr(defaultHelp.argumentDescription(argument)),
  };
}

/**
 * Gives `command` and all its subcommands the help in `lang`: the `--help` option and the `help` command
 * described in that language, and in French the headings and the notes Commander adds. Commander sets these per
 * command and copies them only to subcommands made with `.command()`, not to those added with `.addCommand()`.
 */
export function localiseHelp(command: Command, lang: Lang): Command {
  command.helpOption('-h, --help', HELP_TEXT[lang]);
  // Only a command with subcommands has a help command; naming one would add it to the others.
  if (command.commands.length > 0) command.helpCommand('help [command]', HELP_TEXT[lang]);
  if (lang === 'fr') command.configureHelp(frenchHelp());
  for (const sub of command.commands) localiseHelp(sub, lang);
  return command;
}

/** Commander's usage errors, in French: each line of its message, matched whole. */
const USAGE_ERRORS_FR: readonly (readonly [RegExp, (...parts: string[]) => string])[] = [
  [/^error: unknown option '(.+)'$/, (option) => `erreur : option inconnue « ${option} »`],
  [/^error: unknown command '(.+)'$/, (name) => `erreur : commande inconnue « ${name} »`],
  [/^\(Did you mean (.+)\?\)$/, (suggestion) => `(Vouliez-vous dire ${suggestion} ?)`],
  [/^error: option '(.+)' argument missing$/, (option) => `erreur : l’option « ${option} » attend une valeur`],
  [/^error: required option '(.+)' not specified$/, (option) => `erreur : l’option « ${option} » est obligatoire`],
  [/^error: missing required argument '(.+)'$/, (argument) => `erreur : l’argument « ${argument} » est obligatoire`],
  [
    /^error: too many arguments for '(.+)'\. Expected (\d+) arguments? but got (\d+)\.$/,
    (name, expected, got) => `erreur : trop d’arguments pour « ${name} » (${expected} attendu${expected === '0' || expected === '1' ? '' : 's'}, ${got} reçu${got === '1' ? '' : 's'})`,
  ],
  [/^error: too many arguments$/, () => 'erreur : trop d’arguments'],
  [/^error: option '(.+)' cannot be used with option '(.+)'$/, (first, second) => `erreur : l’option « ${first} » ne peut pas être utilisée avec « ${second} »`],
  [/^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/, (option, value, choices) => `erreur : l’option « ${option} » n’accepte pas « ${value} » ; valeurs possibles : ${choices}`],
];

function usageLineFr(line: string): string {
  for (const [pattern, word] of USAGE_ERRORS_FR) {
    const match = pattern.exec(line);
    if (match !== null) return word(...match.slice(1));
  }
  return line;
}

/** A usage error as Commander wrote it, in `lang`; a line it does not know is kept as it is. */
export function localiseUsageError(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  return message.split('\n').map(usageLineFr).join('\n');
}
