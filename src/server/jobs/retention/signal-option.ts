/** The `signal` option of a gateway call, left out when there is none (`exactOptionalPropertyTypes`). */
export const withSignal = (signal: AbortSignal | undefined): { signal?: AbortSignal } => (signal === undefined ? {} : { signal });
