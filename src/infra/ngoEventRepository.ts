import type { NgoEvent } from '../domain/ngo';
import type { CosmosStore } from './cosmos/store';
import { Documents, type Stored } from './cosmos/documents';

interface EventDoc extends NgoEvent {
  pk: string;
}

const toEvent = (doc: Stored<EventDoc>): NgoEvent => {
  const { pk: _pk, _etag: _e, ...event } = doc as Stored<EventDoc> & Record<string, unknown>;
  return event as unknown as NgoEvent;
};

/** Accepted NGO activities in `ngoEvents` (docs/ngo.md §6): pk = the place (unit id or "kunta:<name>"). */
export class NgoEventRepository {
  private readonly docs: Documents<EventDoc>;

  constructor(store: CosmosStore) {
    this.docs = new Documents<EventDoc>(store.container('ngoEvents'), 'NGO event');
  }

  async put(event: NgoEvent): Promise<void> {
    await this.docs.upsert({ ...event, pk: event.placeKey });
  }

  /** The events of one place (a unit, or a whole municipality). */
  async forPlace(placeKey: string): Promise<NgoEvent[]> {
    const docs = await this.docs.query(
      'SELECT * FROM c WHERE c.pk = @pk',
      [{ name: '@pk', value: placeKey }],
      placeKey,
    );
    return docs.map(toEvent);
  }

  async list(): Promise<NgoEvent[]> {
    return (await this.docs.query('SELECT * FROM c')).map(toEvent);
  }

  delete(event: Pick<NgoEvent, 'id' | 'placeKey'>): Promise<boolean> {
    return this.docs.delete(event.id, event.placeKey);
  }
}
