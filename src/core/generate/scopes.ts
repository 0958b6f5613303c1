import type { EntityDef } from '../catalogue/types';
import { MODULE_NAME } from './module';

/**
 * `scopes` metadata for the entity AutoCible owns (platform §2.3: the set verified on 9.2.7 and
 * 9.1.7, plus `hasPersonalData` so the host's Data Privacy tool covers plates and VINs).
 * Core entities need no scopes entry.
 */
export function generateScopes(entity: EntityDef): Record<string, unknown> | undefined {
  if (!entity.owned) return undefined;
  return {
    entity: true,
    object: true,
    module: MODULE_NAME,
    type: 'Base',
    layouts: true,
    tab: true,
    acl: true,
    aclPortal: false,
    customizable: true,
    importable: true,
    notifications: false,
    stream: false,
    hasPersonalData: true,
  };
}
