/**
 * A small population, as of TODAY, with one person per retention situation. Each person's expected plan is
 * written next to them; the activity that decides it lives on the typed endpoints (Email, Call, Meeting),
 * so a job that ignored one of them would anonymise someone who must be kept.
 */
export const TODAY = '2026-06-30';

type Row = Record<string, unknown> & { id: string };

const ids = {
  expiredProspect: '6d000000000000001', emailedProspect: '6d000000000000002', calledProspect: '6d000000000000003',
  meetingProspect: '6d000000000000004', heldCustomer: '6d000000000000005', financedCustomer: '6d000000000000006',
  anonymisedContact: '6d000000000000007', repermissionLead: '6d000000000000101', undatedLead: '6d000000000000102',
  expiredLead: '6d000000000000103',
} as const;
export const IDS = ids;

/** Identifying values of a person, so tests can search files for them. */
function identity(n: number, first: string, last: string): Record<string, unknown> {
  return {
    salutationName: 'Mr.', firstName: first, lastName: last, emailAddress: `${first.toLowerCase()}.${last.toLowerCase()}@exemple.fr`,
    phoneNumber: `+3361234${String(5600 + n)}`, addressStreet: `${n} rue des Lilas`, addressCity: 'Lyon', addressPostalCode: '69003',
    addressCountry: 'France', doNotCall: false, emailAddressIsOptedOut: false, phoneNumberIsOptedOut: false,
  };
}

const consent = {
  autoCibleConsentEmailStatus: 'OPT_IN', autoCibleConsentEmailDate: '2022-01-10', autoCibleConsentEmailSource: 'FORMULAIRE',
  autoCibleConsentEmailProof: 'Case cochée formulaire essai v3', autoCibleConsentSmsStatus: 'UNKNOWN',
  autoCibleConsentPhoneStatus: 'UNKNOWN', autoCibleConsentPostalStatus: 'UNKNOWN',
};

export const CONTACTS: readonly Row[] = [
  { id: ids.expiredProspect, ...identity(1, 'Eric', 'Fixture'), ...consent, createdAt: '2022-01-10 09:00:00', autoCibleLifecycleStage: 'PROSPECT',
    autoCibleLastInboundContactAt: '2023-01-15', autoCibleBirthDate: '1980-04-02', autoCibleCsp: 'CADRE', autoCibleInterests: ['TECHNOLOGIE'],
    description: 'Rappeler Eric le soir au 06 12 34 56 01, sa fille Léa passe le permis' },
  { id: ids.emailedProspect, ...identity(2, 'Lison', 'Marchal'), createdAt: '2022-01-10 09:00:00', autoCibleLifecycleStage: 'PROSPECT' },
  { id: ids.calledProspect, ...identity(3, 'Paulin', 'Vasseur'), createdAt: '2022-01-10 09:00:00', autoCibleLifecycleStage: 'PROSPECT' },
  { id: ids.meetingProspect, ...identity(4, 'Ninon', 'Brochard'), createdAt: '2022-01-10 09:00:00', autoCibleLifecycleStage: 'PROSPECT' },
  { id: ids.heldCustomer, ...identity(5, 'Hugues', 'Tessier'), createdAt: '2020-03-01 09:00:00', autoCibleLifecycleStage: 'CLIENT',
    autoCibleLegalHold: true, autoCibleLegalHoldReason: 'Litige garantie' },
  { id: ids.financedCustomer, ...identity(6, 'Zoella', 'Perrin'), createdAt: '2019-03-01 09:00:00', autoCibleLifecycleStage: 'CLIENT' },
  { id: ids.anonymisedContact, lastName: null, createdAt: '2019-03-01 09:00:00', autoCibleRetentionStatus: 'ANONYMISED' },
];

export const LEADS: readonly Row[] = [
  { id: ids.repermissionLead, ...identity(11, 'Inesse', 'Gaudin'), createdAt: '2023-07-15 10:00:00', autoCibleLifecycleStage: 'SUSPECT' },
  { id: ids.undatedLead, ...identity(12, 'Remy', 'Lacombe') },
  { id: ids.expiredLead, ...identity(13, 'Jadine', 'Royer'), createdAt: '2021-05-01 10:00:00', autoCibleLifecycleStage: 'SUSPECT',
    description: 'Mme Royer, infirmière à domicile, cherche une citadine' },
];

