import type { Storage, StoreItems } from 'botbuilder';
import type { BotStateStore } from '../services/repositories';

/**
 * Bot turn state in Cosmos with ETag concurrency. A small adapter from the Bot Framework `Storage`
 * interface to Silta's StateStore. Not botbuilder-azure's CosmosDbPartitionedStorage: in its default
 * compatibility mode it loses state for keys over 255 characters, and two simultaneous turns on one
 * conversation can fail with 412.
 */
export class CosmosBotStorage implements Storage {
  constructor(private readonly store: () => BotStateStore) {}

  read(keys: string[]): Promise<StoreItems> {
    return this.store().read(keys);
  }

  write(changes: StoreItems): Promise<void> {
    return this.store().write(changes);
  }

  delete(keys: string[]): Promise<void> {
    return this.store().delete(keys);
  }
}
