import type { Reminder } from '../domain/scheduling/reminders';
import type { CosmosStore } from './cosmos/store';
import { Documents, type Stored } from './cosmos/documents';
import { StaleWriteError } from './cosmos/errors';

interface ReminderDoc extends Reminder {
  kind: 'reminder';
  nextRunEpoch: number;
}

/** Recurring reminders in the `leases` container; a run is claimed by moving nextRunAt with IfMatch. */
export class ReminderRepository {
  private readonly docs: Documents<ReminderDoc>;

  constructor(store: CosmosStore) {
    this.docs = new Documents<ReminderDoc>(store.container('leases'), 'reminder');
  }

  private toDoc(r: Reminder): ReminderDoc {
    return { ...r, kind: 'reminder', nextRunEpoch: Date.parse(r.nextRunAt) };
  }

  async upsertIfMissing(r: Reminder): Promise<void> {
    if (!(await this.docs.read(r.id))) await this.docs.upsert(this.toDoc(r));
  }

  /** A reminder the coordinator added (its id is new). */
  async create(r: Reminder): Promise<void> {
    await this.docs.create(this.toDoc(r));
  }

  /** The reminders in use (removed ones are kept only as markers). */
  async list(): Promise<Array<Stored<Reminder>>> {
    return this.docs.query(
      "SELECT * FROM c WHERE c.kind = 'reminder' AND (NOT IS_DEFINED(c.removed) OR c.removed = false) ORDER BY c.id",
    );
  }

  async due(nowEpoch: number): Promise<Array<Stored<Reminder>>> {
    return this.docs.query(
      "SELECT * FROM c WHERE c.kind = 'reminder' AND c.paused = false AND (NOT IS_DEFINED(c.removed) OR c.removed = false) AND c.nextRunEpoch <= @now",
      [{ name: '@now', value: nowEpoch }],
    );
  }

  /** Saves with IfMatch; false when another instance changed it first (it ran the reminder). */
  async save(r: Stored<Reminder>): Promise<boolean> {
    try {
      await this.docs.replace(this.toDoc(r), r._etag);
      return true;
    } catch (error) {
      if (error instanceof StaleWriteError) return false;
      throw error;
    }
  }

  /**
   * Deletes reminders the coordinator added and later removed (their own title and text). The seeds'
   * removed reminders stay as markers: they hold no personal data and keep the seed from coming back.
   */
  async deleteRemovedCustom(): Promise<number> {
    const old = await this.docs.query(
      "SELECT c.id FROM c WHERE c.kind = 'reminder' AND c.removed = true AND STARTSWITH(c.id, 'custom-')",
    );
    const deleted = await Promise.all(old.map((doc) => this.docs.delete(doc.id)));
    return deleted.filter(Boolean).length;
  }

  get(id: string): Promise<Stored<Reminder> | undefined> {
    return this.docs.read(id);
  }
}
