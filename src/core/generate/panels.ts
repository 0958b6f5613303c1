import type { EntityType } from '../catalogue/types';

/** A side panel AutoCible adds to a record's detail view (clientDefs `sidePanels.detail`). */
export interface SidePanelRegistration {
  readonly name: string;
  /** Label key, translated through `{Scope}.labels` then `Global.labels` (platform §2.4). */
  readonly label: string;
  readonly view: string;
  readonly entityTypes: readonly EntityType[];
}

export const SIDE_PANELS: readonly SidePanelRegistration[] = [
  {
    name: 'autoCibleVmc',
    label: 'autoCibleVmcPanel',
    view: 'auto-cible:views/record/panels/vmc',
    entityTypes: ['Account', 'Contact'],
  },
  {
    name: 'autoCibleScore',
    label: 'autoCibleScorePanel',
    view: 'auto-cible:views/record/panels/score',
    entityTypes: ['Account', 'Contact', 'Lead'],
  },
  {
    name: 'autoCibleRgpd',
    label: 'autoCibleRgpdPanel',
    view: 'auto-cible:views/record/panels/rgpd',
    entityTypes: ['Contact', 'Lead'],
  },
];
