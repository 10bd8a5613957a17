import type { Storage, TurnContext } from 'botbuilder';
import { TurnState } from '@microsoft/teams-ai/lib/TurnState';

/**
 * The turn-state scopes Silta persists (through the Application's storage: CosmosBotStorage, with
 * ETags). teams-ai would otherwise read the conversation and the user scope on every turn: two Cosmos
 * point reads that halve the turn throughput (see README, "Benchmarks"). Silta keeps its data in its
 * own repositories and uses neither scope today; a feature that needs one lists it here.
 */
export const PERSISTED_SCOPES: readonly string[] = [];

/** teams-ai's turn state whose scopes live in memory for the turn unless they are listed as persisted. */
export class SiltaTurnState extends TurnState {
  constructor(private readonly persisted: readonly string[] = PERSISTED_SCOPES) {
    super();
  }

  override async load(context: TurnContext, storage?: Storage): Promise<boolean> {
    return super.load(context, storage && (await this.persistedOnly(context, storage)));
  }

  override async save(context: TurnContext, storage?: Storage): Promise<void> {
    return super.save(context, storage && (await this.persistedOnly(context, storage)));
  }

  /** The storage, seeing only the keys of persisted scopes (the others start empty every turn). */
  private async persistedOnly(context: TurnContext, storage: Storage): Promise<Storage> {
    const keys = await this.onComputeStorageKeys(context);
    const kept = new Set(
      Object.entries(keys)
        .filter(([scope]) => this.persisted.includes(scope))
        .map(([, key]) => key),
    );
    return {
      read: (wanted) => storage.read(wanted.filter((key) => kept.has(key))),
      write: (changes) =>
        storage.write(Object.fromEntries(Object.entries(changes).filter(([key]) => kept.has(key)))),
      delete: (gone) => storage.delete(gone.filter((key) => kept.has(key))),
    };
  }
}
