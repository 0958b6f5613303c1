import { defineEnum, option } from './define';
import type { CodeOf } from './define';

/** Function of a fleet contact (domain.md §1.12). */
export const CONTACT_ROLE = defineEnum('contactRole', [
  option('DIRIGEANT', 'Dirigeant (gérant, PDG, DG)', 'Owner / CEO / managing director', ['gérant', 'PDG', 'DG', 'CEO', 'président']),
  option('DAF', 'Directeur administratif et financier', 'CFO / finance director', ['CFO', 'directeur financier']),
  option('ACHETEUR', 'Acheteur / responsable achats', 'Purchasing manager', ['achats', 'buyer', 'purchasing']),
  option('RESP_PARC', 'Responsable ou gestionnaire de parc', 'Fleet manager', ['gestionnaire de parc', 'fleet manager', 'responsable flotte']),
  option('SERVICES_GEN', 'Responsable des services généraux', 'Facilities manager', ['services généraux', 'facilities']),
  option('OFFICE_MANAGER', 'Office manager / assistant(e) de direction', 'Office manager / PA', ['assistante de direction', 'assistant de direction']),
  option('RH', 'Ressources humaines', 'Human resources', ['ressources humaines', 'DRH', 'HR']),
  option('RSE_MOBILITE', 'Responsable RSE / mobilité', 'CSR / mobility manager', ['RSE', 'mobility manager', 'responsable mobilité']),
  option('COMPTABLE', 'Comptable / expert-comptable', 'Accountant', ['expert-comptable', 'accountant']),
  option('UTILISATEUR', 'Conducteur / utilisateur', 'Driver / user', ['conducteur', 'driver']),
]);
export type ContactRoleCode = CodeOf<typeof CONTACT_ROLE>;

/** Part the contact plays in the buying decision (domain.md §1.12). */
export const BUYING_ROLE = defineEnum('buyingRole', [
  option('DECIDEUR', 'Décideur', 'Decision-maker', ['decision maker']),
  option('PRESCRIPTEUR', 'Prescripteur', 'Specifier', ['prescriber']),
  option('INFLUENCEUR', 'Influenceur', 'Influencer'),
  option('PAYEUR', 'Payeur', 'Payer'),
  option('UTILISATEUR', 'Utilisateur', 'User', ['conducteur', 'driver']),
]);
export type BuyingRoleCode = CodeOf<typeof BUYING_ROLE>;

/** Private person or professional: decides which prospecting rules apply (domain.md §2.3). */
export const CUSTOMER_KIND = defineEnum('customerKind', [
  option('PARTICULIER', 'Particulier', 'Private individual', ['B2C', 'particulier', 'private', 'individual', 'consumer']),
  option('PROFESSIONNEL', 'Professionnel', 'Professional', ['B2B', 'pro', 'entreprise', 'business', 'société']),
]);
export type CustomerKindCode = CodeOf<typeof CUSTOMER_KIND>;

/** Position in the prospecting funnel (domain.md §4.4: suspect → prospect → client). */
export const LIFECYCLE_STAGE = defineEnum('lifecycleStage', [
  option('SUSPECT', 'Suspect', 'Suspect (unqualified)', ['cold lead']),
  option('PROSPECT', 'Prospect', 'Prospect (qualified)', ['lead']),
  option('CLIENT', 'Client', 'Customer', ['customer']),
  option('ANCIEN_CLIENT', 'Ancien client', 'Former customer', ['ex-client', 'client inactif', 'former customer', 'lapsed']),
]);
export type LifecycleStageCode = CodeOf<typeof LIFECYCLE_STAGE>;

/** Channel of the last contact that came from the person; restarts the CNIL clock (domain.md §2.2). */
export const INBOUND_CONTACT_SOURCE = defineEnum('inboundContactSource', [
  option('FORMULAIRE_WEB', 'Formulaire web', 'Web form', ['formulaire', 'site web', 'web form', 'website']),
  option('EMAIL', 'E-mail reçu', 'Email received', ['mail', 'courriel', 'e-mail']),
  option('APPEL_ENTRANT', 'Appel entrant', 'Inbound call', ['appel', 'téléphone', 'phone call']),
  option('VISITE_SHOWROOM', 'Visite en concession', 'Showroom visit', ['showroom', 'visite', 'concession']),
  option('ATELIER', 'Passage atelier', 'Workshop visit', ['SAV', 'après-vente', 'workshop', 'service']),
  option('SALON', 'Salon ou événement', 'Trade show or event', ['événement', 'trade show', 'event']),
  option('RESEAUX_SOCIAUX', 'Réseaux sociaux', 'Social media', ['Facebook', 'Instagram', 'LinkedIn', 'social']),
  option('AUTRE', 'Autre', 'Other', ['other']),
]);
export type InboundContactSourceCode = CodeOf<typeof INBOUND_CONTACT_SOURCE>;
