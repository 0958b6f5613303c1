/** The retention plan the retention job wrote (catalogue fields/retention.ts) and the legal hold. */
import { RETENTION_ANCHOR_SOURCE, RETENTION_STATUS } from '../../core/catalogue/enums/governance';
import { optionLabel } from '../option-label';
import type { HostOptionLabel } from '../option-label';
import { deadlineState } from './deadline';
import type { LabelLang } from '../../core/panels-ui';
import type { Get, Translate } from './marketing';

export interface RetentionContext {
  readonly get: Get;
  readonly today: string;
  readonly lang: LabelLang;
  readonly label: Translate;
  readonly displayDate: (isoDate: string) => string;
  /** The host's option labels (Label Manager edits); the catalogue's when absent. */
  readonly option?: HostOptionLabel;
}

export interface RetentionRow {
  readonly name: string;
  readonly label: string;
  readonly value: string;
  /** Bootstrap text style of a deadline that is close or past. */
  readonly style: 'warning' | 'danger' | null;
  readonly hint: string | null;
}

export interface RetentionData {
  /** Shown when the retention job has not planned this record yet. */
  readonly note: string | null;
  readonly rows: readonly RetentionRow[];
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function row(name: string, label: string, value: string): RetentionRow {
  return { name, label, value, style: null, hint: null };
}

/**
 * Highlights a deadline within 30 days (warning) or past (danger), unless nothing is due any more: the
 * record is anonymised, or a legal hold suspends the clock.
 */
function deadlineRow(ctx: RetentionContext, deadline: string | null, suspended: boolean): RetentionRow {
  const label = ctx.label('autoCibleRgpdDeadline');
  if (deadline === null) return row('deadline', label, ctx.label('autoCiblePanelEmpty'));
  const shown = row('deadline', label, ctx.displayDate(deadline) || deadline);
  const state = suspended ? null : deadlineState(deadline, ctx.today);
  switch (state?.kind) {
    case 'past':
      return { ...shown, style: 'danger', hint: ctx.label('autoCibleRgpdDeadlinePast', { days: String(state.days) }) };
    case 'today':
      return { ...shown, style: 'warning', hint: ctx.label('autoCibleRgpdDeadlineToday') };
    case 'soon':
      return { ...shown, style: 'warning', hint: ctx.label('autoCibleRgpdDeadlineSoon', { days: String(state.days) }) };
    default:
      return shown;
  }
}

export function retentionData(ctx: RetentionContext): RetentionData {
  const empty = ctx.label('autoCiblePanelEmpty');
  const anchor = text(ctx.get('autoCibleRetentionAnchorDate'));
  const deadline = text(ctx.get('autoCibleRetentionDeadline'));
  const status = text(ctx.get('autoCibleRetentionStatus'));
  const hold = ctx.get('autoCibleLegalHold') === true;
  const holdReason = text(ctx.get('autoCibleLegalHoldReason'));
  const suspended = hold || status === 'HOLD' || status === 'ANONYMISED';
  const rows = [
    row('anchor', ctx.label('autoCibleRgpdAnchor'), anchor === null ? empty : ctx.displayDate(anchor) || anchor),
    row('anchorSource', ctx.label('autoCibleRgpdAnchorSource'), optionLabel(RETENTION_ANCHOR_SOURCE, 'autoCibleRetentionAnchorSource', ctx.get('autoCibleRetentionAnchorSource'), ctx.lang, ctx.option) ?? empty),
    deadlineRow(ctx, deadline, suspended),
    row('retentionStatus', ctx.label('autoCibleRgpdRetentionStatus'), optionLabel(RETENTION_STATUS, 'autoCibleRetentionStatus', status, ctx.lang, ctx.option) ?? empty),
    row('legalHold', ctx.label('autoCibleRgpdLegalHold'), ctx.label(hold ? 'autoCiblePanelYes' : 'autoCiblePanelNo')),
  ];
  if (hold || holdReason !== null) rows.push(row('legalHoldReason', ctx.label('autoCibleRgpdLegalHoldReason'), holdReason ?? empty));
  const planned = anchor !== null || deadline !== null || status !== null;
  return { note: planned ? null : ctx.label('autoCibleRgpdNotPlanned'), rows };
}
