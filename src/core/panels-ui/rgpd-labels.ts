import type { Label } from '../catalogue';

/** Every text of the RGPD side panel (issue 5), written to `Global.json > labels`. `{name}` is filled by the panel. */
export const rgpdPanelUiLabels: Readonly<Record<string, Label>> = {
  autoCibleRgpdPanel: { fr: 'RGPD : consentements et conservation', en: 'GDPR: consent and retention' },
  autoCibleRgpdConsentHeading: { fr: 'Consentement et prospection par canal', en: 'Consent and marketing by channel' },
  autoCibleRgpdChannelEmail: { fr: 'E-mail', en: 'Email' },
  autoCibleRgpdChannelSms: { fr: 'SMS', en: 'SMS' },
  autoCibleRgpdChannelPhone: { fr: 'Téléphone', en: 'Phone' },
  autoCibleRgpdChannelPostal: { fr: 'Courrier', en: 'Postal mail' },
  autoCibleRgpdStatus: { fr: 'Statut', en: 'Status' },
  autoCibleRgpdDate: { fr: 'Date', en: 'Date' },
  autoCibleRgpdSource: { fr: 'Origine', en: 'Source' },
  autoCibleRgpdSourceOppositionList: { fr: 'Liste d’opposition (AutoCible)', en: 'Opposition list (AutoCible)' },
  autoCibleRgpdSourceEspoFlag: { fr: 'Case de désinscription EspoCRM', en: 'EspoCRM opt-out box' },
  autoCibleRgpdProof: { fr: 'Preuve', en: 'Proof' },
  autoCibleRgpdMarketing: { fr: 'Prospection', en: 'Marketing' },
  autoCibleRgpdEligible: { fr: 'Autorisée', en: 'Allowed' },
  autoCibleRgpdNotEligible: { fr: 'Interdite', en: 'Not allowed' },
  autoCibleRgpdUndetermined: { fr: 'Non évaluée', en: 'Not assessed' },
  autoCibleRgpdLegalReference: { fr: 'Référence : {reference}', en: 'Reference: {reference}' },
  autoCibleRgpdHistoryUnreadable: {
    fr: 'Historique des consentements illisible : la prospection n’est évaluée sur aucun canal tant qu’il n’est pas corrigé, car il peut contenir des oppositions.',
    en: 'Consent history unreadable: marketing is not assessed on any channel until it is fixed, as it may hold objections.',
  },
  autoCibleRgpdRelationshipUnread: {
    fr: 'Ventes ou véhicules de la personne illisibles avec vos droits : un client ou un contrat en cours peut autoriser un canal affiché ici comme interdit.',
    en: 'This person’s sales or vehicles cannot be read with your access: being a customer or a running contract may allow a channel shown here as not allowed.',
  },
  autoCibleRgpdRejectedProof: {
    fr: 'Opt-in saisi sans preuve : non enregistré.',
    en: 'Opt-in entered without proof: not recorded.',
  },
  autoCibleRgpdRejectedDate: {
    fr: 'Consentement saisi sans date valide : non enregistré.',
    en: 'Consent entered without a valid date: not recorded.',
  },
  autoCibleRgpdRejectedValue: {
    fr: 'Valeur de consentement inconnue : non enregistrée.',
    en: 'Unknown consent value: not recorded.',
  },
  autoCibleRgpdRetentionHeading: { fr: 'Conservation des données', en: 'Data retention' },
  autoCibleRgpdNotPlanned: {
    fr: 'Pas encore de plan de conservation : le calcul n’a pas encore traité cette fiche.',
    en: 'No retention plan yet: the retention job has not processed this record.',
  },
  autoCibleRgpdAnchor: { fr: 'Début du délai', en: 'Clock start' },
  autoCibleRgpdAnchorSource: { fr: 'Origine du délai', en: 'Clock source' },
  autoCibleRgpdDeadline: { fr: 'Échéance', en: 'Deadline' },
  autoCibleRgpdDeadlineToday: { fr: 'échéance aujourd’hui', en: 'due today' },
  autoCibleRgpdDeadlineSoon: { fr: 'dans {days} jour(s)', en: 'in {days} day(s)' },
  autoCibleRgpdDeadlinePast: { fr: 'dépassée depuis {days} jour(s)', en: 'passed {days} day(s) ago' },
  autoCibleRgpdRetentionStatus: { fr: 'Statut', en: 'Status' },
  autoCibleRgpdLegalHold: { fr: 'Gel juridique', en: 'Legal hold' },
  autoCibleRgpdLegalHoldReason: { fr: 'Motif du gel', en: 'Hold reason' },
};
