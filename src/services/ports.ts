/**
 * What the use cases need from the Teams layer, as interfaces they own: src/teams implements them
 * (src/teams/compose.ts wires them in). Storage ports are in ./repositories.
 */
import type { Order, OrderAlertKey, OrderMessage, PersonRef } from '../domain/orders';
import type { StoredReference } from './repositories';

/** A person Silta can reach in their personal chat (they have an Entra object id). */
export type Reachable = PersonRef & { aadObjectId: string };

/** The message a card action came from: its conversation (and how to reach it again) and its id. */
export interface CardLocation {
  conversationId: string;
  activityId: string;
  /** A personal chat (its one user's view) rather than a group chat or channel (the shared view). */
  personal: boolean;
  reference: StoredReference;
}

/** The line that leads an order card Silta posts: a new order, or an alert after a step. */
export type OrderCardLead = 'orders.notifyNewOrder' | OrderAlertKey;

/** A proactive message: not sent (no chat with Silta), or sent (where it is, when Teams said). */
export type Posted = { sent: false } | { sent: true; message?: OrderMessage };

/**
 * Proactive order messages in each person's own language and view. Each call throws when Teams
 * refuses the send (the use case logs it); `undefined`/`false` means the person has no chat with Silta.
 */
export interface OrderMessenger {
  /** Posts the order's card to the person's personal chat; `lead` is the notification's text. */
  postCard(order: Order, to: Reachable, lead: OrderCardLead, leadOnCard: boolean): Promise<Posted>;
  /** Tells the person one line about the order. */
  tell(order: Order, to: Reachable, key: OrderAlertKey): Promise<boolean>;
  /** Redraws a message Silta posted: its viewer's view, or the shared view. */
  redraw(order: Order, message: OrderMessage): Promise<void>;
}
