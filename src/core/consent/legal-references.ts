/** Legal references quoted by eligibility answers (domain.md §2.1, §2.3–2.5). */
export const LEGAL = {
  objection: 'RGPD art. 21(2) et 21(3)',
  electronicOptIn: 'CPCE art. L34-5 al. 1',
  softOptIn: 'CPCE art. L34-5 al. 4',
  b2bElectronic:
    'CPCE art. L34-5 ; CNIL, « La prospection commerciale par courrier électronique » (B2B : message en rapport avec la profession, opposition simple)',
  bloctel: 'C. consom. art. L223-1 (liste d’opposition Bloctel), rédaction en vigueur jusqu’au 10 août 2026',
  priorPhoneConsent: 'C. consom. art. L223-1, modifié par la loi n° 2025-594 du 30 juin 2025 (art. 13), en vigueur le 11 août 2026',
  legitimateInterest: 'RGPD art. 6(1)(f) et 21',
  postal: 'RGPD art. 6(1)(f) et 21 ; CNIL, communication du 6 décembre 2019 sur la prospection par courrier',
} as const;

/** First day on which a consumer may be called only with prior consent (loi n° 2025-594, art. 13 III). */
export const PHONE_PRIOR_CONSENT_FROM = '2026-08-11';
