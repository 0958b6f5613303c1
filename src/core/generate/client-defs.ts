import type { EntityDef } from '../catalogue/types';
import { SIDE_PANELS } from './panels';

/**
 * clientDefs for one entity: the record controller and icon for the owned entity, and our side
 * panels appended to the host's (`__APPEND__` keeps core and other extensions' panels, §2.1).
 */
export function generateClientDefs(entity: EntityDef): Record<string, unknown> | undefined {
  const defs: Record<string, unknown> = {};
  if (entity.owned) {
    defs.controller = 'controllers/record';
    defs.iconClass = 'fas fa-car';
  }
  const panels = SIDE_PANELS.filter((p) => p.entityTypes.includes(entity.entityType));
  if (panels.length > 0) {
    defs.sidePanels = {
      detail: ['__APPEND__', ...panels.map((p) => ({ name: p.name, label: p.label, view: p.view }))],
    };
  }
  return Object.keys(defs).length === 0 ? undefined : defs;
}
