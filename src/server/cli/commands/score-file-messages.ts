/** Texts of `score` about its files, in French and English: the `--dir` and `--input` inputs and the `--out` file. */
import type { CliLang } from './sample-messages';
import type { ScoreInput } from './score-inputs';
import type { OutFileProblem } from './score-out';

export interface ScoreFileMessages {
  /** A file of `--dir` that is absent: what is scored without it. */
  readonly missingInput: Readonly<Record<ScoreInput, string>>;
  readonly noInput: (dir: string) => string;
  /** `--input` names a CSV file: `dir` is its folder, for `--dir`. */
  readonly csvInput: (path: string, dir: string) => string;
  /** `--input` holds nothing but blank lines. */
  readonly emptyInput: (path: string) => string;
  readonly unknownColumn: (file: string, column: string) => string;
  readonly outFile: Readonly<Record<OutFileProblem, (path: string, code: string) => string>>;
}

const fr: ScoreFileMessages = {
  missingInput: {
    Contact: 'Attention : contacts.csv introuvable, aucun contact n’est calculé et les comptes le sont sans leurs contacts.',
    Lead: 'Attention : leads.csv introuvable, aucune piste n’est calculée.',
    Account: 'Attention : accounts.csv introuvable, aucun compte n’est calculé et les contacts le sont sans leur entreprise.',
    AutoCibleVehicle: 'Attention : vehicles.csv introuvable, les contacts et les comptes sont calculés sans leurs véhicules.',
  },
  noInput: (dir) => `Aucun fichier à calculer dans ${dir} : --dir attend contacts.csv, leads.csv, accounts.csv ou vehicles.csv.`,
  csvInput: (path, dir) => `${path} est un fichier CSV : --input lit du JSONL (un enregistrement JSON par ligne). Pour des fichiers CSV, indiquez leur dossier : --dir ${dir}`,
  emptyInput: (path) => `Aucun enregistrement à calculer dans ${path} : le fichier est vide. --input attend un enregistrement JSON par ligne.`,
  unknownColumn: (file, column) => `Attention : ${file} : colonne inconnue « ${column} », ignorée.`,
  outFile: {
    isDirectory: (path) => `--out ${path} est un dossier : indiquez un fichier, par exemple ${path}/modifications.jsonl.`,
    notDirectory: (path) => `Impossible de créer le fichier de --out ${path} : un élément de son chemin est un fichier, pas un dossier.`,
    denied: (path) => `Impossible d’écrire le fichier de --out ${path} : permission refusée. Choisissez un autre chemin.`,
    diskFull: (path) => `Impossible d’écrire le fichier de --out ${path} : le disque est plein.`,
    failed: (path, code) => `Impossible d’écrire le fichier de --out ${path} (${code}).`,
  },
};

const en: ScoreFileMessages = {
  missingInput: {
    Contact: 'Warning: contacts.csv not found, no contact is scored and accounts are scored without their contacts.',
    Lead: 'Warning: leads.csv not found, no lead is scored.',
    Account: 'Warning: accounts.csv not found, no account is scored and contacts are scored without their company.',
    AutoCibleVehicle: 'Warning: vehicles.csv not found, contacts and accounts are scored without their vehicles.',
  },
  noInput: (dir) => `Nothing to score in ${dir}: --dir expects contacts.csv, leads.csv, accounts.csv or vehicles.csv.`,
  csvInput: (path, dir) => `${path} is a CSV file: --input reads JSONL (one JSON record per line). For CSV files, give their folder: --dir ${dir}`,
  emptyInput: (path) => `Nothing to score in ${path}: the file is empty. --input expects one JSON record per line.`,
  unknownColumn: (file, column) => `Warning: ${file}: unknown column "${column}", ignored.`,
  outFile: {
    isDirectory: (path) => `--out ${path} is a directory: give a file, e.g. ${path}/changes.jsonl.`,
    notDirectory: (path) => `Cannot create the --out file ${path}: part of its path is a file, not a directory.`,
    denied: (path) => `Cannot write the --out file ${path}: permission denied. Choose another path.`,
    diskFull: (path) => `Cannot write the --out file ${path}: the disk is full.`,
    failed: (path, code) => `Cannot write the --out file ${path} (${code}).`,
  },
};

export const SCORE_FILE_MESSAGES: Readonly<Record<CliLang, ScoreFileMessages>> = { fr, en };
