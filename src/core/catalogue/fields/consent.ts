import { CONSENT_SOURCE, CONSENT_STATUS } from '../enums/governance';
import { label } from '../label';
import type { FieldDef, Label } from '../types';

/** Consent is stored per channel, never as one boolean (domain.md §2.3–2.5); kept as RGPD art. 7(1) proof. */
const CONSENT = {
  audited: true,
  retention: 'consentProof',
  dataCategory: 'consent',
  panel: 'consent',
} as const;

interface Channel {
  readonly key: 'Email' | 'Sms' | 'Phone' | 'Postal';
  /** Channel name as it reads after « consentement … » / “… consent”. */
  readonly name: Label;
  /** The legal regime of the channel, appended to the status tooltip. */
  readonly rule: Label;
}

const CHANNELS: readonly Channel[] = [
  {
    key: 'Email',
    name: label('e-mail', 'Email'),
    rule: label(
      'Un particulier doit avoir donné son accord, sauf soft opt-in pour un client et des produits analogues (CPCE L34-5).',
      'A private person must have opted in, except soft opt-in for a customer and similar products (CPCE L34-5).',
    ),
  },
  {
    key: 'Sms',
    name: label('SMS', 'SMS'),
    rule: label(
      'Mêmes règles que l’e-mail : opt-in pour un particulier, sauf soft opt-in d’un client (CPCE L34-5).',
      'Same rules as email: opt-in for a private person, except a customer’s soft opt-in (CPCE L34-5).',
    ),
  },
  {
    key: 'Phone',
    name: label('téléphone', 'Phone'),
    rule: label(
      'À partir du 11 août 2026, un particulier doit avoir consenti avant d’être appelé, sauf pour un contrat en cours.',
      'From 11 August 2026 a private person must consent before being called, except about a contract in progress.',
    ),
  },
  {
    key: 'Postal',
    name: label('courrier', 'Postal'),
    rule: label(
      'Le courrier relève de l’opt-out : la personne doit avoir été informée et pouvoir s’opposer simplement.',
      'Postal mail is opt-out: the person must have been informed and be able to object simply.',
    ),
  },
];

function channelFields(channel: Channel): FieldDef[] {
  const { key, name, rule } = channel;
  return [
    {
      ...CONSENT,
      name: `autoCibleConsent${key}Status`,
      type: 'enum',
      enum: CONSENT_STATUS,
      isPersonalData: false,
      label: label(`Consentement ${name.fr}`, `${name.en} consent`),
      tooltip: label(`État du consentement pour ce canal. ${rule.fr}`, `Consent state for this channel. ${rule.en}`),
    },
    {
      ...CONSENT,
      name: `autoCibleConsent${key}Date`,
      type: 'date',
      isPersonalData: false,
      label: label(`Date du consentement ${name.fr}`, `${name.en} consent date`),
      tooltip: label(
        'Date à laquelle l’accord ou l’opposition a été recueilli ; elle fait partie de la preuve à conserver.',
        'Date the consent or objection was collected; it is part of the proof to keep.',
      ),
    },
    {
      ...CONSENT,
      name: `autoCibleConsent${key}Source`,
      type: 'enum',
      enum: CONSENT_SOURCE,
      isPersonalData: false,
      label: label(`Origine du consentement ${name.fr}`, `${name.en} consent source`),
      tooltip: label(
        'Comment l’accord ou l’opposition a été recueilli (formulaire, concession, import, téléphone…) ; un import doit citer le fichier source.',
        'How the consent or objection was collected (form, dealership, import, phone…); an import must name its source file.',
      ),
    },
    {
      ...CONSENT,
      name: `autoCibleConsent${key}Proof`,
      type: 'text',
      isPersonalData: true,
      label: label(`Preuve du consentement ${name.fr}`, `${name.en} consent proof`),
      tooltip: label(
        'Texte présenté à la personne ou référence du document signé, pour prouver le consentement (RGPD art. 7.1).',
        'Wording shown to the person or reference of the signed document, to prove the consent (GDPR art. 7(1)).',
      ),
    },
  ];
}

const CONSENT_HISTORY_FIELD: FieldDef = {
  ...CONSENT,
  name: 'autoCibleConsentHistory',
  type: 'text',
  isPersonalData: true,
  // The history is itself the audit trail of consent events; auditing it would copy every event into the stream.
  audited: false,
  computed: true,
  // The RGPD side panel shows it as a table.
  inDetailLayout: false,
  label: label('Historique des consentements', 'Consent history'),
  tooltip: label(
    'Journal JSON de tous les événements de consentement et d’opposition (canal, date, origine, preuve), tenu par AutoCible.',
    'JSON log of every consent and objection event (channel, date, source, proof), kept by AutoCible.',
  ),
};

export const CONSENT_FIELDS: readonly FieldDef[] = [...CHANNELS.flatMap(channelFields), CONSENT_HISTORY_FIELD];
