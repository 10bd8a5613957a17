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
  updatedAt: string;
}

/** Where to reach a user (key "user:<aad id>") or a channel ("conv:<conversation id>") proactively. */
export const userKey = (aadObjectId: string) => `user:${aadObjectId.toLowerCase()}`;
export const conversationKey = (conversationId: string) => `conv:${conversationId}`;

/** Conversation references, captured on install and on every turn; point reads by hashed key. */
export class ConversationRepository {
  private readonly docs: Documents<ReferenceDoc>;
  /** What this instance last wrote per key, so an unchanged reference is not rewritten on every turn. */
  private readonly written = new Map<string, string>();

  constructor(store: CosmosStore) {
    this.docs = new Documents<ReferenceDoc>(store.container('conversations'), 'conversation reference');
  }

  async save(key: string, reference: StoredReference, now: Date): Promise<void> {
    const fingerprint = `${reference.serviceUrl}|${reference.conversation?.id}`;
    if (this.written.get(key) === fingerprint) return;
    await this.docs.upsert({ id: stateIdFor(key), key, reference, updatedAt: now.toISOString() });
    this.written.set(key, fingerprint);
  }

  async get(key: string): Promise<StoredReference | undefined> {
    return (await this.docs.read(stateIdFor(key)))?.reference;
  }
}
