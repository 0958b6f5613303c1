import { AutoCibleError } from './autocible-error';

/**
 * A value given to a pure domain function is impossible (negative amount, rate outside 0–1…).
 * `input` names the offending input so UIs and CLIs can point at it.
 */
export class DomainInputError extends AutoCibleError {
  readonly code = 'DOMAIN_INPUT_INVALID';

  constructor(
    readonly input: string,
    readonly value: unknown,
    readonly reason: string,
  ) {
    super(`Invalid input "${input}": ${reason}`);
  }
}
