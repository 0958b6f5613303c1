import type { ScoreGradeCode } from '../catalogue';
import type { ScoringModel } from './model-schema';

/** The grade of a score: `A` from `grades.A` up, then `B`, `C`, and `D` below `grades.C`. */
export function gradeOf(score: number, grades: ScoringModel['grades']): ScoreGradeCode {
  if (score >= grades.A) return 'A';
  if (score >= grades.B) return 'B';
  if (score >= grades.C) return 'C';
  return 'D';
}

/** The weighted mean of fit and engagement (both 0–100), rounded: 0–100 too. */
export function combineAxes(fit: number, engagement: number, combine: ScoringModel['combine']): number {
  const total = combine.fitWeight + combine.engagementWeight;
  return Math.round((combine.fitWeight * fit + combine.engagementWeight * engagement) / total);
}
