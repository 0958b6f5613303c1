import { buildFacts, compileModel, scoreBatch, selectModel } from '../../../core/scoring';
import type { FactInput, Facts, RecordScorer, ScoreResult, ScoringModel } from '../../../core/scoring';

export interface Scored {
  readonly model: ScoringModel;
  readonly result: ScoreResult;
}

/** A record's model, its prepared scorer and its facts: all that scoring it takes. */
export interface ReadyToScore {
  readonly model: ScoringModel;
  readonly scorer: RecordScorer;
  readonly facts: Facts;
}

/**
 * The models of a run, compiled once and prepared for the run's day: picks each record's model by customer
 * kind, builds its facts and scores them. Throws the core's `FactInputError` / `NoScoringModelError`.
 */
export class ModelSet {
  private readonly scorers = new Map<string, RecordScorer>();

  constructor(
    readonly models: readonly ScoringModel[],
    readonly today: string,
  ) {
    for (const model of models) {
      if (!this.scorers.has(model.id)) this.scorers.set(model.id, compileModel(model).prepare(today));
    }
  }

  /** `<id>@<version>` of every model, in selection order. */
  get versions(): readonly string[] {
    return this.models.map((model) => `${model.id}@${model.version}`);
  }

  /** Picks the record's model and builds its facts. */
  prepare(input: FactInput): ReadyToScore {
    const { model } = selectModel(this.models, input);
    const scorer = this.scorers.get(model.id);
    // selectModel only returns models of the list, all compiled in the constructor.
    if (scorer === undefined) throw new RangeError(`model ${model.id} was not compiled`);
    return { model, scorer, facts: buildFacts(input, this.today) };
  }

  /** Scores prepared records model by model (`scoreBatch`); the results keep their order. */
  scoreAll(ready: readonly ReadyToScore[]): Scored[] {
    const scored = new Array<Scored>(ready.length);
    scoreBatch(ready.map((r) => r.facts), ready.map((r) => r.scorer), (result, i) => {
      scored[i] = { model: (ready[i] as ReadyToScore).model, result };
    });
    return scored;
  }
}
