import { AutoCibleError } from '../../core/errors';

/** The dataset directory given to a job does not exist or is not a directory. */
export class DatasetDirectoryError extends AutoCibleError {
  readonly code = 'DATASET_DIRECTORY_UNREADABLE';

  constructor(
    readonly dir: string,
    readonly reason: 'missing' | 'notADirectory',
  ) {
    super(`Dataset directory ${dir} is ${reason === 'missing' ? 'missing' : 'not a directory'}`);
  }
}
