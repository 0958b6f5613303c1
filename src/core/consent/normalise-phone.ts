/**
 * French overseas departments keep 10-digit national numbers but dial with their own country code
 * (domain.md §1.10, ARCEP « La numérotation outre-mer »): national prefix → E.164 country code.
 */
const OVERSEAS_COUNTRY_CODE: Readonly<Record<string, string>> = {
  '0590': '590', // Guadeloupe, Saint-Barthélemy, Saint-Martin
  '0690': '590',
  '0594': '594', // Guyane
  '0694': '594',
  '0596': '596', // Martinique
  '0696': '596',
  '0262': '262', // Réunion, Mayotte
  '0692': '262',
  '0693': '262',
  '0639': '262',
  '0508': '508', // Saint-Pierre-et-Miquelon
};

function fromFrenchNational(national: string): string {
  const country = OVERSEAS_COUNTRY_CODE[national.slice(0, 4)] ?? '33';
  return `+${country}${national.slice(1)}`;
}

/** Digits of an international number written `+…` or `00…`, or undefined. */
function international(compact: string): string | undefined {
  if (compact.startsWith('+')) return compact.slice(1);
  if (compact.startsWith('00')) return compact.slice(2);
  return undefined;
}

/**
 * A phone number in E.164 (`+33612345678`), from the ways French files write it: `06 12 34 56 78`,
 * `+33 (0)6…`, `0033 6…`, `6 12 34 56 78` (a spreadsheet dropped the 0). French numbers written with
 * `+33` and an overseas prefix are given their overseas code, so one line has one key. Other
 * countries' numbers are kept as `+` and their digits. `undefined` when the text is not a phone number.
 */
export function normalisePhone(raw: string): string | undefined {
  const compact = raw.trim().replace('(0)', '').replace(/[\s.\-/()]/g, '');
  const digits = international(compact) ?? compact;
  if (!/^\d+$/.test(digits)) return undefined;
  if (digits !== compact) {
    if (digits.startsWith('33')) return normaliseFrench(digits.slice(2));
    return digits.length >= 8 && digits.length <= 15 && !digits.startsWith('0') ? `+${digits}` : undefined;
  }
  return normaliseFrench(digits);
}

function normaliseFrench(digits: string): string | undefined {
  if (/^0[1-9]\d{8}$/.test(digits)) return fromFrenchNational(digits);
  if (/^[1-9]\d{8}$/.test(digits)) return fromFrenchNational(`0${digits}`);
  return undefined;
}
