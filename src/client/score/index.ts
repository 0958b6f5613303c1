// What the score panel uses: number formats, the grade badge, the channel eligibility, the reasons table and the panel data.
export { createScoreFormat } from './format';
export type { ScoreFormat } from './format';
export { GRADE_STYLES, gradeBadge } from './grade';
export type { GradeBadge, GradeStyle } from './grade';
export { CONSENT_ENTITY_TYPES, hasConsentChannels, scoreChannels } from './channels';
export type { ChannelBadge, ChannelsContext, ScoreChannels } from './channels';
export { axisGroups } from './reason-rows';
export type { AxisGroup, ReasonRow, ReasonsContext, Translate } from './reason-rows';
export { buildScorePanelData } from './panel-data';
export type { ScorePanelContext, ScorePanelData, ScorePanelRow } from './panel-data';
