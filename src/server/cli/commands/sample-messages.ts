/** Every text of the `sample` command, in French and English, and number formatting per language. */
import type { CsvIssueCode } from '../../csv/types';

export type CliLang = 'fr' | 'en';

export interface SampleMessages {
  readonly description: string;
  readonly options: { readonly dir: string; readonly json: string; readonly today: string };
  readonly title: (dir: string, today: string) => string;
  readonly filesHeading: string;
  readonly fileColumns: readonly [string, string, string, string];
  readonly issuesHeading: (count: string) => string;
  readonly noIssues: string;
  /** Put before a header warning, punctuation included. */
  readonly warningPrefix: string;
  /** Category of an issue; the reader's detail, in the same language, follows it. */
  readonly issueCodes: Readonly<Record<CsvIssueCode, string>>;
  readonly vmcContactsHeading: string;
  readonly vmcAccountsHeading: string;
  readonly vmcColumns: readonly [string, string, string, string, string, string, string];
  readonly noRecords: string;
  readonly none: string;
  readonly defaultsNote: string;
  readonly scoringHeading: (count: string, today: string) => string;
  readonly progress: (file: string, rows: string) => string;
  readonly errors: {
    readonly badToday: (value: string) => string;
  };
}

const fr: SampleMessages = {
  description: 'Valide le jeu de données d’exemple (sans CRM), affiche la VMC par segment et calcule les scores (sans rien écrire)',
  options: {
    dir: 'dossier du jeu de données (5 fichiers CSV)',
    json: 'affiche le rapport en JSON',
    today: 'date du jour AAAA-MM-JJ pour la fenêtre d’historique de la VMC',
  },
  title: (dir, today) => `AutoCible — validation de ${dir} (VMC au ${today})`,
  filesHeading: 'Fichiers',
  fileColumns: ['Fichier', 'Lignes', 'Valides', 'Rejetées'],
  issuesHeading: (count) => `Lignes rejetées et avertissements (${count})`,
  noIssues: 'Aucune ligne rejetée.',
  warningPrefix: 'avertissement : ',
  issueCodes: {
    unknownColumn: 'colonne inconnue, ignorée',
    columnCount: 'nombre de cellules incorrect',
    malformedRow: 'ligne CSV mal formée',
    required: 'valeur obligatoire absente',
    invalidValue: 'valeur refusée',
  },
  vmcContactsHeading: 'VMC des contacts par segment (type de client × étape du cycle de vie)',
  vmcAccountsHeading: 'VMC des comptes par type d’entreprise',
  vmcColumns: ['Segment', 'Nombre', 'VMC brute moy.', 'VMC brute méd.', 'VMC nette moy.', 'VMC nette méd.', 'Historique'],
  noRecords: 'Aucun enregistrement valide.',
  none: 'non renseigné',
  defaultsNote:
    'VMC du cours : achats/an × montant moyen + montant moyen × rétention × (période − 1), moins coût pour atteindre / taux de conversion. « Historique » : part des fiches dont achats/an et montant moyen viennent de leurs opportunités gagnées ; les autres valeurs viennent des défauts par type de client.',
  scoringHeading: (count, today) => `Score de ${count} fiches (modèles par défaut, au ${today}, rien n’est écrit)`,
  progress: (file, rows) => `${file} : ${rows} lignes lues`,
  errors: {
    badToday: (value) => `--today attend une date AAAA-MM-JJ valide, reçu « ${value} »`,
  },
};

const en: SampleMessages = {
  description: 'Validate the sample dataset (no CRM needed), print the VMC per segment and score it (nothing written)',
  options: {
    dir: 'dataset directory (5 CSV files)',
    json: 'print the report as JSON',
    today: "today's date YYYY-MM-DD for the VMC history window",
  },
  title: (dir, today) => `AutoCible — validating ${dir} (VMC as of ${today})`,
  filesHeading: 'Files',
  fileColumns: ['File', 'Rows', 'Valid', 'Rejected'],
  issuesHeading: (count) => `Rejected rows and warnings (${count})`,
  noIssues: 'No rejected rows.',
  warningPrefix: 'warning: ',
  issueCodes: {
    unknownColumn: 'unknown column, ignored',
    columnCount: 'wrong number of cells',
    malformedRow: 'malformed CSV row',
    required: 'required value missing',
    invalidValue: 'value rejected',
  },
  vmcContactsHeading: 'Contact VMC per segment (customer kind × lifecycle stage)',
  vmcAccountsHeading: 'Account VMC per company type',
  vmcColumns: ['Segment', 'Count', 'Gross mean', 'Gross median', 'Net mean', 'Net median', 'History'],
  noRecords: 'No valid record.',
  none: 'not set',
  defaultsNote:
    'Course VMC: purchases/year × average amount + average amount × retention × (period − 1), minus cost to reach / conversion rate. "History": share of records whose purchases/year and average amount come from their won opportunities; every other input comes from the defaults per customer kind.',
  scoringHeading: (count, today) => `Score of ${count} records (default models, as of ${today}, nothing written)`,
  progress: (file, rows) => `${file}: ${rows} rows read`,
  errors: {
    badToday: (value) => `--today expects a valid date YYYY-MM-DD, got "${value}"`,
  },
};

export const SAMPLE_MESSAGES: Readonly<Record<CliLang, SampleMessages>> = { fr, en };

const LOCALE: Readonly<Record<CliLang, string>> = { fr: 'fr-FR', en: 'en-GB' };

/** `1 400,00 €` in French, `€1,400.00` in English. */
export function formatMoney(lang: CliLang, amount: number): string {
  return new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency: 'EUR' }).format(amount);
}

/** What `Intl.NumberFormat` puts between groups of three digits: a narrow no-break space in French. */
const GROUP_SEPARATOR: Readonly<Record<CliLang, string>> = { fr: '\u202f', en: ',' };

/**
 * `273 493` in French, `273,493` in English: whole counts as `Intl.NumberFormat` writes them, grouped here
 * because the first `Intl.NumberFormat` of a process maps ICU's number data, about 5 MB of RSS, and a score
 * run formats its counts at its very end, when its memory peaks (issue 4). Other numbers go through Intl.
 */
export function formatCount(lang: CliLang, count: number): string {
  if (!Number.isSafeInteger(count) || count < 0 || Object.is(count, -0)) return new Intl.NumberFormat(LOCALE[lang]).format(count);
  return String(count).replace(/\B(?=(\d{3})+$)/g, GROUP_SEPARATOR[lang]);
}

/** What comes between a label and its value: `Notes : A 3` in French (a space before the colon), `Grades: A 3` in English. */
export function colon(lang: CliLang): string {
  return lang === 'fr' ? ' : ' : ': ';
}

/** A 0–1 ratio as a whole percentage: `45 %` in French, `45%` in English. */
export function formatPercent(lang: CliLang, ratio: number): string {
  return new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}
