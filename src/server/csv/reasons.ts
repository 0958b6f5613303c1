/** The reasons of the reader's own issues (header, row structure, empty required cell), in French and English. */
import type { Label } from '../../core/catalogue';

/** How a personal-data cell is named in a reason, in place of its value. */
export const PERSONAL_PLACEHOLDER: Label = { fr: '[donnée personnelle]', en: '[personal data]' };

export const UNKNOWN_COLUMN_REASON: Label = { fr: 'colonne inconnue, ignorée', en: 'unknown column, ignored' };

export const REQUIRED_REASON: Label = { fr: 'valeur obligatoire vide', en: 'required value is empty' };

/** French counts 0 and 1 in the singular, English only 1. */
const fr = (n: number, one: string, many: string): string => `${n} ${n <= 1 ? one : many}`;
const en = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function columnCountReason(cells: number, columns: number): Label {
  return {
    fr: `${fr(cells, 'cellule', 'cellules')} pour ${fr(columns, 'colonne', 'colonnes')}`,
    en: `${en(cells, 'cell', 'cells')} for ${en(columns, 'column', 'columns')}`,
  };
}

/** `code` is csv-parse's error code (e.g. `CSV_QUOTE_NOT_CLOSED`), kept as is in both languages. */
export function malformedRowReason(code: string): Label {
  return { fr: `erreur de syntaxe CSV (${code})`, en: `CSV syntax error (${code})` };
}
