// Form of Administration › AutoCible › VMC defaults: auto-cible:views/admin/vmc-defaults (research note on admin settings, §2, §5).
import SettingsEditRecordView from 'views/settings/record/edit';
import { vmcSettingsLayout, VMC_ADMIN } from '../../../core/vmc';
import { vmcDefaultsToFill } from '../../admin/vmc-defaults-fill';

export default class VmcDefaultsSettingsView extends SettingsEditRecordView {
  override setup(): void {
    // Set before the base setup() reads them, and not as class fields: whether field initialisers run
    // before the host calls setup() is not verified for record views (platform §3.13 only checked
    // `templateContent`, which is read at render time).
    // Without its own layout this view would show the core Settings page (layoutName 'settings').
    this.layoutName = VMC_ADMIN.page;
    // Inline layout: built from the same table as the Settings fields, so no layouts/Settings file is needed.
    this.detailLayout = vmcSettingsLayout();
    super.setup();
    // The Settings model holds only stored config (controllers/admin.js fetches a clone of getConfig(); no
    // entityDefs defaults), so a param never saved would show blank while the panels apply the built-in
    // default. Show that default instead. Order and `silent` matter (EspoCRM 9.x views/record/detail.js):
    // super.setup() → setupBeforeFinal() takes the pre-save copy `this.attributes` and from then on flags
    // any non-silent `change` as an edit (leave-page prompt). Set silently after it, the values are
    // - shown: field views are created later, in setupFinal() → build(), and read the model;
    // - not an edit: no `change` event, so opening and leaving the page asks nothing;
    // - saved on Save: they differ from `this.attributes`, so getChangedAttributes() sends them.
    // Set before super.setup() they would join `this.attributes` and Save would answer "not modified".
    this.model.set(vmcDefaultsToFill((param) => this.model.get(param)), { silent: true });
  }
}
