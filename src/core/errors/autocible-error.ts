/**
 * Base of every error AutoCible throws on purpose. Subclasses carry the data a user
 * needs to act (field, record id, status…) as typed properties, never only in the message.
 */
export abstract class AutoCibleError extends Error {
  /** Stable machine-readable code, e.g. `VMC_INPUT_INVALID`. */
  abstract readonly code: string;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

export function isAutoCibleError(value: unknown): value is AutoCibleError {
  return value instanceof AutoCibleError;
}
