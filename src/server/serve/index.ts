// `autocible serve`: webhook receiver, debounced rescoring, scheduled runs, health, graceful shutdown.

export { startServe } from './serve';
export type { ServeHandle, ServeOptions } from './serve';
export { dayIn, loadServeConfig, ScheduleSchema, ServeConfigSchema } from './config';
export type { Schedule, ServeConfig } from './config';
export { createHandler, WEBHOOK_PATH } from './http-handler';
export type { HandlerDeps } from './http-handler';
export { authenticateDelivery, claimedWebhookId } from './webhook-auth';
export type { DeliveryAuth } from './webhook-auth';
export { deliveryRequests, eventEntityType, RESCORE_TYPES } from './deliveries';
export type { RescoreRequest, RescoreType } from './deliveries';
export { Debouncer, mergeTargets, NO_TARGETS, subtractTargets, targetCount } from './debouncer';
export type { RescoreTargets } from './debouncer';
export { ScoreWorker } from './worker';
export type { LastRun, RunJob, RunRequest, WorkerLog, WorkerOptions } from './worker';
export { DEFAULT_RETRY_DELAYS, TargetRetry } from './target-retry';
export type { RetryDelays } from './target-retry';
export { PendingRecords } from './pending-records';
export { cronSchedule, startSchedules } from './scheduler';
export type { ScheduledRun, ScheduleFactory } from './scheduler';
export { NODE_TIMERS } from './timers';
export type { Timers } from './timers';
export { registerWebhooks, removeWebhooks, WEBHOOK_EVENTS } from './register-webhooks';
export type { RegisterResult, WebhookFileOptions } from './register-webhooks';
export { findUnrecorded, mayHaveCreated, removeUnrecorded } from './unrecorded-webhooks';
export type { UnrecordedCleanup, UnrecordedWebhook } from './unrecorded-webhooks';
