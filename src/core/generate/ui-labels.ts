import type { Label } from '../catalogue/types';
import { panelsUiLabels } from '../panels-ui';
import { vmcUiLabels } from '../vmc';

/** Every UI label our panels and pages read from `Global.json > labels`, all features together. */
export function allUiLabels(): Readonly<Record<string, Label>> {
  return { ...vmcUiLabels, ...panelsUiLabels };
}
