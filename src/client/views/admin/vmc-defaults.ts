// Form of Administration › AutoCible › VMC defaults: auto-cible:views/admin/vmc-defaults (research note on admin settings, §2, §5).
import SettingsEditRecordView from 'views/settings/record/edit';
import { vmcSettingsLayout, VMC_ADMIN } from '../../../core/vmc';

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
  }
}
