import { buildFacts, compileModel, selectModel } from '../../../core/scoring';
import type { FactInput, RecordScorer, ScoreResult, ScoringModel } from '../../../core/scoring';

export interface Scored {
  readonly model: ScoringModel;
  readonly result: ScoreResult;
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

  score(input: FactInput): Scored {
    const { model } = selectModel(this.models, input);
    const scorer = this.scorers.get(model.id);
    // selectModel only returns models of the list, all compiled in the constructor.
    if (scorer === undefined) throw new RangeError(`model ${model.id} was not compiled`);
    return { model, result: scorer(buildFacts(input, this.today)) };
  }
}
