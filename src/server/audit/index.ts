// Local accountability files: the append-only audit log (also the progress journal of `retention apply`),
// the per-installation salt behind every identifier hash, and the run lock.

// Append-only JSON Lines
export { AppendOnlyJsonl, readJsonl } from './jsonl-file';
export { JsonlFileError } from './jsonl-file-error';

// Audit log and journal
export { AUDIT_RECORD_EVENTS, AUDIT_STEPS, auditEntrySchema } from './audit-entry';
export type {
  AuditActor, AuditDetail, AuditEntry, AuditOppositionEntry, AuditOppositionReason, AuditRecordEntry, AuditRecordEvent, AuditRunEntry, AuditStep,
} from './audit-entry';
export { AUDIT_FILE, AuditLog, readAuditLog, readJournal } from './audit-log';
export { applyToJournal, buildJournal, isStepDone, journalKey, stepIndex, unfinished } from './journal';
export type { Journal, JournalEntry } from './journal';

// Salt and hash
export { DEFAULT_STATE_DIR, ensureInstallationSalt, installationHash, readInstallationSalt, SALT_FILE } from './installation-hash';
export { SaltFileError } from './salt-file-error';

// Run lock
export { acquireRunLock, acquireScoreLock, LOCK_FILE, LOCK_HEARTBEAT_MS, LOCK_HOST } from './run-lock';
export type { RunLock } from './run-lock';
export { RunLockedError } from './run-locked-error';
export { RunLockLostError } from './run-lock-lost-error';
