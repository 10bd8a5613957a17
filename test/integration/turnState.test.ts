import { TestAdapter, TurnContext, type StoreItems } from 'botbuilder';
import { Documents } from '../../src/infra/cosmos/documents';
import { openCosmosStore, type CosmosStore } from '../../src/infra/cosmos/store';
import { createLogger } from '../../src/infra/logger';
import { StateStore, type StateDocument } from '../../src/infra/stateStore';
import { CosmosBotStorage } from '../../src/teams/cosmosStorage';
import { SiltaTurnState } from '../../src/teams/turnState';

/** The Cosmos-backed bot storage, counting the keys each turn reads. */
class CountingStorage extends CosmosBotStorage {
  readonly reads: string[][] = [];
  readonly writes: string[][] = [];
  override read(keys: string[]): Promise<StoreItems> {
    this.reads.push(keys);
    return super.read(keys);
  }
  override write(changes: StoreItems): Promise<void> {
    this.writes.push(Object.keys(changes));
    return super.write(changes);
  }
}

const turn = (conversationId: string) =>
  new TurnContext(new TestAdapter(), {
    type: 'message',
    channelId: 'msteams',
    text: 'apua',
    recipient: { id: '28:silta', name: 'Silta' },
    from: { id: '29:user', name: 'Käyttäjä' },
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
  });

describe('Turn state: only the scopes Silta declares are read from and saved to Cosmos', () => {
  let store: CosmosStore;
  let storage: CountingStorage;

  beforeAll(async () => {
    store = await openCosmosStore({ database: 'turn-state-it' }, createLogger('silent'));
    await store.ensureSchema();
    const state = new StateStore(new Documents<StateDocument>(store.container('botstate'), 'bot state'));
    storage = new CountingStorage(() => state);
  });
  afterAll(() => store.close());

  it('When Silta declares no persisted scope (today), then a turn reads and writes nothing in Cosmos, and the scopes still work in memory', async () => {
    const state = new SiltaTurnState();
    await state.load(turn('a:one'), storage);
    expect(storage.reads.at(-1)).toEqual([]);
    (state.user as Record<string, unknown>).seen = true; // teams-ai itself reads state.user every turn
    state.temp.input = 'apua';
    await state.save(turn('a:one'), storage);
    expect(storage.writes.at(-1) ?? []).toEqual([]);

    const next = new SiltaTurnState();
    await next.load(turn('a:one'), storage);
    expect(next.user).toEqual({});
  });

  it('When a feature declares the conversation scope, then it is saved to Cosmos and read back on the next turn', async () => {
    const first = new SiltaTurnState(['conversation']);
    await first.load(turn('a:two'), storage);
    expect(storage.reads.at(-1)).toEqual(['msteams/28:silta/conversations/a:two']);
    (first.conversation as Record<string, unknown>).step = 'kysytty';
    await first.save(turn('a:two'), storage);

    const next = new SiltaTurnState(['conversation']);
    await next.load(turn('a:two'), storage);
    expect((next.conversation as Record<string, unknown>).step).toBe('kysytty');
  });
});
