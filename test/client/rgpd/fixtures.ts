/** Contacts and leads as EspoCRM returns them, with the consent and retention fields of the catalogue. */
import { consentToFields } from '../../../src/core/consent';
import type { ConsentEvent } from '../../../src/core/consent';

export const RGPD_PANEL_ID = 'auto-cible:views/record/panels/rgpd';

export const EMAIL_WORDING =
  'J’accepte de recevoir par e-mail les offres de la concession Garage Dupont et les rappels d’entretien de mon véhicule.';

export const emailOptIn: ConsentEvent = { channel: 'email', status: 'OPT_IN', date: '2026-03-14', source: 'FORMULAIRE', proof: EMAIL_WORDING };
export const phoneOptIn: ConsentEvent = { channel: 'phone', status: 'OPT_IN', date: '2026-05-02', source: 'MAGASIN', proof: 'Bon de commande n° 4521, case « appels »' };
export const smsSoftOptIn: ConsentEvent = { channel: 'sms', status: 'SOFT_OPT_IN', date: '2025-09-30', source: 'MAGASIN' };

/** A private person with the given consent history, written the way AutoCible writes it. */
export function b2cContact(history: readonly ConsentEvent[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { firstName: 'Jeanne', lastName: 'Martin', autoCibleCustomerKind: 'PARTICULIER', autoCibleLifecycleStage: 'PROSPECT', ...consentToFields(history), ...extra };
}

export const retentionPlanned = {
  autoCibleRetentionAnchorDate: '2023-12-10',
  autoCibleRetentionAnchorSource: 'INBOUND_CONTACT',
  autoCibleRetentionDeadline: '2026-12-10',
  autoCibleRetentionStatus: 'REPERMISSION',
  autoCibleLegalHold: false,
  autoCibleLegalHoldReason: null,
};
