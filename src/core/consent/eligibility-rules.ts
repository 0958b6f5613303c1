import type { Label } from '../catalogue';
import { LEGAL } from './legal-references';

export interface EligibilityRule {
  readonly eligible: boolean;
  readonly reason: Label;
  readonly legalReference: string;
}

function rule(eligible: boolean, fr: string, en: string, legalReference: string): EligibilityRule {
  return { eligible, reason: { fr, en }, legalReference };
}

/** Every answer `eligibility` can give, by rule id. Data, so the panel and the CLI can list them. */
export const ELIGIBILITY_RULES = {
  HOST_EMAIL_OPTED_OUT: rule(false, 'L’adresse e-mail est désinscrite dans EspoCRM.', 'The email address is opted out in EspoCRM.', LEGAL.objection),
  HOST_PHONE_OPTED_OUT: rule(false, 'Le numéro est désinscrit dans EspoCRM.', 'The phone number is opted out in EspoCRM.', LEGAL.objection),
  HOST_DO_NOT_CALL: rule(false, 'La fiche est marquée « Ne pas appeler » dans EspoCRM.', 'The record is marked “Do not call” in EspoCRM.', LEGAL.objection),
  CONSENT_OPTED_OUT: rule(false, 'La personne s’est opposée à la prospection sur ce canal.', 'The person objected to marketing on this channel.', LEGAL.objection),
  B2C_ELECTRONIC_OPT_IN: rule(true, 'Le particulier a donné son accord préalable.', 'The private person gave prior consent.', LEGAL.electronicOptIn),
  B2C_ELECTRONIC_SOFT_OPT_IN: rule(
    true,
    'Client existant (soft opt-in) : seulement pour des produits ou services analogues de la concession.',
    'Existing customer (soft opt-in): only for the dealership’s similar products or services.',
    LEGAL.softOptIn,
  ),
  B2C_ELECTRONIC_SOFT_OPT_IN_NOT_CUSTOMER: rule(
    false,
    'Soft opt-in enregistré, mais la personne n’est pas cliente : il faut son accord préalable.',
    'Soft opt-in recorded but the person is not a customer: prior consent is needed.',
    LEGAL.softOptIn,
  ),
  B2C_ELECTRONIC_NO_CONSENT: rule(
    false,
    'Aucun accord préalable ni soft opt-in d’un client : un particulier ne peut pas être prospecté par e-mail ou SMS.',
    'No prior consent nor a customer’s soft opt-in: a private person cannot be sent marketing email or SMS.',
    LEGAL.electronicOptIn,
  ),
  B2B_ELECTRONIC_ALLOWED: rule(
    true,
    'Adresse professionnelle : autorisé sans accord préalable si le message concerne la profession et tant que la personne ne s’y oppose pas.',
    'Professional address: allowed without prior consent if the message relates to the person’s job, unless they object.',
    LEGAL.b2bElectronic,
  ),
  B2C_PHONE_BLOCTEL_LISTED: rule(false, 'Le numéro est inscrit sur Bloctel.', 'The number is registered on Bloctel.', LEGAL.bloctel),
  B2C_PHONE_BLOCTEL_UNCHECKED: rule(
    false,
    'Numéro non vérifié sur Bloctel : le fichier doit être confronté à Bloctel avant d’appeler un particulier.',
    'Number not checked against Bloctel: the file must be cleaned against Bloctel before calling a private person.',
    LEGAL.bloctel,
  ),
  B2C_PHONE_BLOCTEL_CONTRACT: rule(
    true,
    'Contrat en cours : l’appel est permis malgré Bloctel, seulement en rapport avec ce contrat.',
    'Contract in progress: the call is allowed despite Bloctel, only about that contract.',
    LEGAL.bloctel,
  ),
  B2C_PHONE_NOT_OPPOSED: rule(
    true,
    'Jusqu’au 10 août 2026 : appel permis, la personne ne s’y est pas opposée et n’est pas sur Bloctel.',
    'Until 10 August 2026: the call is allowed, the person has not objected and is not on Bloctel.',
    LEGAL.bloctel,
  ),
  B2C_PHONE_PRIOR_CONSENT: rule(true, 'Le particulier a consenti à être démarché par téléphone.', 'The private person consented to phone marketing.', LEGAL.priorPhoneConsent),
  B2C_PHONE_CONTRACT: rule(
    true,
    'Contrat en cours : l’appel est permis sans consentement, seulement en rapport avec ce contrat.',
    'Contract in progress: the call is allowed without consent, only about that contract.',
    LEGAL.priorPhoneConsent,
  ),
  B2C_PHONE_NO_CONSENT: rule(
    false,
    'Depuis le 11 août 2026, un particulier ne peut être appelé qu’avec son consentement préalable.',
    'Since 11 August 2026 a private person may only be called with prior consent.',
    LEGAL.priorPhoneConsent,
  ),
  B2B_PHONE_ALLOWED: rule(
    true,
    'Numéro professionnel : appel permis tant que la personne ne s’y oppose pas (Bloctel ne vise que les consommateurs).',
    'Professional number: the call is allowed unless the person objects (Bloctel covers consumers only).',
    LEGAL.legitimateInterest,
  ),
  POSTAL_ALLOWED: rule(
    true,
    'Courrier : permis tant que la personne, informée, ne s’y oppose pas.',
    'Postal mail: allowed unless the person, once informed, objects.',
    LEGAL.postal,
  ),
} as const satisfies Readonly<Record<string, EligibilityRule>>;

export type EligibilityRuleId = keyof typeof ELIGIBILITY_RULES;
