/** The reasons of the reader's own issues (header, row structure, empty required cell), in French and English. */
import type { Label } from '../../core/catalogue';

/** How a personal-data cell is named in a reason, in place of its value. */
export const PERSONAL_PLACEHOLDER: Label = { fr: '[donnée personnelle]', en: '[personal data]' };

export const UNKNOWN_COLUMN_REASON: Label = { fr: 'colonne inconnue, ignorée', en: 'unknown column, ignored' };

export const REQUIRED_REASON: Label = { fr: 'valeur obligatoire vide', en: 'required value is empty' };

/** French counts 0 and 1 in the singular, English only 1. */
const fr = (n: number, one: string, many: string): string => `${n} ${n <= 1 ? one : many}`;
const en = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * A row with too many or too few cells. `lastLine`, when the row ran over several lines of the file: a quote
 * opened and never closed made the lines after it part of one cell, so those rows are in this one.
 */
export function columnCountReason(cells: number, columns: number, lastLine?: number): Label {
  const span = lastLine === undefined ? null : lastLine;
  return {
    fr: `${fr(cells, 'cellule', 'cellules')} pour ${fr(columns, 'colonne', 'colonnes')}${span === null ? '' : ` ; la ligne se poursuit jusqu’à la ligne ${span} (guillemet ouvert sans être fermé ?) : les lignes suivantes y sont comprises`}`,
    en: `${en(cells, 'cell', 'cells')} for ${en(columns, 'column', 'columns')}${span === null ? '' : `; the row runs on to line ${span} (a quote opened and never closed?): the lines up to it are part of it`}`,
  };
}

/** `code` is csv-parse's error code (e.g. `CSV_QUOTE_NOT_CLOSED`), kept as is in both languages. */
export function malformedRowReason(code: string): Label {
  return { fr: `erreur de syntaxe CSV (${code})`, en: `CSV syntax error (${code})` };
}
