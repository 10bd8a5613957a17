import { SiltaError } from '../../domain/errors';

/** Storage errors with a code and a message that says what to do. */
export class StaleWriteError extends SiltaError<'STORAGE_STALE_ETAG'> {
  constructor(what: string) {
    super('STORAGE_STALE_ETAG', { what });
  }
}

export class DuplicateError extends SiltaError<'STORAGE_DUPLICATE'> {
  constructor(what: string) {
    super('STORAGE_DUPLICATE', { what });
  }
}

export function statusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'number') return code;
  }
  return undefined;
}
