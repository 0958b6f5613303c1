// Score side panel of Account, Contact and Lead detail views: auto-cible:views/record/panels/score (platform §3.5, §3.13).
import SidePanelView from 'views/record/panels/side';
import template from '../../../templates/score-panel.tpl';
import { commonPanelUiLabels, labelLang, rgpdPanelUiLabels, scorePanelUiLabels, uiText, userLanguage } from '../../../../core/panels-ui';
import { numberSymbols } from '../../../locale';
import { hostOptionLabel } from '../../../option-label';
import { NOTHING_MORE, panelRelationship } from '../../../rgpd';
import type { Relationship } from '../../../rgpd';
import { buildScorePanelData, createScoreFormat } from '../../../score';
import type { ScorePanelData } from '../../../score';

// The channel block reuses the RGPD panel's wording (channel names, Autorisée / Interdite / Non évaluée).
const BUNDLED_LABELS = { ...commonPanelUiLabels, ...rgpdPanelUiLabels, ...scorePanelUiLabels };

export default class ScorePanelView extends SidePanelView {
  protected override templateContent = template;

  // `declare`: no class-field initialiser may overwrite what setup() stores.
  declare private relationship: Relationship;

  override setup(): void {
    super.setup();
    this.relationship = NOTHING_MORE;
    this.wait(this.loadRelationship());
    // The scoring job writes the fields on the server and consent edits change the channels: show them again
    // after each fetch or save.
    this.listenTo(this.model, 'sync', () => {
      void this.loadRelationship().then(() => this.reRender());
    });
  }

  /** The channel badges read a customer's sales and contracts as the RGPD panel does (accounts read nothing). */
  private async loadRelationship(): Promise<void> {
    this.relationship = await panelRelationship(this.getAcl(), this.model);
  }

  override data(): ScorePanelData {
    const language = userLanguage(this.getPreferences().get('language'), this.getConfig().get('language'));
    const lang = labelLang(language);
    const dateTime = this.getDateTime();
    return buildScorePanelData({
      get: (attribute) => this.model.get(attribute),
      entityType: this.model.entityType,
      id: this.model.id,
      today: dateTime.getToday(),
      lang,
      label: (key, values) => uiText(key, this.translate(key, 'labels', 'Global'), BUNDLED_LABELS, lang, values),
      format: createScoreFormat(language, numberSymbols((name) => this.getPreferences().get(name), (name) => this.getConfig().get(name))),
      displayDate: (isoDate) => dateTime.toDisplayDate(isoDate),
      // autoCibleScoredAt is stored in UTC; toDisplay converts it to the user's time zone (platform §8.7).
      displayDateTime: (utc) => dateTime.toDisplay(utc),
      relationship: this.relationship,
      option: hostOptionLabel((label, category, scope) => this.translate(label, category, scope), this.model.entityType),
    });
  }
}
