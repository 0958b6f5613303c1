/**
 * Every text of the VMC side panel and of the VMC admin form, in French and English. The i18n generator
 * writes them into `Global.json > labels` of fr_FR and en_US; the panel reads them with
 * `this.translate(key, 'labels', 'Global')`. `{name}` placeholders are filled by the panel.
 */
export const vmcUiLabels: Readonly<Record<string, { readonly fr: string; readonly en: string }>> = {
  autoCibleVmcPanel: { fr: 'Valeur moyenne client (VMC)', en: 'Average customer value (VMC)' },
  autoCibleVmcBrute: { fr: 'VMC brute (CA)', en: 'Gross VMC (revenue)' },
  autoCibleVmcAcquisitionCost: { fr: "Coût d’acquisition", en: 'Acquisition cost' },
  autoCibleVmcNette: { fr: 'VMC nette (CA)', en: 'Net VMC (revenue)' },
  autoCibleVmcCourseNote: {
    fr: 'Formule du cours : achats/an × montant moyen + montant moyen × taux de rétention × (période − 1) ; coût d’acquisition = coût pour atteindre / taux de conversion.',
    en: 'Course formula: purchases/year × average amount + average amount × retention rate × (period − 1); acquisition cost = cost to reach / conversion rate.',
  },
  autoCibleVmcMarginHeading: { fr: 'Variante sur marge', en: 'Margin variant' },
  autoCibleVmcMarge: { fr: 'VMC sur marge', en: 'VMC on margin' },
  autoCibleVmcNetteMarge: { fr: 'VMC nette sur marge', en: 'Net VMC on margin' },
  autoCibleVmcMarginCaveat: {
    fr: 'Variante ajoutée au cours : même formule avec montant moyen × taux de marge sur prix de vente (taux de marque : 50 € de marge sur 200 € HT = 25 %). La VMC nette du cours retire un coût d’un chiffre d’affaires et surestime donc la valeur.',
    en: 'Not in the course: the same formula with average amount × margin on selling price (€50 margin on €200 excl. VAT = 25 %). The course’s net VMC subtracts a cost from revenue, so it overstates value.',
  },
  autoCibleVmcInputsHeading: { fr: 'Données utilisées', en: 'Inputs used' },
  autoCibleVmcPurchasesPerYear: { fr: 'Achats par an', en: 'Purchases per year' },
  autoCibleVmcAverageAmount: { fr: 'Montant moyen', en: 'Average amount' },
  autoCibleVmcRetentionRate: { fr: 'Taux de rétention', en: 'Retention rate' },
  autoCibleVmcPeriodYears: { fr: 'Période (années)', en: 'Period (years)' },
  autoCibleVmcCostToReach: { fr: 'Coût pour atteindre un client', en: 'Cost to reach a customer' },
  autoCibleVmcConversionRate: { fr: 'Taux de conversion', en: 'Conversion rate' },
  // The course's « taux de marge » is the margin as a share of the selling price (m × taux = profit per sale):
  // in accounting terms a taux de marque (domain.md §4.5), not a markup on cost. The label says which.
  autoCibleVmcMarginRate: { fr: 'Taux de marge sur prix de vente HT (taux de marque)', en: 'Margin on selling price (excl. VAT)' },
  autoCibleVmcPurchaseHistory: { fr: 'Historique d’achats', en: 'Purchase history' },
  autoCibleVmcSourceHistory: {
    fr: 'historique : {count} opportunité(s) gagnée(s) sur {years} an(s)',
    en: 'history of {count} won opportunities over {years} year(s)',
  },
  autoCibleVmcSourceDefaultParticulier: { fr: 'défaut pour particulier', en: 'default for private individuals' },
  autoCibleVmcSourceDefaultProfessionnel: { fr: 'défaut pour professionnel', en: 'default for professionals' },
  autoCibleVmcKindParticulier: { fr: 'Particulier', en: 'Private individual' },
  autoCibleVmcKindProfessionnel: { fr: 'Professionnel', en: 'Professional' },
  autoCibleVmcNotAvailable: { fr: 'n/a', en: 'n/a' },
  autoCibleVmcImpossibleInput: {
    fr: 'Calcul impossible : valeur invalide pour « {input} ».',
    en: 'Cannot compute: invalid value for “{input}”.',
  },
  autoCibleVmcHistoryUnavailable: {
    fr: 'Historique d’achats non chargé : valeurs par défaut utilisées.',
    en: 'Purchase history not loaded: defaults used.',
  },
  autoCibleVmcHistoryLimited: {
    fr: 'Vos droits ne montrent que vos opportunités ou celles de votre équipe : l’historique d’achats peut être incomplet.',
    en: 'Your access shows only your own or your team’s opportunities: the purchase history may be incomplete.',
  },
  autoCibleVmcHistoryTruncated: {
    fr: 'Seules les {count} opportunités gagnées les plus récentes sont prises en compte.',
    en: 'Only the {count} most recent won opportunities are counted.',
  },
};
