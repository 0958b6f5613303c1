/**
 * The entity types whose records share EspoCRM's e-mail address and phone number rows: one row per address,
 * linked to every Contact, Lead and Account using it (platform §5, §8.14).
 */
export const ADDRESS_OWNER_TYPES = ['Contact', 'Lead', 'Account'] as const;
