/** The retention period of each retention category, in words, from the policy in force (domain.md §2.2). */
import type { Label, RetentionCategory } from '../../core/catalogue';
import type { RetentionPolicy } from '../../core/retention';
import { RETENTION_SOURCES } from '../../core/retention';

function years(months: number, lang: 'fr' | 'en'): string {
  if (months % 12 !== 0) return lang === 'fr' ? `${months} mois` : `${months} months`;
  const n = months / 12;
  return lang === 'fr' ? `${n} an${n > 1 ? 's' : ''}` : `${n} year${n > 1 ? 's' : ''}`;
}

export function retentionPeriod(category: RetentionCategory, policy: RetentionPolicy): Label {
  switch (category) {
    case 'person':
      return {
        fr: `Prospect : ${years(policy.prospectMonths, 'fr')} après la collecte ou le dernier contact venant de lui ; client : ${years(policy.customerMonths, 'fr')} après la fin de la relation (dernier achat, fin du financement, fin de garantie, dernier passage atelier). Puis anonymisation (autocible retention apply).`,
        en: `Prospect: ${years(policy.prospectMonths, 'en')} after collection or their last inbound contact; customer: ${years(policy.customerMonths, 'en')} after the end of the relationship (last purchase, end of financing, end of warranty, last workshop visit). Then anonymised (autocible retention apply).`,
      };
    case 'consentProof':
      return {
        fr: 'Tant que le traitement repose sur le consentement, puis archivage pour la durée de prescription ; effacée avec la personne.',
        en: 'As long as the processing relies on the consent, then archived for the limitation period; erased with the person.',
      };
    case 'computed':
      return { fr: 'Recalculée par AutoCible ; effacée avec la personne.', en: 'Recomputed by AutoCible; erased with the person.' };
    case 'business':
      return { fr: 'Conservée pour les statistiques après anonymisation de la personne.', en: 'Kept for statistics once the person is anonymised.' };
  }
}

/** The legal reference of the person clock, cited once in the register. */
export const RETENTION_REFERENCE = RETENTION_SOURCES.prospect.reference;

/**
 * Accounts are companies: `retention apply` leaves them alone. Their personal-data fields (an email that
 * names someone, e.g. a sole trader's) follow the relationship with the company and are erased by hand.
 */
export const ACCOUNT_RETENTION: Label = {
  fr: 'Compte (entreprise) : pendant la relation avec l’entreprise, puis 3 ans ; si la donnée désigne une personne, effacement manuel (l’anonymisation automatique ne traite que les contacts et les pistes).',
  en: 'Account (company): during the relationship with the company, then 3 years; if the value names a person, erase it by hand (automatic anonymisation covers contacts and leads only).',
};

/** The period of one field: an account's fields follow the company, others their retention category. */
export function fieldRetentionPeriod(entityType: string, category: RetentionCategory, policy: RetentionPolicy): Label {
  return entityType === 'Account' && category === 'person' ? ACCOUNT_RETENTION : retentionPeriod(category, policy);
}
