// Score side panel of Account, Contact and Lead detail views: auto-cible:views/record/panels/score (platform §3.5, §3.13).
import SidePanelView from 'views/record/panels/side';
import template from '../../../templates/score-panel.tpl';
import { commonPanelUiLabels, labelLang, scorePanelUiLabels, uiText, userLanguage } from '../../../../core/panels-ui';
import { buildScorePanelData, createScoreFormat } from '../../../score';
import type { ScorePanelData } from '../../../score';

const BUNDLED_LABELS = { ...commonPanelUiLabels, ...scorePanelUiLabels };

export default class ScorePanelView extends SidePanelView {
  protected override templateContent = template;

  override setup(): void {
    super.setup();
    // The scoring job writes the fields on the server: show them again after each fetch or save.
    this.listenTo(this.model, 'sync', () => {
      void this.reRender();
    });
  }

  override data(): ScorePanelData {
    const language = userLanguage(this.getPreferences().get('language'), this.getConfig().get('language'));
    const lang = labelLang(language);
    const dateTime = this.getDateTime();
    return buildScorePanelData({
      get: (attribute) => this.model.get(attribute),
      lang,
      label: (key) => uiText(key, this.translate(key, 'labels', 'Global'), BUNDLED_LABELS, lang),
      format: createScoreFormat(language),
      displayDate: (isoDate) => dateTime.toDisplayDate(isoDate),
      // autoCibleScoredAt is stored in UTC; toDisplay converts it to the user's time zone (platform §8.7).
      displayDateTime: (utc) => dateTime.toDisplay(utc),
    });
  }
}
