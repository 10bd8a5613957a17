/**
 * The port the delivery engine (src/infra/delivery/worker.ts) sends through; the Teams implementation
 * is src/teams/proactiveTransport.ts.
 */
import type { StoredReference } from './repositories';

export type { StoredReference };
/** The brief's name for the same thing: a conversation reference as plain data. */
export type StoredConversationReference = StoredReference;

export interface OutboundMessage {
  text?: string;
  /** Shown in the activity feed and notifications. */
  summary: string;
  /** Adaptive Card attachments (plain JSON). */
  attachments?: Array<{ contentType: string; content: unknown }>;
  /** Alert the user (Teams activity feed: channelData.notification.alert). */
  alert: boolean;
  /** The delivery's idempotency key, carried in channelData so a receiving connector can count duplicates. */
  deliveryId: string;
}

/** status 0 = network error (no HTTP answer). */
export type SendResult =
  | { kind: 'ok'; activityId?: string }
  | { kind: 'failed'; status: number; retryAfterMs?: number; code?: string };

export interface DeliveryTransport {
  send(reference: StoredReference, message: OutboundMessage): Promise<SendResult>;
}
