/** The port the delivery worker sends through; the Teams implementation lives in src/teams. */
export type StoredReference = Record<string, unknown> & {
  conversation?: { id?: string; tenantId?: string };
};

export interface OutboundMessage {
  text?: string;
  /** Shown in the activity feed and notifications. */
  summary: string;
  attachments?: Array<{ contentType: string; content: unknown }>;
  /** Alert the user (Teams activity feed). */
  alert: boolean;
  /** Carried along so a receiving test connector can count duplicates. */
  deliveryId: string;
}

export type SendResult =
  { ok: true; activityId?: string } | { ok: false; status: number; retryAfterMs?: number; code?: string };

export interface DeliveryTransport {
  send(reference: StoredReference, message: OutboundMessage): Promise<SendResult>;
}
