/**
 * The entity types whose records share EspoCRM's e-mail address and phone number rows: one row per address,
 * linked to every record using it (`entity_email_address`, `entity_phone_number`; platform §5, §8.14). Users
 * (staff, portal and API users) have an e-mail and a phone field too, and EspoCRM's own address lookups list
 * them first (`Repositories/EmailAddress::getEntityByAddressId`): a salesperson's address typed on a lead is
 * the salesperson's row, and the Data Privacy erase renames it for them too when the API user may edit Users.
 */
export const ADDRESS_OWNER_TYPES = ['Contact', 'Lead', 'Account', 'User'] as const;
export type AddressOwnerType = (typeof ADDRESS_OWNER_TYPES)[number];
