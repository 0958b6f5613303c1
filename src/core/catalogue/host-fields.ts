import type { DataCategory, EntityType, Label } from './types';

/**
 * EspoCRM's own attributes that AutoCible reads or writes (CSV import/export, retention, VMC).
 * They are not generated into entityDefs (the host defines them) but they are part of the
 * CSV format and of the personal-data inventory, so they live next to the catalogue.
 */
export interface HostAttribute {
  /** API attribute, e.g. `firstName`, `addressPostalCode`. */
  readonly attribute: string;
  /** EspoCRM field the attribute belongs to (the name the Data Privacy erase takes). */
  readonly field: string;
  readonly kind: 'id' | 'varchar' | 'email' | 'phone' | 'date' | 'datetime' | 'bool' | 'float' | 'link' | 'enum';
  readonly label: Label;
  readonly isPersonalData: boolean;
  readonly dataCategory: DataCategory;
  readonly required?: boolean;
}

const id: HostAttribute = { attribute: 'id', field: 'id', kind: 'id', label: { fr: 'Identifiant', en: 'ID' }, isPersonalData: false, dataCategory: 'identity', required: true };
const modifiedAt: HostAttribute = { attribute: 'modifiedAt', field: 'modifiedAt', kind: 'datetime', label: { fr: 'Modifié le', en: 'Modified at' }, isPersonalData: false, dataCategory: 'activity' };
const createdAt: HostAttribute = { attribute: 'createdAt', field: 'createdAt', kind: 'datetime', label: { fr: 'Créé le', en: 'Created at' }, isPersonalData: false, dataCategory: 'activity' };

const personAttributes: readonly HostAttribute[] = [
  id,
  { attribute: 'salutationName', field: 'name', kind: 'enum', label: { fr: 'Civilité', en: 'Salutation' }, isPersonalData: true, dataCategory: 'identity' },
  { attribute: 'firstName', field: 'name', kind: 'varchar', label: { fr: 'Prénom', en: 'First name' }, isPersonalData: true, dataCategory: 'identity' },
  { attribute: 'lastName', field: 'name', kind: 'varchar', label: { fr: 'Nom', en: 'Last name' }, isPersonalData: true, dataCategory: 'identity', required: true },
  { attribute: 'emailAddress', field: 'emailAddress', kind: 'email', label: { fr: 'E-mail', en: 'Email' }, isPersonalData: true, dataCategory: 'contact' },
  { attribute: 'phoneNumber', field: 'phoneNumber', kind: 'phone', label: { fr: 'Téléphone', en: 'Phone' }, isPersonalData: true, dataCategory: 'contact' },
  { attribute: 'addressStreet', field: 'address', kind: 'varchar', label: { fr: 'Rue', en: 'Street' }, isPersonalData: true, dataCategory: 'contact' },
  { attribute: 'addressPostalCode', field: 'address', kind: 'varchar', label: { fr: 'Code postal', en: 'Postal code' }, isPersonalData: true, dataCategory: 'contact' },
  { attribute: 'addressCity', field: 'address', kind: 'varchar', label: { fr: 'Ville', en: 'City' }, isPersonalData: true, dataCategory: 'contact' },
  { attribute: 'addressCountry', field: 'address', kind: 'varchar', label: { fr: 'Pays', en: 'Country' }, isPersonalData: true, dataCategory: 'contact' },
  { attribute: 'doNotCall', field: 'doNotCall', kind: 'bool', label: { fr: 'Ne pas appeler', en: 'Do not call' }, isPersonalData: false, dataCategory: 'consent' },
  { attribute: 'emailAddressIsOptedOut', field: 'emailAddress', kind: 'bool', label: { fr: 'E-mail désinscrit', en: 'Email opted out' }, isPersonalData: false, dataCategory: 'consent' },
  { attribute: 'phoneNumberIsOptedOut', field: 'phoneNumber', kind: 'bool', label: { fr: 'Téléphone désinscrit', en: 'Phone opted out' }, isPersonalData: false, dataCategory: 'consent' },
  createdAt,
  modifiedAt,
];

/** Host attributes per entity type, in CSV column order. */
export const HOST_ATTRIBUTES: Readonly<Record<EntityType | 'Opportunity', readonly HostAttribute[]>> = {
  Account: [
    id,
    { attribute: 'name', field: 'name', kind: 'varchar', label: { fr: 'Raison sociale', en: 'Company name' }, isPersonalData: false, dataCategory: 'identity', required: true },
    { attribute: 'emailAddress', field: 'emailAddress', kind: 'email', label: { fr: 'E-mail', en: 'Email' }, isPersonalData: true, dataCategory: 'contact' },
    { attribute: 'phoneNumber', field: 'phoneNumber', kind: 'phone', label: { fr: 'Téléphone', en: 'Phone' }, isPersonalData: false, dataCategory: 'contact' },
    { attribute: 'billingAddressPostalCode', field: 'billingAddress', kind: 'varchar', label: { fr: 'Code postal', en: 'Postal code' }, isPersonalData: false, dataCategory: 'economic' },
    { attribute: 'billingAddressCity', field: 'billingAddress', kind: 'varchar', label: { fr: 'Ville', en: 'City' }, isPersonalData: false, dataCategory: 'economic' },
    createdAt,
    modifiedAt,
  ],
  Contact: [
    ...personAttributes.slice(0, 1),
    { attribute: 'accountId', field: 'account', kind: 'link', label: { fr: 'Compte', en: 'Account' }, isPersonalData: false, dataCategory: 'economic' },
    ...personAttributes.slice(1),
  ],
  Lead: [
    ...personAttributes,
    { attribute: 'accountName', field: 'accountName', kind: 'varchar', label: { fr: 'Société', en: 'Company' }, isPersonalData: false, dataCategory: 'economic' },
  ],
  AutoCibleVehicle: [id, createdAt, modifiedAt],
  Opportunity: [
    id,
    { attribute: 'name', field: 'name', kind: 'varchar', label: { fr: 'Nom', en: 'Name' }, isPersonalData: false, dataCategory: 'economic', required: true },
    { attribute: 'accountId', field: 'account', kind: 'link', label: { fr: 'Compte', en: 'Account' }, isPersonalData: false, dataCategory: 'economic' },
    { attribute: 'contactId', field: 'contact', kind: 'link', label: { fr: 'Contact', en: 'Contact' }, isPersonalData: false, dataCategory: 'economic' },
    { attribute: 'stage', field: 'stage', kind: 'enum', label: { fr: 'Étape', en: 'Stage' }, isPersonalData: false, dataCategory: 'economic', required: true },
    { attribute: 'amount', field: 'amount', kind: 'float', label: { fr: 'Montant', en: 'Amount' }, isPersonalData: false, dataCategory: 'economic', required: true },
    { attribute: 'closeDate', field: 'closeDate', kind: 'date', label: { fr: 'Date de clôture', en: 'Close date' }, isPersonalData: false, dataCategory: 'economic', required: true },
    createdAt,
    modifiedAt,
  ],
};
