import type { Label, PanelId } from '../catalogue/types';

/** Detail-layout panels: the `label` key used in layouts/ and its translations. */
export const LAYOUT_PANELS: Readonly<Record<PanelId, { readonly key: string; readonly label: Label }>> = {
  targeting: { key: 'autoCibleTargeting', label: { fr: 'Automobile / ciblage', en: 'Automotive / targeting' } },
  fleet: { key: 'autoCibleFleet', label: { fr: 'Parc automobile', en: 'Vehicle fleet' } },
  b2c: { key: 'autoCibleB2c', label: { fr: 'Profil particulier', en: 'Private-customer profile' } },
  vehicle: { key: 'autoCibleVehicle', label: { fr: 'Véhicule', en: 'Vehicle' } },
  financing: { key: 'autoCibleFinancing', label: { fr: 'Achat et financement', en: 'Purchase and financing' } },
  score: { key: 'autoCibleScoring', label: { fr: 'Score AutoCible', en: 'AutoCible score' } },
  consent: { key: 'autoCibleConsent', label: { fr: 'Consentements (RGPD)', en: 'Consent (GDPR)' } },
  retention: { key: 'autoCibleRetention', label: { fr: 'Conservation (RGPD)', en: 'Retention (GDPR)' } },
  vmc: { key: 'autoCibleVmc', label: { fr: 'Valeur client (VMC)', en: 'Customer value (VMC)' } },
};
