/** Labels of the CNIL register model (domain.md §2.8) and of the catalogue's categories, in both languages. */
import type { DataCategory, Label, RetentionCategory } from '../../core/catalogue';

/** The fields of a CNIL register record (« fiche de registre »), in the model's order. */
export const CNIL_FIELDS = {
  reference: { fr: 'Référence', en: 'Reference' },
  name: { fr: 'Nom du traitement', en: 'Processing activity' },
  createdOn: { fr: 'Date de création', en: 'Created on' },
  updatedOn: { fr: 'Dernière mise à jour', en: 'Last updated' },
  jointController: { fr: 'Responsable conjoint', en: 'Joint controller' },
  purposes: { fr: 'Finalités', en: 'Purposes' },
  legalBasis: { fr: 'Base légale', en: 'Legal basis' },
  dataSubjects: { fr: 'Catégories de personnes concernées', en: 'Categories of data subjects' },
  dataCategories: { fr: 'Catégories de données', en: 'Categories of personal data' },
  sensitiveData: { fr: 'Données sensibles', en: 'Sensitive data' },
  sources: { fr: 'Sources des données', en: 'Data sources' },
  recipients: { fr: 'Destinataires', en: 'Recipients' },
  transfers: { fr: 'Transferts hors UE et garanties', en: 'Transfers outside the EU and safeguards' },
  retention: { fr: 'Durées de conservation', en: 'Retention periods' },
  security: { fr: 'Mesures de sécurité', en: 'Security measures' },
  dpia: { fr: 'Analyse d’impact (AIPD)', en: 'Data protection impact assessment (DPIA)' },
} as const satisfies Readonly<Record<string, Label>>;

export type CnilField = keyof typeof CNIL_FIELDS;

/** Organisation-level fields of the register. */
export const ORGANISATION_FIELDS = {
  controller: { fr: 'Responsable du traitement', en: 'Controller' },
  representative: { fr: 'Représentant', en: 'Representative' },
  dpo: { fr: 'Délégué à la protection des données (DPO)', en: 'Data protection officer (DPO)' },
} as const satisfies Readonly<Record<string, Label>>;

export const DATA_CATEGORY_LABELS: Readonly<Record<DataCategory, Label>> = {
  identity: { fr: 'Identité', en: 'Identity' },
  contact: { fr: 'Coordonnées', en: 'Contact details' },
  profile: { fr: 'Profil et vie personnelle', en: 'Profile and personal life' },
  vehicle: { fr: 'Véhicule', en: 'Vehicle' },
  financing: { fr: 'Financement', en: 'Financing' },
  economic: { fr: 'Situation économique', en: 'Economic situation' },
  activity: { fr: 'Relation commerciale et contacts', en: 'Commercial relationship and contacts' },
  consent: { fr: 'Consentements et oppositions', en: 'Consents and objections' },
  scoring: { fr: 'Score commercial', en: 'Lead score' },
  retention: { fr: 'Gestion de la conservation', en: 'Retention management' },
  value: { fr: 'Valeur client', en: 'Customer value' },
};

export const ENTITY_LABELS: Readonly<Record<string, Label>> = {
  Contact: { fr: 'Contact', en: 'Contact' },
  Lead: { fr: 'Piste', en: 'Lead' },
  Account: { fr: 'Compte', en: 'Account' },
  AutoCibleVehicle: { fr: 'Véhicule', en: 'Vehicle' },
};

export const RETENTION_CATEGORY_LABELS: Readonly<Record<RetentionCategory, Label>> = {
  person: { fr: 'Suit la personne', en: 'Follows the person' },
  consentProof: { fr: 'Preuve de consentement', en: 'Consent proof' },
  business: { fr: 'Donnée d’activité', en: 'Business data' },
  computed: { fr: 'Calculée', en: 'Computed' },
};
