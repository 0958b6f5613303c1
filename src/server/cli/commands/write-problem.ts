/** What a failed file write or folder creation means for the user, from the system's error code. */
export type WriteProblem = 'isDirectory' | 'notDirectory' | 'denied' | 'diskFull' | 'failed';

/** The system's code (`EISDIR`, `ENOSPC`…), `EIO` when the error has none. */
export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : 'EIO';
}

export function writeProblem(code: string): WriteProblem {
  if (code === 'EISDIR') return 'isDirectory';
  // mkdir says EEXIST when the folder to create is a file, ENOTDIR when a folder above it is.
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'notDirectory';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'denied';
  return code === 'ENOSPC' || code === 'EDQUOT' ? 'diskFull' : 'failed';
}
