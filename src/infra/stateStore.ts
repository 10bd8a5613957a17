import { createHash } from 'node:crypto';
import { systemClock, type Clock } from '../domain/time';
import type { Documents } from './cosmos/documents';

/** A bot-state record as stored: the storage key is hashed into a Cosmos-safe id of fixed length. */
export interface StateDocument {
  id: string;
  key: string;
  state: Record<string, unknown>;
  /** Last write (ISO); the retention job deletes state not written for TURN_STATE_RETENTION_DAYS. */
  updatedAt?: string;
  /** Cosmos TTL in seconds: Azure deletes state not written for that long. */
  ttl?: number;
}

/** Cosmos ids may not contain / \ ? # and are limited in length; a SHA-256 of the key is neither. */
export function stateIdFor(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export type StateItem = Record<string, unknown> & { eTag?: string };

/**
 * Key/value state with ETag concurrency, the shape the Bot Framework `Storage` interface needs:
 * a write whose eTag is set (and not "*") succeeds only if the stored item is unchanged.
 */
export class StateStore {
  constructor(
    private readonly docs: Documents<StateDocument>,
    private readonly clock: Clock = systemClock,
    /** Azure's second line behind the retention job (TURN_STATE_RETENTION_DAYS, and a day). */
    private readonly ttlSeconds?: number,
  ) {}

  async read(keys: string[]): Promise<Record<string, StateItem>> {
    const out: Record<string, StateItem> = {};
    await Promise.all(
      keys.map(async (key) => {
        const doc = await this.docs.read(stateIdFor(key));
        if (doc) out[key] = { ...doc.state, eTag: doc._etag };
      }),
    );
    return out;
  }

  async write(changes: Record<string, StateItem>): Promise<void> {
    await Promise.all(
      Object.entries(changes).map(async ([key, item]) => {
        const { eTag, ...state } = item;
        const doc: StateDocument = {
          id: stateIdFor(key),
          key,
          state,
          updatedAt: this.clock().toISOString(),
          ...(this.ttlSeconds ? { ttl: this.ttlSeconds } : {}),
        };
        if (eTag && eTag !== '*') await this.docs.replace(doc, eTag);
        else await this.docs.upsert(doc);
      }),
    );
  }

  /**
   * Deletes state last written before `cutoff` (ISO); state written before `updatedAt` was kept counts
   * from its Cosmos write time (_ts). Returns how many were deleted.
   */
  async deleteWrittenBefore(cutoff: string): Promise<number> {
    const old = await this.docs.query(
      'SELECT c.id FROM c WHERE (IS_DEFINED(c.updatedAt) AND c.updatedAt < @cutoff) OR (NOT IS_DEFINED(c.updatedAt) AND c._ts < @ts)',
      [
        { name: '@cutoff', value: cutoff },
        { name: '@ts', value: Math.floor(Date.parse(cutoff) / 1000) },
      ],
    );
    const deleted = await Promise.all(old.map((doc) => this.docs.delete(doc.id)));
    return deleted.filter(Boolean).length;
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.docs.delete(stateIdFor(key))));
  }
}
