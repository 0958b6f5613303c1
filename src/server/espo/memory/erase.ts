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
