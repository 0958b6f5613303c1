import type { Label } from '../catalogue';

/** Every text of the score side panel (issue 4), written to `Global.json > labels`. */
export const scorePanelUiLabels: Readonly<Record<string, Label>> = {
  autoCibleScorePanel: { fr: 'Score et raisons', en: 'Score and reasons' },
  autoCibleScorePanelNotScored: {
    fr: 'Pas encore de score : le calcul n’a pas encore traité cette fiche.',
    en: 'Not scored yet: the scoring job has not processed this record.',
  },
  autoCibleScorePanelScore: { fr: 'Score', en: 'Score' },
  autoCibleScorePanelGrade: { fr: 'Note', en: 'Grade' },
  autoCibleScorePanelFit: { fr: 'Adéquation', en: 'Fit' },
  autoCibleScorePanelEngagement: { fr: 'Engagement', en: 'Engagement' },
  autoCibleScorePanelChannels: { fr: 'Canaux de contact', en: 'Contact channels' },
  autoCibleScorePanelChannelsNote: {
    fr: 'Le consentement ne donne aucun point : il indique seulement les canaux utilisables.',
    en: 'Consent earns no points: it only tells which channels may be used.',
  },
  autoCibleScorePanelChannelsUnreadable: {
    fr: 'Historique des consentements illisible : aucun canal n’est évalué (voir le panneau RGPD).',
    en: 'Consent history unreadable: no channel is assessed (see the GDPR panel).',
  },
  autoCibleScorePanelReasons: { fr: 'Raisons', en: 'Reasons' },
  autoCibleScorePanelRule: { fr: 'Règle', en: 'Rule' },
  autoCibleScorePanelValue: { fr: 'Valeur observée', en: 'Value seen' },
  autoCibleScorePanelPoints: { fr: 'Points', en: 'Points' },
  autoCibleScorePanelFitTotal: { fr: 'Total adéquation', en: 'Fit total' },
  autoCibleScorePanelEngagementTotal: { fr: 'Total engagement', en: 'Engagement total' },
  autoCibleScorePanelNoReason: { fr: 'Aucune règle n’a donné de points.', en: 'No rule gave any points.' },
  autoCibleScorePanelReasonsUnreadable: {
    fr: 'Le détail des raisons est illisible ; il sera réécrit au prochain calcul.',
    en: 'The reason details cannot be read; the next scoring run rewrites them.',
  },
  autoCibleScorePanelScoredAt: { fr: 'Calculé le', en: 'Scored at' },
  autoCibleScorePanelModel: { fr: 'Modèle', en: 'Model' },
};
