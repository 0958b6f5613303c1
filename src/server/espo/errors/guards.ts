import { EspoAbortError } from './espo-abort-error';
import { EspoContractError } from './espo-contract-error';
import { EspoError } from './espo-error';
import { EspoHttpError } from './espo-http-error';
import { EspoNetworkError } from './espo-network-error';
import { EspoTimeoutError } from './espo-timeout-error';

export function isEspoError(value: unknown): value is EspoError {
  return value instanceof EspoError;
}

export function isEspoHttpError(value: unknown): value is EspoHttpError {
  return value instanceof EspoHttpError;
}

export function isEspoContractError(value: unknown): value is EspoContractError {
  return value instanceof EspoContractError;
}

export function isEspoNetworkError(value: unknown): value is EspoNetworkError {
  return value instanceof EspoNetworkError;
}

export function isEspoTimeoutError(value: unknown): value is EspoTimeoutError {
  return value instanceof EspoTimeoutError;
}

export function isEspoAbortError(value: unknown): value is EspoAbortError {
  return value instanceof EspoAbortError;
}
