import type { Label, ScoreGradeCode } from '../../../core/catalogue';
import type { ScoringModel, ScoreResult } from '../../../core/scoring';
import { ReachCounter } from './channels';
import type { ChannelAnswers, ScoreSummary, TopReason } from './types';

const TOP_COUNT = 5;

function ruleLabel(model: ScoringModel, ruleId: string): Label {
  const rule = model.rules.find((r) => r.id === ruleId);
  const template = rule?.reason ?? { fr: ruleId, en: ruleId };
  return { fr: template.fr.replaceAll('{value}', '…'), en: template.en.replaceAll('{value}', '…') };
}

/**
 * Grade counts, the rules that gave points most often and the people reachable per channel; memory grows with
 * the rules, not the records.
 */
export class SummaryBuilder {
  private scored = 0;
  private readonly grades: Record<ScoreGradeCode, number> = { A: 0, B: 0, C: 0, D: 0 };
  private readonly reasons = new Map<string, { modelId: string; rule: string; label: Label; count: number }>();

  private readonly reach = new ReachCounter();

  add(model: ScoringModel, result: ScoreResult, channels: ChannelAnswers | null): void {
    this.scored += 1;
    this.reach.add(channels, result.grade === 'A');
    this.grades[result.grade] += 1;
    for (const reason of result.fired) {
      if (reason.kind !== 'rule' || reason.points <= 0) continue;
      const key = `${model.id}\u0000${reason.rule}`;
      const entry = this.reasons.get(key);
      if (entry !== undefined) entry.count += 1;
      else this.reasons.set(key, { modelId: model.id, rule: reason.rule, label: ruleLabel(model, reason.rule), count: 1 });
    }
  }

  summary(): ScoreSummary {
    const topReasons: TopReason[] = [...this.reasons.values()]
      .sort((a, b) => b.count - a.count || a.modelId.localeCompare(b.modelId) || a.rule.localeCompare(b.rule))
      .slice(0, TOP_COUNT)
      .map((entry) => ({ ...entry }));
    return { scored: this.scored, grades: { ...this.grades }, topReasons, reach: this.reach.summary() };
  }
}
