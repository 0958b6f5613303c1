// The score job (issue 4): sources (EspoCRM through the gateway, CSV directory, JSONL file), the job, its report.

// The job
export { runScoreJob } from './run-score-job';
export { RETRY_LIMIT } from './run-state';
export type {
  BadRecord, ChannelAnswer, ChannelAnswers, IdsByType, RawRecord, ScoreBatch, ScoreItem, ScoreJobContext, ScoreJobInput, ScoreLine, ScoreMode, ScoreReport,
  ReachSummary, ScoreSource, ScoreSummary, ScoreTarget, SourcePlan, TopReason,
} from './types';
export { SkipRecordError } from './errors';

// Sources and targets
export { GatewaySource } from './gateway-source';
export { FileSource } from './file-source';
export { CsvDirReader, JsonlReader } from './file-rows';
export type { FileRow, RowOptions, RowReader } from './file-rows';

// Setup shared by the commands
export { connectEspo } from './connect';
export type { ConnectOptions, EspoConnection } from './connect';
export { hasConnectionSettings } from './connection-settings';
export type { ConnectionSettingsOptions } from './connection-settings';
export { loadModels } from './load-models';

// Pieces the CLI, `serve` and `npm start` reuse
export { ModelSet } from './model-set';
export { desiredScoreFields, scoreChanges, scoredAtOf, scoreReasonsOf } from './score-fields';
export { recordAttributes, SCORE_ATTRIBUTES, SCORED_AT_ATTRIBUTE, VEHICLE_ATTRIBUTES, VEHICLE_FACT_ATTRIBUTES } from './attributes';
export { Packer } from './packer';
export { scoreDataset } from './score-dataset';
export type { ScoreDatasetOptions, ScoreDatasetSummary } from './score-dataset';
