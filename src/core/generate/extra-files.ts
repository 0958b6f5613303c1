import type { Label, Lang } from '../catalogue/types';
import { VMC_ADMIN, vmcSettingsFields, vmcUiLabels } from '../vmc';
import { pick } from './i18n';
import { LANGS } from './module-files';

/**
 * Metadata and i18n files contributed by features beyond the catalogue, keyed by path under the
 * module's Resources/: the AutoCible section of Administration and the VMC defaults it edits,
 * stored as Settings (config) params (research note on admin settings; platform §2.1 merge rules:
 * a new adminPanel key needs no `__APPEND__`).
 */
export function extraModuleFiles(): Record<string, unknown> {
  const files: Record<string, unknown> = {
    'metadata/app/adminPanel.json': adminPanel(),
    'metadata/entityDefs/Settings.json': settingsEntityDefs(),
  };
  for (const lang of LANGS) {
    files[`i18n/${lang}/Admin.json`] = adminI18n(lang);
    files[`i18n/${lang}/Settings.json`] = settingsI18n(lang);
  }
  return files;
}

function adminPanel(): unknown {
  return {
    [VMC_ADMIN.panelKey]: {
      label: VMC_ADMIN.panelLabel.key,
      order: VMC_ADMIN.panelOrder,
      itemList: [
        {
          url: `#Admin/${VMC_ADMIN.page}`,
          label: VMC_ADMIN.itemLabel.key,
          iconClass: VMC_ADMIN.iconClass,
          description: VMC_ADMIN.page,
          recordView: VMC_ADMIN.recordView,
        },
      ],
    },
  };
}

/** Config params need no `app > config` entry: the default level lets every logged-in user read them. */
function settingsEntityDefs(): unknown {
  const fields: Record<string, unknown> = {};
  for (const f of vmcSettingsFields) {
    fields[f.param] = { type: 'float', min: f.min, ...(f.max === undefined ? {} : { max: f.max }), default: f.defaultValue };
  }
  return { fields };
}

function adminI18n(lang: Lang): unknown {
  return {
    labels: {
      [VMC_ADMIN.panelLabel.key]: pick(VMC_ADMIN.panelLabel, lang),
      [VMC_ADMIN.itemLabel.key]: pick(VMC_ADMIN.itemLabel, lang),
    },
    descriptions: { [VMC_ADMIN.page]: pick(VMC_ADMIN.description, lang) },
    keywords: { [VMC_ADMIN.page]: pick(VMC_ADMIN.keywords, lang) },
  };
}

function settingsI18n(lang: Lang): unknown {
  const fields: Record<string, string> = {};
  for (const f of vmcSettingsFields) fields[f.param] = pick(f.label, lang);
  const labels: Record<string, string> = {};
  for (const key of ['autoCibleVmcKindParticulier', 'autoCibleVmcKindProfessionnel']) {
    const label: Label | undefined = vmcUiLabels[key];
    if (label === undefined) throw new Error(`vmcUiLabels lacks ${key}`);
    labels[key] = pick(label, lang);
  }
  return { fields, labels };
}
