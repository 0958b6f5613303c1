// Texts of the score and RGPD side panels (issues 4 and 5) and the pure helpers that pick them.

// Labels, by panel and all together
export { panelsUiLabels } from './all-labels';
export { commonPanelUiLabels } from './common-labels';
export { rgpdPanelUiLabels } from './rgpd-labels';
export { scorePanelUiLabels } from './score-labels';

// Language and text helpers
export { fillPlaceholders, labelLang, optionText, uiText, userLanguage } from './ui-text';
export type { LabelLang } from './ui-text';
