/**
 * The columns of a consent file for `consent import`: a person key (`id`, else `emailAddress`, else
 * `phoneNumber`), then `channel`, `status`, `date`, `source`, `proof`. Headers in French or English, any
 * order and case, accents ignored (e.g. `canal`, `statut`, `preuve`, `téléphone`).
 */
import type { CsvColumn } from '../../../core/generate/csv-columns';
import { normaliseHeader, resolveHeaders } from '../../../core/generate/csv-columns';
import { CsvHeaderError } from '../../csv/errors';

export const IMPORT_COLUMNS = ['id', 'emailAddress', 'phoneNumber', 'channel', 'status', 'date', 'source', 'proof'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** The columns that name the person, in the order they are tried. */
export const PERSON_KEY_COLUMNS = ['id', 'emailAddress', 'phoneNumber'] as const satisfies readonly ImportColumn[];
export type PersonKeyKind = (typeof PERSON_KEY_COLUMNS)[number];

const SPELLINGS: Readonly<Record<ImportColumn, readonly string[]>> = {
  id: ['id', 'identifiant', 'record id', 'id fiche'],
  emailAddress: ['emailAddress', 'email', 'e-mail', 'courriel', 'mail', 'adresse e-mail', 'adresse email', 'email address'],
  phoneNumber: ['phoneNumber', 'phone', 'phone number', 'téléphone', 'tél', 'numéro', 'numéro de téléphone', 'mobile', 'portable'],
  channel: ['channel', 'canal'],
  status: ['status', 'statut', 'consent', 'consentement'],
  date: ['date', 'consent date', 'date du consentement', 'date de consentement'],
  source: ['source', 'origine', 'origin'],
  proof: ['proof', 'preuve', 'wording', 'libellé'],
};

const COLUMNS: readonly CsvColumn[] = IMPORT_COLUMNS.map((attribute) => ({
  attribute,
  accepts: SPELLINGS[attribute].map(normaliseHeader),
  kind: 'varchar',
  required: attribute === 'channel' || attribute === 'status',
}));

export interface ImportHeader {
  /** The column of each header position; undefined for a header this import does not know (ignored). */
  readonly columns: readonly (ImportColumn | undefined)[];
  /** Headers as written that were ignored. */
  readonly unknown: readonly string[];
}

function isImportColumn(value: string): value is ImportColumn {
  return (IMPORT_COLUMNS as readonly string[]).includes(value);
}

/**
 * Maps the header row. Throws `CsvHeaderError` for a column named twice, or when `channel`, `status` or
 * every person key is missing.
 */
export function resolveImportHeader(file: string, headers: readonly string[]): ImportHeader {
  const resolution = resolveHeaders(headers, COLUMNS);
  const columns = resolution.columns.map((column) => (column !== undefined && isImportColumn(column.attribute) ? column.attribute : undefined));
  const missing = [...resolution.missingRequired];
  if (!PERSON_KEY_COLUMNS.some((key) => columns.includes(key))) missing.push(PERSON_KEY_COLUMNS.join('|'));
  if (resolution.duplicates.length > 0 || missing.length > 0) {
    throw new CsvHeaderError(file, { empty: false, duplicates: resolution.duplicates, missingRequired: missing });
  }
  return { columns, unknown: resolution.unknown };
}
