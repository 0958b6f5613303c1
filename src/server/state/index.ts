// Local state files of the jobs: scoring checkpoints and watermarks, webhook secrets. Written atomically.

export { readJsonFile, writeJsonFile } from './json-file';
export { isStateFileError, StateFileError } from './state-file-error';
export type { StateFileProblem } from './state-file-error';
export {
  CheckpointSchema, DEFAULT_STATE_FILE, EMPTY_SCORE_STATE, readScoreState, SCORED_TYPES, ScoreStateSchema, ScoreStateStore,
  SourceStateSchema, writeScoreState,
} from './score-state';
export type { Checkpoint, ScoredType, ScoreState, SourceState } from './score-state';
export { DEFAULT_WEBHOOKS_FILE, readWebhooks, RegisteredWebhookSchema, writeWebhooks } from './webhook-secrets';
export type { RegisteredWebhook, WebhooksFile } from './webhook-secrets';
