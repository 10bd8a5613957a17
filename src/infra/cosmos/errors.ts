/** Storage errors with a code and a message that says what to do. */
export class StaleWriteError extends Error {
  readonly code = 'STORAGE_STALE_ETAG';
  constructor(what: string) {
    super(
      `STORAGE_STALE_ETAG ${what} was changed by someone else since it was read; reload it and try again`,
    );
  }
}

export class DuplicateError extends Error {
  readonly code = 'STORAGE_DUPLICATE';
  constructor(what: string) {
    super(`STORAGE_DUPLICATE ${what} already exists`);
  }
}

export function statusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'number') return code;
  }
  return undefined;
}
