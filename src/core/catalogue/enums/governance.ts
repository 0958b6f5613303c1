import { defineEnum, option } from './define';
import type { CodeOf } from './define';

/** Letter grade of the combined score; thresholds live with the scoring model, not here. */
export const SCORE_GRADE = defineEnum('scoreGrade', [
  option('A', 'A (prioritaire)', 'A (top priority)', ['chaud', 'hot']),
  option('B', 'B (à travailler)', 'B (warm)', ['tiède', 'warm']),
  option('C', 'C (à nourrir)', 'C (nurture)', ['nurturing']),
  option('D', 'D (froid)', 'D (cold)', ['froid', 'cold']),
]);
export type ScoreGradeCode = CodeOf<typeof SCORE_GRADE>;

/**
 * Consent state of one channel (CPCE L34-5, domain.md §2.3–2.5). Import spellings are matched without case,
 * accents or punctuation. Objections accept the words people and tools use for them (an objection must never
 * be refused for its wording); consents accept only unambiguous words.
 */
export const CONSENT_STATUS = defineEnum('consentStatus', [
  option('OPT_IN', 'Consentement donné (opt-in)', 'Consent given (opt-in)', ['opt-in', 'optin', 'oui', 'yes', 'consentement']),
  option('SOFT_OPT_IN', 'Soft opt-in (client, produits analogues)', 'Soft opt-in (customer, similar products)', ['soft opt-in', 'softoptin']),
  option('OPT_OUT', 'Opposition (opt-out)', 'Objection (opt-out)', [
    'opt-out', 'optout', 'non', 'no', 'opposition', 'opposé', 'opposée', 'objection', 'stop',
    'désinscrit', 'désinscrite', 'désinscription', 'désabonné', 'désabonnée', 'désabonnement', 'unsubscribed', 'unsubscribe',
    'refus', 'refusé', 'refusée', 'consentement refusé', 'retrait', 'retrait du consentement', 'consentement retiré', 'retiré',
  ]),
  option('UNKNOWN', 'Inconnu', 'Unknown', ['inconnu', 'non renseigné']),
]);
export type ConsentStatusCode = CodeOf<typeof CONSENT_STATUS>;

/** Where a consent (or objection) was collected, part of the art. 7(1) proof. */
export const CONSENT_SOURCE = defineEnum('consentSource', [
  option('FORMULAIRE', 'Formulaire (web ou papier)', 'Form (web or paper)', ['formulaire web', 'site web', 'web form']),
  option('MAGASIN', 'En concession', 'At the dealership', ['concession', 'showroom', 'point de vente', 'in store']),
  option('IMPORT', 'Import de fichier', 'File import', ['fichier', 'file import']),
  option('TELEPHONE', 'Téléphone', 'Phone', ['appel', 'phone']),
  option('EMAIL', 'E-mail', 'Email', ['mail', 'courriel']),
  option('COURRIER', 'Courrier', 'Postal mail', ['lettre', 'post', 'mail postal']),
  option('AUTRE', 'Autre', 'Other', ['other']),
]);
export type ConsentSourceCode = CodeOf<typeof CONSENT_SOURCE>;

/** Outcome of the retention plan for a person (domain.md §2.9). */
export const RETENTION_STATUS = defineEnum('retentionStatus', [
  option('KEEP', 'À conserver', 'Keep'),
  option('REPERMISSION', 'Re-permission à demander', 'Ask for re-permission'),
  option('ANONYMISE', 'À anonymiser', 'To be anonymised', ['anonymize']),
  option('REVIEW', 'À examiner', 'Needs review'),
  option('HOLD', 'Gel juridique', 'Legal hold', ['legal hold']),
  option('ANONYMISED', 'Déjà anonymisé', 'Already anonymised', ['anonymized', 'anonymised']),
]);
export type RetentionStatusCode = CodeOf<typeof RETENTION_STATUS>;

/** Event that started the retention clock (CNIL référentiel 2021, domain.md §2.2). */
export const RETENTION_ANCHOR_SOURCE = defineEnum('retentionAnchorSource', [
  option('COLLECTION', 'Collecte des données', 'Data collection'),
  option('INBOUND_CONTACT', 'Dernier contact entrant', 'Last inbound contact'),
  option('PURCHASE', 'Dernier achat', 'Last purchase'),
  option('FINANCING_END', 'Fin du contrat de financement', 'End of financing contract'),
  option('WARRANTY_END', 'Fin de garantie constructeur', 'End of manufacturer warranty'),
  option('WORKSHOP_VISIT', 'Dernier passage atelier', 'Last workshop visit'),
  option('NONE', 'Aucune date connue', 'No known date'),
]);
export type RetentionAnchorSourceCode = CodeOf<typeof RETENTION_ANCHOR_SOURCE>;
