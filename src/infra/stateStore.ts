import { createHash } from 'node:crypto';
import type { Documents } from './cosmos/documents';

/** A bot-state record as stored: the storage key is hashed into a Cosmos-safe id of fixed length. */
export interface StateDocument {
  id: string;
  key: string;
  state: Record<string, unknown>;
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
  constructor(private readonly docs: Documents<StateDocument>) {}

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
        const doc: StateDocument = { id: stateIdFor(key), key, state };
        if (eTag && eTag !== '*') await this.docs.replace(doc, eTag);
        else await this.docs.upsert(doc);
      }),
    );
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.docs.delete(stateIdFor(key))));
  }
}
