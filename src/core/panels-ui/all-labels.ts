import type { Label } from '../catalogue';
import { commonPanelUiLabels } from './common-labels';
import { rgpdPanelUiLabels } from './rgpd-labels';
import { scorePanelUiLabels } from './score-labels';

/** Every label of both panels, for `allUiLabels()`. */
export const panelsUiLabels: Readonly<Record<string, Label>> = { ...commonPanelUiLabels, ...scorePanelUiLabels, ...rgpdPanelUiLabels };
