import { SiltaError } from '../../domain/errors';

/** Storage errors with a code and a message that says what to do. */
// The use cases' storage ports promise StaleWriteError on a lost ETag race; they own its class.
export { StaleWriteError } from '../../services/storageErrors';

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
