import type { EntityDef, Label, Lang } from '../catalogue/types';
import { generateClientDefs } from './client-defs';
import { generateEntityDefs } from './entity-defs';
import { generateGlobalI18n, generateScopeI18n } from './i18n';
import { generateLogicDefs } from './logic-defs';
import { RESOURCES_ROOT } from './module';
import { generateScopes } from './scopes';

export const LANGS: readonly Lang[] = ['fr_FR', 'en_US'];

/** A layout file shipped from `layouts/{Entity}/{name}.json`. */
export interface LayoutFile {
  readonly entityType: string;
  readonly name: string;
  readonly content: unknown;
}

export interface ModuleInputs {
  readonly catalogue: readonly EntityDef[];
  /** UI labels of our panels and admin pages, emitted into `Global.json > labels`. */
  readonly uiLabels: Readonly<Record<string, Label>>;
  readonly layouts: readonly LayoutFile[];
  /** Extra metadata/i18n files contributed by features (admin settings…), path → JSON. */
  readonly extraFiles?: Readonly<Record<string, unknown>>;
}

/**
 * Every JSON file of the backend module, keyed by its path inside the zip's `files/`.
 * Pure: the build script writes them; the package test reads them back from the zip.
 */
export function generateModuleFiles(inputs: ModuleInputs): Map<string, unknown> {
  const files = new Map<string, unknown>();
  const put = (path: string, content: unknown) => files.set(`${RESOURCES_ROOT}/${path}`, content);
  put('module.json', { order: 50 });
  for (const entity of inputs.catalogue) {
    const type = entity.entityType;
    put(`metadata/entityDefs/${type}.json`, generateEntityDefs(entity, inputs.catalogue));
    const scopes = generateScopes(entity);
    if (scopes !== undefined) put(`metadata/scopes/${type}.json`, scopes);
    const logic = generateLogicDefs(entity);
    const clientDefs = generateClientDefs(entity);
    // Dynamic logic lives in logicDefs from 9.1 and in clientDefs before: ship both (platform §8.17).
    if (logic !== undefined) put(`metadata/logicDefs/${type}.json`, logic);
    if (clientDefs !== undefined || logic !== undefined) {
      put(`metadata/clientDefs/${type}.json`, { ...clientDefs, ...(logic === undefined ? {} : { dynamicLogic: logic }) });
    }
    for (const lang of LANGS) put(`i18n/${lang}/${type}.json`, generateScopeI18n(entity, inputs.catalogue, lang));
  }
  for (const lang of LANGS) put(`i18n/${lang}/Global.json`, generateGlobalI18n(inputs.catalogue, inputs.uiLabels, lang));
  const appLayouts: Record<string, Record<string, { module: string }>> = {};
  for (const layout of inputs.layouts) {
    put(`layouts/${layout.entityType}/${layout.name}.json`, layout.content);
    const owned = inputs.catalogue.some((e) => e.owned && e.entityType === layout.entityType);
    // A module's layout for a core entity is ignored unless app/layouts.json claims it (§2.8, verified).
    if (!owned) (appLayouts[layout.entityType] ??= {})[layout.name] = { module: 'AutoCible' };
  }
  if (Object.keys(appLayouts).length > 0) put('metadata/app/layouts.json', appLayouts);
  for (const [path, content] of Object.entries(inputs.extraFiles ?? {})) put(path, content);
  return files;
}
