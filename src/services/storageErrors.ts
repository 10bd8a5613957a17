import { SiltaError } from '../domain/errors';

/**
 * What the storage ports (./repositories.ts) throw when a record changed since it was read (its ETag
 * no longer matches): the use case reloads and decides (retry, or tell the user someone was faster).
 */
export class StaleWriteError extends SiltaError<'STORAGE_STALE_ETAG'> {
  constructor(what: string) {
    super('STORAGE_STALE_ETAG', { what });
  }
}