export const VEHICLES: readonly Row[] = [
  { id: '6d000000000000201', name: 'Renault Clio AB-123-CD', plate: 'AB123CD', vin: 'VF1RJA00067123456', brand: 'RENAULT', model: 'Clio',
    energyCode: 'GO', purchaseDate: '2019-05-01', contactId: ids.expiredProspect, accountId: null, description: 'Voiture de M. Fixture, garée rue des Lilas' },
  { id: '6d000000000000202', name: 'Peugeot 208 FB-834-HB', plate: 'FB834HB', vin: 'VR3UPHNKSKT123456', brand: 'PEUGEOT', model: '208',
    purchaseDate: '2023-03-01', financingEndDate: '2027-03-01', contactId: ids.financedCustomer, accountId: null },
];

export const OPPORTUNITIES: readonly Row[] = [
  { id: '6d000000000000301', name: 'Vente VN Peugeot 208', stage: 'Closed Won', amount: 21990, closeDate: '2023-03-01', contactId: ids.financedCustomer },
];

/** Inbound activity, with the person it comes from. */
export const EMAILS: readonly Row[] = [
  { id: '6d000000000000401', name: 'Question sur ma voiture', status: 'Archived', from: 'lison.marchal@exemple.fr', dateSent: '2025-09-01 09:30:00' },
];
export const CALLS: readonly (Row & { person: string })[] = [
  { id: '6d000000000000501', name: 'Appel entrant', status: 'Held', direction: 'Inbound', dateStart: '2024-05-01 14:00:00', dateEnd: '2024-05-01 14:05:00', person: ids.calledProspect },
  // Outbound: never moves the clock.
  { id: '6d000000000000502', name: 'Relance', status: 'Held', direction: 'Outbound', dateStart: '2026-06-01 14:00:00', dateEnd: '2026-06-01 14:05:00', person: ids.expiredProspect },
];
export const MEETINGS: readonly (Row & { person: string })[] = [
  { id: '6d000000000000601', name: 'Essai en concession', status: 'Held', dateStart: '2025-02-01 10:00:00', dateEnd: '2025-02-01 11:00:00', person: ids.meetingProspect },
];

/** Expected plan per person (CNIL 36 months, re-permission 30 days). */
export const EXPECTED_PLANS = [
  { id: ids.expiredProspect, action: 'anonymise', ruleId: 'RET_PROSPECT_EXPIRED', anchorSource: 'INBOUND_CONTACT', anchorDate: '2023-01-15', deadline: '2026-01-15' },
  { id: ids.emailedProspect, action: 'keep', ruleId: 'RET_PROSPECT_ACTIVE', anchorSource: 'INBOUND_CONTACT', anchorDate: '2025-09-01', deadline: '2028-09-01' },
  { id: ids.calledProspect, action: 'keep', ruleId: 'RET_PROSPECT_ACTIVE', anchorSource: 'INBOUND_CONTACT', anchorDate: '2024-05-01', deadline: '2027-05-01' },
  { id: ids.meetingProspect, action: 'keep', ruleId: 'RET_PROSPECT_ACTIVE', anchorSource: 'INBOUND_CONTACT', anchorDate: '2025-02-01', deadline: '2028-02-01' },
  { id: ids.heldCustomer, action: 'hold', ruleId: 'RET_LEGAL_HOLD', anchorSource: 'COLLECTION', anchorDate: '2020-03-01', deadline: '2023-03-01' },
  { id: ids.financedCustomer, action: 'keep', ruleId: 'RET_CUSTOMER_ACTIVE', anchorSource: 'FINANCING_END', anchorDate: '2027-03-01', deadline: '2030-03-01' },
  { id: ids.repermissionLead, action: 'repermission', ruleId: 'RET_PROSPECT_REPERMISSION', anchorSource: 'COLLECTION', anchorDate: '2023-07-15', deadline: '2026-07-15' },
  { id: ids.undatedLead, action: 'review', ruleId: 'RET_NO_USABLE_DATE', anchorSource: 'NONE', anchorDate: null, deadline: null },
  { id: ids.expiredLead, action: 'anonymise', ruleId: 'RET_PROSPECT_EXPIRED', anchorSource: 'COLLECTION', anchorDate: '2021-05-01', deadline: '2024-05-01' },
] as const;

export const DUE_IDS: readonly string[] = [ids.expiredProspect, ids.expiredLead];

/** Every value that identifies someone: none may appear in the audit log or the opposition list. */
export function personalValues(): string[] {
  const people = [...CONTACTS, ...LEADS];
  const values = people.flatMap((p) => [p.firstName, p.lastName, p.emailAddress, p.phoneNumber, p.addressStreet, p.autoCibleBirthDate, p.description]);
  const vehicles = VEHICLES.flatMap((v) => [v.plate, v.vin, v.name, v.description]);
  const phones = people.map((p) => (typeof p.phoneNumber === 'string' ? `0${p.phoneNumber.slice(3)}` : null));
  return [...values, ...vehicles, ...phones].filter((v): v is string => typeof v === 'string' && v !== '');
}
