// RGPD side panel of Contact and Lead detail views: auto-cible:views/record/panels/rgpd (platform §3.5, §3.13).
import SidePanelView from 'views/record/panels/side';
import template from '../../../templates/rgpd-panel.tpl';
import { commonPanelUiLabels, labelLang, rgpdPanelUiLabels, uiText, userLanguage } from '../../../../core/panels-ui';
import { hostOptionLabel } from '../../../option-label';
import { buildRgpdPanelData, NOTHING_MORE, panelRelationship } from '../../../rgpd';
import type { Relationship, RgpdPanelData } from '../../../rgpd';

const BUNDLED_LABELS = { ...commonPanelUiLabels, ...rgpdPanelUiLabels };

export default class RgpdPanelView extends SidePanelView {
  protected override templateContent = template;

  // `declare`: no class-field initialiser may overwrite what setup() stores.
  declare private relationship: Relationship;

  override setup(): void {
    super.setup();
    this.relationship = NOTHING_MORE;
    this.wait(this.loadRelationship());
    // Consent edits, host opt-out flags and the retention job all change the record on the server.
    this.listenTo(this.model, 'sync', () => {
      void this.loadRelationship().then(() => this.reRender());
    });
  }

  /** The person's sales and vehicle contracts, which the eligibility of a customer depends on. */
  private async loadRelationship(): Promise<void> {
    this.relationship = await panelRelationship(this.getAcl(), this.model);
  }

  override data(): RgpdPanelData {
    const language = userLanguage(this.getPreferences().get('language'), this.getConfig().get('language'));
    const lang = labelLang(language);
    const dateTime = this.getDateTime();
    return buildRgpdPanelData({
      get: (attribute) => this.model.get(attribute),
      id: this.model.id,
      today: dateTime.getToday(),
      lang,
      label: (key, values) => uiText(key, this.translate(key, 'labels', 'Global'), BUNDLED_LABELS, lang, values),
      displayDate: (isoDate) => dateTime.toDisplayDate(isoDate),
      relationship: this.relationship,
      option: hostOptionLabel((label, category, scope) => this.translate(label, category, scope), this.model.entityType),
    });
  }
}
