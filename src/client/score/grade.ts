/** The grade as a coloured label (platform §3.11: `label label-md label-…`). */
// The enum's own file, not the catalogue index: the index would put every field definition in the bundle.
import { SCORE_GRADE } from '../../core/catalogue/enums/governance';
import { optionLabel } from '../option-label';
import type { HostOptionLabel } from '../option-label';
import type { ScoreGradeCode } from '../../core/catalogue';
import type { LabelLang } from '../../core/panels-ui';

export type GradeStyle = 'success' | 'info' | 'warning' | 'default';

export interface GradeBadge {
  readonly label: string;
  /** The grade's option label from the catalogue, e.g. `A (prioritaire)`. */
  readonly text: string;
  readonly style: GradeStyle;
}

/** Bootstrap label style of each grade: A is the hottest. */
export const GRADE_STYLES: Readonly<Record<ScoreGradeCode, GradeStyle>> = { A: 'success', B: 'info', C: 'warning', D: 'default' };

function isGrade(code: unknown): code is ScoreGradeCode {
  return SCORE_GRADE.options.some((option) => option.code === code);
}

/** The badge of a stored grade; null for an empty or unknown code. */
export function gradeBadge(code: unknown, lang: LabelLang, label: string, option?: HostOptionLabel): GradeBadge | null {
  if (!isGrade(code)) return null;
  return { label, text: optionLabel(SCORE_GRADE, 'autoCibleScoreGrade', code, lang, option) ?? code, style: GRADE_STYLES[code] };
}
