import { SEEN_REFRESH_MS } from '../domain/retention';
import type { CosmosStore } from './cosmos/store';
import { Documents } from './cosmos/documents';
import { stateIdFor } from './stateStore';

/**
 * A Bot Framework conversation reference as plain data (channel, serviceUrl, conversation, bot, user),
 * kept opaque here so storage does not depend on the SDK's types.
 */
export type StoredReference = Record<string, unknown> & {
  serviceUrl?: string;
  conversation?: { id: string; tenantId?: string; conversationType?: string };
};

interface ReferenceDoc {
  id: string;
  key: string;
  reference: StoredReference;
  /** When it was last written: at least once a day while its user is active, so it is their "last seen". */
  updatedAt: string;
  /** Cosmos TTL in seconds: Azure deletes a reference not rewritten for that long. */
  ttl?: number;
}

/** A stored reference's key and when it was last written (the retention job's view). */
export interface ReferenceStamp {
  key: string;
  updatedAt: string;
}

/** Where to reach a user (key "user:<aad id>") or a channel ("conv:<conversation id>") proactively. */
export const userKey = (aadObjectId: string) => `user:${aadObjectId.toLowerCase()}`;
export const conversationKey = (conversationId: string) => `conv:${conversationId}`;

/** Conversation references, captured on install and on every turn; point reads by hashed key. */
export class ConversationRepository {
  private readonly docs: Documents<ReferenceDoc>;
  /**
   * What this instance last wrote per key and when, so an unchanged reference is not rewritten on every
   * turn, yet at least once a day (its time is the user's "last seen", docs/data-lifetimes.md §1).
   */
  private readonly written = new Map<string, { fingerprint: string; at: number }>();

  /** @param ttlSeconds Azure's second line behind the retention job (USER_INACTIVE_MONTHS, and a day). */
  constructor(
    store: CosmosStore,
    private readonly ttlSeconds?: number,
  ) {
    this.docs = new Documents<ReferenceDoc>(store.container('conversations'), 'conversation reference');
  }

  /**
   * Stores the reference unless this instance wrote the same one within a day. `force` writes anyway
   * (an install: another instance may have deleted it when the user removed Silta).
   */
  async save(key: string, reference: StoredReference, now: Date, force = false): Promise<void> {
    // The locale too: proactive messages follow the user's latest language (docs/orders.md §6.3).
    const fingerprint = `${reference.serviceUrl}|${reference.conversation?.id}|${String(reference.locale)}`;
    const last = this.written.get(key);
    if (!force && last?.fingerprint === fingerprint && now.getTime() - last.at < SEEN_REFRESH_MS) return;
    await this.docs.upsert({
      id: stateIdFor(key),
      key,
      reference,
      updatedAt: now.toISOString(),
      ...(this.ttlSeconds ? { ttl: this.ttlSeconds } : {}),
    });
    this.written.set(key, { fingerprint, at: now.getTime() });
  }

  /** When the reference under `key` was last written; undefined when there is none. */
  async seenAt(key: string): Promise<string | undefined> {
    return (await this.docs.read(stateIdFor(key)))?.updatedAt;
  }

  /** Forgets the reference (the user removed Silta, or was not seen for too long). */
  async delete(key: string): Promise<boolean> {
    this.written.delete(key);
    return this.docs.delete(stateIdFor(key));
  }

  /** References (users' and channels') last written before `cutoff` (ISO). */
  listWrittenBefore(cutoff: string): Promise<ReferenceStamp[]> {
    return this.docs.query(
      'SELECT c.id, c.key, c.updatedAt FROM c WHERE IS_DEFINED(c.key) AND c.updatedAt < @cutoff',
      [{ name: '@cutoff', value: cutoff }],
    );
  }

  async get(key: string): Promise<StoredReference | undefined> {
    return (await this.docs.read(stateIdFor(key)))?.reference;
  }
}
