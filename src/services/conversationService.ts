import type { OrderMessage } from '../domain/orders';
import type { Clock } from '../domain/time';
import { conversationKey, userKey } from '../infra/conversationRepository';
import type { CardLocation } from './ports';
import type { Repositories, StoredReference } from './repositories';

/** Where Silta can reach people and chats later (proactive messages): references kept per user and chat. */
export class ConversationService {
  constructor(
    private readonly repos: () => Repositories,
    private readonly clock: Clock,
  ) {}

  /** Remembers a user's personal chat; `install` writes it even when this instance wrote it lately. */
  rememberUser(aadObjectId: string, reference: StoredReference, install = false): Promise<void> {
    return this.repos().conversations.save(userKey(aadObjectId), reference, this.clock(), install);
  }

  /** Remembers the chat a card was acted on and returns where the card lives, with the view it may show. */
  async rememberCard(location: CardLocation, viewer?: string): Promise<OrderMessage> {
    const key = conversationKey(location.conversationId);
    await this.repos().conversations.save(key, location.reference, this.clock());
    return location.personal && viewer
      ? { key, activityId: location.activityId, viewer }
      : { key, activityId: location.activityId };
  }

  /** Remembers a channel (its notice board) under its conversation id. */
  rememberChannel(conversationId: string, reference: StoredReference): Promise<void> {
    return this.repos().conversations.save(conversationKey(conversationId), reference, this.clock());
  }

  ofUser(aadObjectId: string): Promise<StoredReference | undefined> {
    return this.repos().conversations.get(userKey(aadObjectId));
  }

  /** A reference by its stored key ("user:<aad>" or "conv:<id>"). */
  get(key: string): Promise<StoredReference | undefined> {
    return this.repos().conversations.get(key);
  }

  userKey(aadObjectId: string): string {
    return userKey(aadObjectId);
  }
}
