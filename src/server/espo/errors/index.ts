export { EspoError, describeRequest } from './espo-error';
export type { EspoRequestInfo } from './espo-error';
export { EspoHttpError, reasonPhrase } from './espo-http-error';
export type { EspoDuplicate, EspoHttpErrorDetails, EspoValidationFailure } from './espo-http-error';
export { EspoContractError } from './espo-contract-error';
export type { EspoContractIssue } from './espo-contract-error';
export { EspoNetworkError } from './espo-network-error';
export { EspoTimeoutError } from './espo-timeout-error';
export { EspoAbortError } from './espo-abort-error';
export {
  isEspoAbortError,
  isEspoContractError,
  isEspoError,
  isEspoHttpError,
  isEspoNetworkError,
  isEspoTimeoutError,
} from './guards';
export { EspoRecordNotFoundError, isEspoRecordNotFoundError } from './espo-record-not-found-error';
export { EspoFieldsNotStoredError, isEspoFieldsNotStoredError } from './espo-fields-not-stored-error';
