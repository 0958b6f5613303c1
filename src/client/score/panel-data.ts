/**
 * What the score panel shows, from the record's score fields (catalogue fields/score.ts) and the
 * reasons the scoring job wrote. Every text is final here; the template only escapes and lays it out.
 */
import { parseScoreReasons } from '../../core/score-reasons';
import { hasConsentChannels, scoreChannels } from './channels';
import { gradeBadge } from './grade';
import { axisGroups } from './reason-rows';
import type { LabelLang } from '../../core/panels-ui';
import type { ScoreReasons } from '../../core/score-reasons';
import type { HostOptionLabel } from '../option-label';
import type { Relationship, Translate } from '../rgpd';
import type { ScoreChannels } from './channels';
import type { ScoreFormat } from './format';
import type { GradeBadge } from './grade';
import type { AxisGroup } from './reason-rows';

export interface ScorePanelContext {
  /** Reads a record attribute (`model.get`). */
  readonly get: (attribute: string) => unknown;
  readonly entityType: string;
  readonly id: string;
  /** Today in the user's time zone, `YYYY-MM-DD`, for the channel eligibility. */
  readonly today: string;
  readonly lang: LabelLang;
  readonly label: Translate;
  readonly format: ScoreFormat;
  readonly displayDate: (isoDate: string) => string;
  /** A UTC `YYYY-MM-DD HH:mm:ss` in the user's time zone. */
  readonly displayDateTime: (utc: string) => string;
  /** The host's option labels (Label Manager edits); the catalogue's when absent. */
  readonly option?: HostOptionLabel;
  /** The person's sales and vehicle contracts as the panel read them, for the channel badges. */
  readonly relationship?: Relationship;
}

export interface ScorePanelRow {
  readonly name: string;
  readonly label: string;
  readonly value: string;
}

export interface ScorePanelData {
  readonly scored: boolean;
  readonly notScored: string;
  readonly grade: GradeBadge | null;
  readonly figures: readonly ScorePanelRow[];
  /** Channel eligibility of a person (Contact, Lead), shown scored or not; null on an Account. */
  readonly channels: ScoreChannels | null;
  readonly top: string | null;
  readonly reasonsHeading: string;
  readonly columns: { readonly rule: string; readonly value: string; readonly points: string };
  readonly axes: readonly AxisGroup[];
  /** Shown instead of (or above) the table: no reason, or reasons that cannot be read. */
  readonly reasonsNote: string | null;
  readonly meta: readonly ScorePanelRow[];
}

function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function figure(ctx: ScorePanelContext, name: string, labelKey: string, attribute: string): ScorePanelRow {
  const value = finite(ctx.get(attribute));
  return { name, label: ctx.label(labelKey), value: value === null ? ctx.label('autoCiblePanelEmpty') : ctx.format.number(value) };
}

function metaRows(ctx: ScorePanelContext, reasons: ScoreReasons | null): ScorePanelRow[] {
  const empty = ctx.label('autoCiblePanelEmpty');
  const scoredAt = text(ctx.get('autoCibleScoredAt'));
  const model = text(ctx.get('autoCibleScoreModel')) ?? (reasons === null ? null : `${reasons.modelId}@${reasons.modelVersion}`);
  return [
    { name: 'scoredAt', label: ctx.label('autoCibleScorePanelScoredAt'), value: scoredAt === null ? empty : ctx.displayDateTime(scoredAt) || scoredAt },
    { name: 'model', label: ctx.label('autoCibleScorePanelModel'), value: model ?? empty },
  ];
}

export function buildScorePanelData(ctx: ScorePanelContext): ScorePanelData {
  const parsed = parseScoreReasons(ctx.get('autoCibleScoreReasons'));
  const reasons = parsed.status === 'ok' ? parsed.reasons : null;
  const axes = reasons === null ? [] : axisGroups(ctx, reasons.fired);
  let reasonsNote: string | null = null;
  if (reasons === null) reasonsNote = ctx.label('autoCibleScorePanelReasonsUnreadable');
  else if (axes.length === 0) reasonsNote = ctx.label('autoCibleScorePanelNoReason');
  return {
    scored: finite(ctx.get('autoCibleScore')) !== null,
    notScored: ctx.label('autoCibleScorePanelNotScored'),
    grade: gradeBadge(ctx.get('autoCibleScoreGrade'), ctx.lang, ctx.label('autoCibleScorePanelGrade'), ctx.option),
    figures: [
      figure(ctx, 'score', 'autoCibleScorePanelScore', 'autoCibleScore'),
      figure(ctx, 'fit', 'autoCibleScorePanelFit', 'autoCibleScoreFit'),
      figure(ctx, 'engagement', 'autoCibleScorePanelEngagement', 'autoCibleScoreEngagement'),
    ],
    channels: hasConsentChannels(ctx.entityType) ? scoreChannels(ctx) : null,
    top: reasons === null ? null : reasons.top[ctx.lang] || null,
    reasonsHeading: ctx.label('autoCibleScorePanelReasons'),
    columns: {
      rule: ctx.label('autoCibleScorePanelRule'),
      value: ctx.label('autoCibleScorePanelValue'),
      points: ctx.label('autoCibleScorePanelPoints'),
    },
    axes,
    reasonsNote,
    meta: metaRows(ctx, reasons),
  };
}
