/**
 * French overseas departments keep 10-digit national numbers but dial with their own country code
 * (ARCEP, plan national de numérotation: the 4-digit 05xx/06xx/02xx overseas blocks; ITU-T E.164 country
 * codes 590, 594, 596, 262): national prefix → E.164 country code. A number of such a block is stored by
 * EspoCRM (libphonenumber) as `+590 691…`, never `+33 691…`, so one person has one key.
 * Sure: each prefix below is a block ARCEP allocates to that territory. Not added, for want of certainty:
 * 0976 (Mayotte VoIP?) and any other overseas 09 block, 0695 (Guyane?).
 */
const OVERSEAS_COUNTRY_CODE: Readonly<Record<string, string>> = {
  // Guadeloupe, Saint-Martin, Saint-Barthélemy (+590): landline 0590, mobiles 0690 and 0691.
  '0590': '590',
  '0690': '590',
  '0691': '590',
  // Guyane (+594): landline 0594, mobile 0694.
  '0594': '594',
  '0694': '594',
  // Martinique (+596): landline 0596, mobiles 0696 and 0697.
  '0596': '596',
  '0696': '596',
  '0697': '596',
  // Réunion (+262): landlines 0262 and 0263, mobiles 0692 and 0693.
  '0262': '262',
  '0263': '262',
  '0692': '262',
  '0693': '262',
  // Mayotte (+262, shared with Réunion): landline 0269, mobile 0639.
  '0269': '262',
  '0639': '262',
  // Saint-Pierre-et-Miquelon (+508). UNSURE: its E.164 numbers are `+508` and 6 digits (+508 41 23 45), which
  // the rule below does not give (+508 508 41 23 45); kept as it was, since changing it changes list keys.
  '0508': '508',
};

/**
 * The prefixes AutoCible ≤ 0.2.2 did not know: it gave their numbers the metropolitan code (`0691 23 45 67` →
 * `+33691234567`), so opposition-list entries made then hold that form (see `legacyPhoneForms`).
 */
const ADDED_OVERSEAS_PREFIXES: readonly string[] = ['0691', '0697', '0263', '0269'];

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

/**
 * The other forms an E.164 number (as `normalisePhone` gives it) was normalised to by AutoCible ≤ 0.2.2: for a
 * number of an overseas block it did not know (0691, 0697, 0263, 0269), its `+33` form (`+590691234567` →
 * `+33691234567`). A lookup in a list filled then (hashes of normalised numbers) must try them too; empty for
 * any other number.
 */
export function legacyPhoneForms(e164: string): readonly string[] {
  for (const prefix of ADDED_OVERSEAS_PREFIXES) {
    const overseas = `+${OVERSEAS_COUNTRY_CODE[prefix] ?? ''}${prefix.slice(1)}`;
    if (e164.startsWith(overseas) && /^\+\d{12}$/.test(e164)) return [`+33${e164.slice(overseas.length - 3)}`];
  }
  return [];
}
