/** Every text of `npm run sample:generate`, in French and English. */
import type { CliLang } from './commands/sample-messages';
import { formatCount } from './commands/sample-messages';
import type { GenerateArgsProblem } from './sample-generate-args';

export interface SampleGenerateMessages {
  /** `--help`: what it does, then one line per option. */
  readonly usage: (defaults: { readonly seed: number; readonly asOf: string; readonly accounts: number; readonly contacts: number; readonly leads: number }) => string;
  readonly problem: (problem: GenerateArgsProblem) => string;
  readonly written: (out: string, seconds: string, counts: string, badRows: number) => string;
}

const HELP = 'npm run sample:generate -- --help';

const fr: SampleGenerateMessages = {
  usage: (d) => [
    'Utilisation : npm run sample:generate -- [options]',
    '',
    'Génère le jeu de données d’exemple d’une concession (comptes, contacts, pistes, véhicules, opportunités,',
    'et une douzaine de lignes fausses exprès), toujours le même pour les mêmes options.',
    '',
    'Options :',
    '  --out <dossier>         dossier écrit (par défaut samples/ du dépôt)',
    `  --seed <n>              graine du générateur (par défaut ${d.seed})`,
    `  --as-of <AAAA-MM-JJ>    date à laquelle les données sont arrêtées (par défaut ${d.asOf})`,
    '  --scale <f>             multiplie les tailles par défaut (0.05 : un petit jeu ; 100 : un gros)',
    `  --accounts <n>          nombre de comptes (par défaut ${formatCount('fr', d.accounts)} × scale)`,
    `  --contacts <n>          nombre de contacts (par défaut ${formatCount('fr', d.contacts)} × scale)`,
    `  --leads <n>             nombre de pistes (par défaut ${formatCount('fr', d.leads)} × scale)`,
    '  --no-readme             n’écrit pas le README.md du dossier',
    '  --lang <fr|en>          langue des messages (par défaut celle de l’environnement)',
    '  -h, --help              affiche cette aide',
    '',
    'Exemple : npm run sample:generate -- --out /tmp/gros --scale 100',
    '',
  ].join('\n'),
  problem: (p) => {
    switch (p.kind) {
      case 'unknownOption': return `Option inconnue : ${p.option} (voir ${HELP}).`;
      case 'missingValue': return `L’option ${p.option} attend une valeur (voir ${HELP}).`;
      case 'takesNoValue': return `L’option ${p.option} ne prend pas de valeur (voir ${HELP}).`;
      case 'unexpectedArgument': return `Argument inattendu : « ${p.value} » ; les options commencent par -- (voir ${HELP}).`;
      case 'badCount': return `--${p.option} attend un nombre entier positif ou nul, reçu « ${p.value} ».`;
      case 'badScale': return `--scale attend un nombre positif (0.05, 100…), reçu « ${p.value} ».`;
      case 'badAsOf': return `--as-of attend une date AAAA-MM-JJ, reçu « ${p.value} ».`;
      case 'badLang': return `--lang attend fr ou en, reçu « ${p.value} ».`;
    }
  },
  written: (out, seconds, counts, badRows) => `${out} écrit en ${seconds} s : ${counts} ; ${formatCount('fr', badRows)} ${badRows > 1 ? 'lignes fausses' : 'ligne fausse'} exprès.`,
};

const en: SampleGenerateMessages = {
  usage: (d) => [
    'Usage: npm run sample:generate -- [options]',
    '',
    'Generates the sample dataset of a dealership (accounts, contacts, leads, vehicles, opportunities, and a dozen',
    'deliberately bad rows), always the same for the same options.',
    '',
    'Options:',
    '  --out <dir>             folder to write (default: the repository\'s samples/)',
    `  --seed <n>              seed of the generator (default ${d.seed})`,
    `  --as-of <YYYY-MM-DD>    day the data is as of (default ${d.asOf})`,
    '  --scale <f>             multiplies the default sizes (0.05: a small set; 100: a big one)',
    `  --accounts <n>          number of accounts (default ${formatCount('en', d.accounts)} × scale)`,
    `  --contacts <n>          number of contacts (default ${formatCount('en', d.contacts)} × scale)`,
    `  --leads <n>             number of leads (default ${formatCount('en', d.leads)} × scale)`,
    '  --no-readme             do not write the folder\'s README.md',
    '  --lang <fr|en>          language of messages (default: from the environment)',
    '  -h, --help              display this help',
    '',
    'Example: npm run sample:generate -- --out /tmp/big --scale 100',
    '',
  ].join('\n'),
  problem: (p) => {
    switch (p.kind) {
      case 'unknownOption': return `Unknown option: ${p.option} (see ${HELP}).`;
      case 'missingValue': return `Option ${p.option} expects a value (see ${HELP}).`;
      case 'takesNoValue': return `Option ${p.option} takes no value (see ${HELP}).`;
      case 'unexpectedArgument': return `Unexpected argument: "${p.value}"; options start with -- (see ${HELP}).`;
      case 'badCount': return `--${p.option} expects a whole number ≥ 0, got "${p.value}".`;
      case 'badScale': return `--scale expects a positive number (0.05, 100…), got "${p.value}".`;
      case 'badAsOf': return `--as-of expects a date YYYY-MM-DD, got "${p.value}".`;
      case 'badLang': return `--lang expects fr or en, got "${p.value}".`;
    }
  },
  written: (out, seconds, counts, badRows) => `Wrote ${out} in ${seconds} s: ${counts}; ${formatCount('en', badRows)} deliberate bad ${badRows === 1 ? 'row' : 'rows'}.`,
};

export const SAMPLE_GENERATE_MESSAGES: Readonly<Record<CliLang, SampleGenerateMessages>> = { fr, en };
