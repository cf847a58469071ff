/**
 * Typed errors: a stable machine-readable code, a human message, and whether retrying can help.
 * HTTP handlers map them to a status; reconcilers map them to a condition reason.
 */
export class SightlineError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly options: { retryable?: boolean; httpStatus?: number; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = code;
  }

  get retryable(): boolean {
    return this.options.retryable ?? false;
  }

  get httpStatus(): number {
    return this.options.httpStatus ?? (this.retryable ? 503 : 400);
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
