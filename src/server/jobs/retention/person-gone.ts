/**
 * A person deleted or merged while a long run goes on: the reads that name them (`linkedWith` their id) are
 * refused with `LinkedRecordNotFoundError`. The plan leaves them out and `apply` reports them skipped as gone;
 * any other error is left to the caller.
 */
import { LinkedRecordNotFoundError } from './linked-record-not-found-error';
import type { PersonEntityType } from './persons';

/** Whether `error` says that this very person no longer exists. */
export function isPersonGone(error: unknown, entityType: PersonEntityType, id: string): boolean {
  return error instanceof LinkedRecordNotFoundError && error.linkedEntityType === entityType && error.linkedId === id;
}

/** The result of `read`, or null when EspoCRM says the person it reads about is gone. */
export async function unlessGone<T>(entityType: PersonEntityType, id: string, read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (isPersonGone(error, entityType, id)) return null;
    throw error;
  }
}
