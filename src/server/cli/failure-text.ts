/**
 * The text a command prints for an operational failure, in the user's language, worded from the error's typed
 * fields (never from its English message). Imports only the error modules: `score` on files loads no axios.
 */
import { isAutoCibleError } from '../../core/errors';
import { ScoringModelError } from '../../core/scoring/scoring-model-error';
import { modelIssueTexts } from '../../core/scoring/validate-issue-text';
import { JsonlFileError } from '../audit/jsonl-file-error';
import { RunLockLostError } from '../audit/run-lock-lost-error';
import { RunLockedError } from '../audit/run-locked-error';
import { SaltFileError } from '../audit/salt-file-error';
import { ConfigError } from '../config/config-error';
import { CsvEncodingError, CsvFileError, CsvHeaderError } from '../csv/errors';
import {
  describeRequest, isEspoContractError, isEspoError, isEspoFieldsNotStoredError, isEspoHttpError, isEspoNetworkError,
  isEspoRecordNotFoundError, isEspoTimeoutError,
} from '../espo/errors';
import type { EspoError } from '../espo/errors';
import { DatasetDirectoryError } from '../jobs/errors';
import { ActivityAccessError } from '../jobs/retention/activity-access-error';
import { ErasePermissionError } from '../jobs/retention/erase-permission-error';
import { RegisterConfigError } from '../register/register-config-error';
import { StateFileError } from '../state/state-file-error';
import { configProblemLines, registerIssueLine } from './config-problem-text';
import { CONFIG_INVALID_HEADING, FAILURE_MESSAGES } from './failure-messages';
import type { FailureMessages } from './failure-messages';

type Lang = 'fr' | 'en';

const capitalised = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

function headerText(error: CsvHeaderError, t: FailureMessages): string {
  const { empty, duplicates, missingRequired } = error.problems;
  const parts = [
    ...(empty ? [t.headerEmpty] : []),
    ...(duplicates.length > 0 ? [t.headerDuplicates(duplicates.join(', '))] : []),
    ...(missingRequired.length > 0 ? [t.headerMissing(missingRequired.join(', '))] : []),
  ];
  return t.header(error.file, parts);
}

/** The request as `GET Contact/abc123`: method and path only, no URL (it may hold credentials or a query). */
function espoText(error: EspoError, t: FailureMessages): string | undefined {
  const request = describeRequest(error);
  if (isEspoHttpError(error)) {
    if (error.status === 401) return t.espoUnauthorized(request);
    if (error.status === 403) return t.espoForbidden(request);
    if (error.status >= 300 && error.status < 400) return t.espoRedirect(error.status, error.redirectTo, request);
    return error.status === 404 ? t.espoNotFound(request) : t.espoStatus(error.status, request);
  }
  if (isEspoNetworkError(error)) return t.espoNetwork(error.networkCode, request);
  if (isEspoTimeoutError(error)) return t.espoTimeout(error.timeoutMs, request);
  if (isEspoContractError(error)) return t.espoContract(error.issues.length, request);
  return undefined;
}

/** The path and code of an error the system gave for a local file (a file where a folder should be, no permission, a full disk). */
function systemFileError(error: unknown): { readonly path: string; readonly code: string } | undefined {
  if (!(error instanceof Error) || !('syscall' in error) || !('code' in error) || !('path' in error)) return undefined;
  const { code, path } = error;
  return typeof code === 'string' && typeof path === 'string' ? { path, code } : undefined;
}

function fileText(error: unknown, t: FailureMessages): string | undefined {
  if (error instanceof DatasetDirectoryError) return error.reason === 'missing' ? t.dirMissing(error.dir) : t.dirNotDirectory(error.dir);
  if (error instanceof CsvFileError) return t.csvFile[error.reason](error.file);
  if (error instanceof CsvEncodingError) return t.csvEncoding(error.file, error.line, error.problem);
  if (error instanceof CsvHeaderError) return headerText(error, t);
  if (error instanceof JsonlFileError) return t.jsonlLine(error.path, error.line, error.reason === 'notJson');
  if (error instanceof SaltFileError) return t.salt[error.reason](error.path);
  if (error instanceof StateFileError) return t.stateFile(error.path, error.problem);
  const system = systemFileError(error);
  return system === undefined ? undefined : t.localFile(system.path, system.code);
}

/**
 * The user-facing text of an expected failure, or undefined for any other error (the caller then prints an
 * AutoCible error's message, and rethrows anything else: a bug).
 */
export function failureText(error: unknown, lang: Lang): string | undefined {
  const t = FAILURE_MESSAGES[lang];
  if (error instanceof ConfigError) {
    return [capitalised(CONFIG_INVALID_HEADING[lang]), ...configProblemLines(error.problems, lang).map((line) => `  • ${line}`)].join('\n');
  }
  if (error instanceof RegisterConfigError) return t.registerConfig(error.file, error.issues.map((issue) => registerIssueLine(issue, lang, t.registerRoot)));
  if (error instanceof ScoringModelError) return t.scoringModel(error.file, modelIssueTexts(error.issues, lang));
  if (error instanceof RunLockedError) return (error.kind === 'scoring' ? t.scoreLocked : t.runLocked)(error.path, error.pid);
  if (error instanceof RunLockLostError) return t.runLockLost(error.path);
  if (error instanceof ErasePermissionError) return t.erasePermission(error.entityType, error.recordId);
  if (error instanceof ActivityAccessError) return t.activityAccess(error.entityType, error.status);
  if (isEspoRecordNotFoundError(error)) return t.recordNotFound(error.entityType, error.id);
  if (isEspoFieldsNotStoredError(error)) return t.fieldsNotStored(error.entityType, error.id, error.fields.join(', '));
  if (isEspoError(error)) return espoText(error, t);
  return fileText(error, t);
}

/** `failureText`, else the message of any other AutoCible error; undefined for a bug (to rethrow). */
export function failureMessage(error: unknown, lang: Lang): string | undefined {
  return failureText(error, lang) ?? (isAutoCibleError(error) ? error.message : undefined);
}
