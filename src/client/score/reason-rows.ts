/** The reasons table: one group per axis, each reason with the value it saw and its signed points. */
import { SCORE_REASON_AXES } from '../../core/score-reasons';
import type { LabelLang } from '../../core/panels-ui';
import type { FiredReason, ScoreReasonAxis, ScoreReasonValue } from '../../core/score-reasons';
import type { ScoreFormat } from './format';

/** Translates a label key of our bundled panel texts. */
export type Translate = (key: string) => string;

export interface ReasonRow {
  readonly rule: string;
  readonly label: string;
  readonly value: string;
  readonly points: string;
}

export interface AxisGroup {
  readonly axis: ScoreReasonAxis;
  readonly title: string;
  readonly rows: readonly ReasonRow[];
  readonly totalLabel: string;
  /** Sum of the points shown above: the axis value the scoring job computed. */
  readonly total: string;
}

export interface ReasonsContext {
  readonly lang: LabelLang;
  readonly label: Translate;
  readonly format: ScoreFormat;
  /** `YYYY-MM-DD` in the user's date format. */
  readonly displayDate: (isoDate: string) => string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const AXIS_KEYS: Readonly<Record<ScoreReasonAxis, { readonly title: string; readonly total: string }>> = {
  fit: { title: 'autoCibleScorePanelFit', total: 'autoCibleScorePanelFitTotal' },
  engagement: { title: 'autoCibleScorePanelEngagement', total: 'autoCibleScorePanelEngagementTotal' },
};

function valueText(ctx: ReasonsContext, value: ScoreReasonValue): string {
  if (value === null) return ctx.label('autoCiblePanelEmpty');
  if (typeof value === 'boolean') return ctx.label(value ? 'autoCiblePanelYes' : 'autoCiblePanelNo');
  if (typeof value === 'number') return ctx.format.number(value);
  if (typeof value === 'string') return ISO_DATE.test(value) ? ctx.displayDate(value) || value : value;
  return value.length === 0 ? ctx.label('autoCiblePanelEmpty') : value.join(', ');
}

function row(ctx: ReasonsContext, reason: FiredReason): ReasonRow {
  // A code's words when the job wrote them (`DIRIGEANT` → « Dirigeant »); reasons written before show the code.
  const value = reason.valueLabel === undefined ? valueText(ctx, reason.value) : reason.valueLabel[ctx.lang];
  return { rule: reason.rule, label: reason.label[ctx.lang], value, points: ctx.format.points(reason.points) };
}

/** Fit first, then engagement; an axis without any reason is left out. */
export function axisGroups(ctx: ReasonsContext, fired: readonly FiredReason[]): AxisGroup[] {
  return SCORE_REASON_AXES.flatMap((axis) => {
    const reasons = fired.filter((reason) => reason.axis === axis);
    if (reasons.length === 0) return [];
    const total = reasons.reduce((sum, reason) => sum + reason.points, 0);
    const keys = AXIS_KEYS[axis];
    return [{ axis, title: ctx.label(keys.title), rows: reasons.map((r) => row(ctx, r)), totalLabel: ctx.label(keys.total), total: ctx.format.points(total) }];
  });
}
