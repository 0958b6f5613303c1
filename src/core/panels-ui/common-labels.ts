import type { Label } from '../catalogue';

/** Texts both the score and the RGPD panels show. */
export const commonPanelUiLabels: Readonly<Record<string, Label>> = {
  autoCiblePanelYes: { fr: 'Oui', en: 'Yes' },
  autoCiblePanelNo: { fr: 'Non', en: 'No' },
  autoCiblePanelEmpty: { fr: '—', en: '—' },
};
