/**
 * What `POST DataPrivacy/action/erase` does to a record (§5, recording `contact-get-after-erase.json`,
 * verified on 9.2.7): e-mail and phone values become `ERASED:<new id>`; the e-mail is opted out, the phone is
 * NOT; address parts and any other listed field become null; unlisted fields are unchanged.
 */
const ADDRESS_PARTS = ['Street', 'City', 'State', 'Country', 'PostalCode'] as const;
const PERSON_NAME_PARTS = ['salutationName', 'firstName', 'lastName', 'middleName'] as const;

type MutableRecord = Record<string, unknown>;

function eraseEmail(record: MutableRecord, field: string, erased: string): void {
  record[field] = erased;
  record[`${field}IsOptedOut`] = true;
  if (Array.isArray(record[`${field}Data`])) {
    record[`${field}Data`] = [{ emailAddress: erased, lower: erased.toLowerCase(), primary: true, optOut: true, invalid: false }];
  }
}

function erasePhone(record: MutableRecord, field: string, erased: string): void {
  record[field] = erased;
  const data: unknown = record[`${field}Data`];
  if (Array.isArray(data)) {
    const first: unknown = data[0];
    const type = typeof first === 'object' && first !== null && 'type' in first ? first.type : null;
    const optOut = record[`${field}IsOptedOut`] === true;
    record[`${field}Data`] = [{ phoneNumber: erased, type, primary: true, optOut, invalid: false }];
  }
}

function eraseOther(record: MutableRecord, field: string): void {
  if (field === 'name' && PERSON_NAME_PARTS.some((part) => part in record)) {
    for (const part of PERSON_NAME_PARTS) record[part] = null;
    record.name = null;
    return;
  }
  const addressKeys = ADDRESS_PARTS.map((part) => `${field}${part}`).filter((key) => key in record);
  if (addressKeys.length > 0) {
    for (const key of addressKeys) record[key] = null;
    return;
  }
  record[field] = null;
  if (`${field}Id` in record) record[`${field}Id`] = null;
  if (`${field}Name` in record) record[`${field}Name`] = null;
}

/**
 * Returns the erased copy of `record`. `newId` makes the `ERASED:<id>` values (EspoCRM uses the id of the
 * renamed email/phone record).
 */
export function eraseFields(
  record: Readonly<Record<string, unknown>>,
  fieldList: readonly string[],
  newId: () => string,
): Record<string, unknown> {
  const copy: MutableRecord = { ...record };
  for (const field of fieldList) {
    if (field === 'emailAddress') eraseEmail(copy, field, `ERASED:${newId()}`);
    else if (field === 'phoneNumber') erasePhone(copy, field, `ERASED:${newId()}`);
    else eraseOther(copy, field);
  }
  return copy;
}

const sameEmail = (a: unknown, b: string): boolean => typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
const samePhone = (a: unknown, b: string): boolean => a === b;

/**
 * The erase renames the shared address rows themselves (`Tools/DataPrivacy/Erasor.php`, platform §8.14): every
 * other record using an address of the erased record shows `ERASED:<id>` after it, and an e-mail address is
 * opted out for all of them. `before` and `after` are the erased record's values, `other` another record of
 * `ADDRESS_OWNER_TYPES`: its changed copy, or null when it shares no erased address.
 */
export function sharedAddressesRenamed(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
  other: Readonly<Record<string, unknown>>,
): Record<string, unknown> | null {
  const copy: MutableRecord = { ...other };
  let changed = false;
  const email = before.emailAddress;
  if (typeof email === 'string' && typeof after.emailAddress === 'string' && email !== after.emailAddress && sameEmail(other.emailAddress, email)) {
    eraseEmail(copy, 'emailAddress', after.emailAddress);
    changed = true;
  }
  const phone = before.phoneNumber;
  if (typeof phone === 'string' && typeof after.phoneNumber === 'string' && phone !== after.phoneNumber && samePhone(other.phoneNumber, phone)) {
    const renamed = after.phoneNumber;
    copy.phoneNumber = renamed;
    const data: unknown = other.phoneNumberData;
    if (Array.isArray(data)) copy.phoneNumberData = data.map((row: unknown) => (typeof row === 'object' && row !== null ? { ...row, phoneNumber: renamed } : row));
    changed = true;
  }
  return changed ? copy : null;
}
