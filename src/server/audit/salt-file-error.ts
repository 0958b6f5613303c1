import { AutoCibleError } from '../../core/errors';

/** The installation salt file cannot be used; never overwritten, since every hash depends on it. */
export class SaltFileError extends AutoCibleError {
  readonly code = 'SALT_FILE_INVALID';

  constructor(
    readonly path: string,
    readonly reason: 'invalid' | 'missing',
  ) {
    super(`${path}: ${reason === 'invalid' ? 'not a 64-character hex salt' : 'could not be created'}; restore it from a backup`);
  }
}
