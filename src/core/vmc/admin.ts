/**
 * The AutoCible › VMC defaults page of Administration: its adminPanel entry, texts and form layout
 * (research note on admin settings, §1, §2, §4). The metadata generator turns this into
 * `app/adminPanel.json` and `i18n/{lang}/Admin.json` and `Settings.json`.
 */
import { CUSTOMER_KINDS } from './defaults';
import { vmcSettingsFields } from './settings';
import type { CustomerKind } from './defaults';

interface Text {
  readonly fr: string;
  readonly en: string;
}

/** One panel of an EspoCRM detail layout: `label` is read from `Settings.json > labels`. */
export interface VmcSettingsPanel {
  readonly label: string;
  readonly rows: readonly (readonly ({ readonly name: string } | false)[])[];
}

export const VMC_ADMIN = {
  /** Key of our own adminPanel section (adding to a core panel would replace its itemList). */
  panelKey: 'autoCible',
  panelOrder: 100,
  /** `#Admin/{page}`: prefixed so no `action{Page}` of the core admin controller shadows it. */
  page: 'autoCibleVmcDefaults',
  recordView: 'auto-cible:views/admin/vmc-defaults',
  iconClass: 'fas fa-sliders-h',
  /** `Admin.json > labels` keys and texts: the section and the item (also the page header). */
  panelLabel: { key: 'AutoCible', fr: 'AutoCible', en: 'AutoCible' },
  itemLabel: { key: 'autoCibleVmcDefaults', fr: 'Valeurs par défaut de la VMC', en: 'VMC defaults' },
  /** `Admin.json > descriptions.autoCibleVmcDefaults` and `keywords.autoCibleVmcDefaults`. */
  description: {
    fr: 'Valeurs utilisées par le panneau VMC quand la fiche n’a pas d’historique d’achats, par type de client.',
    en: 'Values the VMC panel uses when a record has no purchase history, per customer kind.',
  } satisfies Text,
  keywords: { fr: 'vmc,valeur client,autocible,défauts', en: 'vmc,customer value,autocible,defaults' } satisfies Text,
} as const;

const PANEL_LABEL: Readonly<Record<CustomerKind, string>> = {
  PARTICULIER: 'autoCibleVmcKindParticulier',
  PROFESSIONNEL: 'autoCibleVmcKindProfessionnel',
};

/** The admin form: one panel per customer kind, two fields a row (`false` fills an empty cell). */
export function vmcSettingsLayout(): VmcSettingsPanel[] {
  return CUSTOMER_KINDS.map((kind) => {
    const names = vmcSettingsFields.filter((f) => f.customerKind === kind).map((f) => ({ name: f.param }));
    const rows: ({ name: string } | false)[][] = [];
    for (let i = 0; i < names.length; i += 2) rows.push([names[i] ?? false, names[i + 1] ?? false]);
    return { label: PANEL_LABEL[kind], rows };
  });
}
