/**
 * Scores a whole in-memory dataset (the records `loadDataset` returns) without writing anything: the grade
 * distribution and the top reasons `npm start` prints. Nothing is compared or written: every record is scored.
 */
import type { ScoringModel } from '../../../core/scoring';
import { DEFAULT_MODELS } from '../../../core/scoring';
import { SCORED_TYPES } from '../../state/score-state';
import type { ScoredType } from '../../state/score-state';
import { evaluateItems, isSkipped, isWithheld } from './evaluate-item';
import { groupBy } from './id-streams';
import { ModelSet } from './model-set';
import { SummaryBuilder } from './summary';
import type { RawRecord, ScoreItem, ScoreSummary } from './types';

export interface ScoreDatasetOptions {
  /** `YYYY-MM-DD`. */
  readonly today: string;
  /** @defaultValue DEFAULT_MODELS */
  readonly models?: readonly ScoringModel[];
}

export interface ScoreDatasetSummary extends ScoreSummary {
  /** Records that could not be scored (a value that is not what its field holds, no model applies). */
  readonly errors: number;
  readonly perType: Readonly<Record<ScoredType, number>>;
}

/** Records scored together, model by model: about a page of the REST job. */
const BATCH = 200;

type Dataset = Readonly<Partial<Record<string, readonly RawRecord[]>>>;

function itemsOf(records: Dataset): (type: ScoredType) => ScoreItem[] {
  const vehicles = records.AutoCibleVehicle ?? [];
  const byContact = groupBy(vehicles, 'contactId');
  const byAccount = groupBy(vehicles, 'accountId');
  const members = groupBy(records.Contact ?? [], 'accountId');
  const accounts = new Map((records.Account ?? []).map((a) => [String(a.id), a]));
  return (entityType) => (records[entityType] ?? []).filter((r) => typeof r.id === 'string').map((record) => {
    const id = String(record.id);
    if (entityType === 'Account') return { entityType, id, record, vehicles: byAccount.get(id) ?? [], contacts: members.get(id) ?? [] };
    if (entityType === 'Lead') return { entityType, id, record, vehicles: [] };
    return { entityType, id, record, vehicles: byContact.get(id) ?? [], account: accounts.get(String(record.accountId)) };
  });
}

export function scoreDataset(records: Dataset, options: ScoreDatasetOptions): ScoreDatasetSummary {
  const models = new ModelSet(options.models ?? DEFAULT_MODELS, options.today);
  const summary = new SummaryBuilder();
  const perType: Record<ScoredType, number> = { Contact: 0, Lead: 0, Account: 0 };
  const items = itemsOf(records);
  let errors = 0;
  for (const entityType of SCORED_TYPES) {
    const all = items(entityType);
    for (let start = 0; start < all.length; start += BATCH) {
      for (const outcome of evaluateItems(all.slice(start, start + BATCH), models, `${options.today} 00:00:00`, options.today)) {
        if (isSkipped(outcome)) {
          errors += 1;
          continue;
        }
        // Due for anonymisation or anonymised: never scored, nor counted.
        if (isWithheld(outcome)) continue;
        summary.add(outcome.model, outcome.result, outcome.channels);
        perType[entityType] += 1;
      }
    }
  }
  return { ...summary.summary(), errors, perType };
}
