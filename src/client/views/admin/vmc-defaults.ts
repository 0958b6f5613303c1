// Form of Administration › AutoCible › VMC defaults: auto-cible:views/admin/vmc-defaults (research note on admin settings, §2, §5).
import SettingsEditRecordView from 'views/settings/record/edit';
import { vmcSettingsLayout, VMC_ADMIN } from '../../../core/vmc';

export default class VmcDefaultsSettingsView extends SettingsEditRecordView {
  // Without its own layout this view would show the core Settings page (layoutName 'settings').
  protected override layoutName = VMC_ADMIN.page;

  // Inline layout: built from the same table as the Settings fields, so no layouts/Settings file is needed.
  protected override detailLayout = vmcSettingsLayout();
}
