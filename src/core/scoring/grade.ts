import type { ScoreGradeCode } from '../catalogue';
import type { GradeBar, ScoringModel } from './model-schema';

/** A grade's bar with every part spelt out: an axis without a minimum has 0, which every record reaches. */
export interface GradeMinimums {
  readonly score: number;
  readonly fit: number;
  readonly engagement: number;
}

/** The bar of a grade as the model writes it (a score, or a score with axis minimums), spelt out. */
export function gradeMinimums(bar: GradeBar): GradeMinimums {
  return typeof bar === 'number' ? { score: bar, fit: 0, engagement: 0 } : { score: bar.score, fit: bar.fit ?? 0, engagement: bar.engagement ?? 0 };
}

const reaches = (bar: GradeBar, score: number, fit: number, engagement: number): boolean => {
  const min = gradeMinimums(bar);
  return score >= min.score && fit >= min.fit && engagement >= min.engagement;
};

/** The first grade, A then B then C, whose bar the record reaches; `D` otherwise. */
export function gradeOf(score: number, fit: number, engagement: number, grades: ScoringModel['grades']): ScoreGradeCode {
  if (reaches(grades.A, score, fit, engagement)) return 'A';
  if (reaches(grades.B, score, fit, engagement)) return 'B';
  if (reaches(grades.C, score, fit, engagement)) return 'C';
  return 'D';
}

/** The weighted mean of fit and engagement (both 0–100), rounded: 0–100 too. */
export function combineAxes(fit: number, engagement: number, combine: ScoringModel['combine']): number {
  const total = combine.fitWeight + combine.engagementWeight;
  return Math.round((combine.fitWeight * fit + combine.engagementWeight * engagement) / total);
}
