import {
  alertsAfter,
  alertsOnSubmit,
  sameWorkflow,
  submissionIdOf,
  type Actor,
  type Order,
  type OrderAction,
  type OrderAlert,
  type OrderMessage,
} from '../domain/orders';
import { logError } from '../domain/errors';
import type { Logger } from '../infra/logger';
import type { ConversationService } from './conversationService';
import type { ActResult, CreateResult, OrderService } from './orderService';
import type { StoredOrder } from './repositories';
import type { CardLocation, OrderMessenger } from './ports';

/** Redraw rounds after a step at most: each needs another step to land during the one before. */
const MAX_SETTLE_ROUNDS = 4;
/** An order not yet announced this long after it was created was left by a stopped process. */
export const ANNOUNCE_GRACE_MS = 60_000;

/** True when the person has a card of the order of their own (their view, in their personal chat). */
function hasCard(order: Order, aadObjectId: string): boolean {
  const id = aadObjectId.toLowerCase();
  return (order.messages ?? []).some((m) => m.viewer?.toLowerCase() === id);
}

export type SubmitResult =
  | (Extract<CreateResult, { kind: 'ok' }> & {
      /** E-mails of the liaisons Silta could not reach in Teams. */
      unreachable: string[];
    })
  | Exclude<CreateResult, { kind: 'ok' }>;

/**
 * The order workflow with its messages: every step keeps everyone's cards current and tells whoever
 * acts next (who that is: domain/orders/alerts.ts), through the messenger the Teams layer provides.
 */
export class OrderFlow {
  constructor(
    private readonly orders: OrderService,
    private readonly conversations: ConversationService,
    private readonly messenger: OrderMessenger,
    private readonly log: Logger,
  ) {}

  /**
   * Creates the order from the form and posts it to the liaisons. The form's message (`at`) becomes the
   * order's card: the orderer's view in their personal chat, the status in a group chat.
   */
  async submit(
    raw: Record<string, unknown>,
    orderer: { aadObjectId: string; name: string },
    at?: CardLocation,
  ): Promise<SubmitResult> {
    const result = await this.orders.create(raw, orderer, submissionIdOf(raw));
    if (result.kind !== 'ok') return result;
    const here = at ? await this.conversations.rememberCard(at, orderer.aadObjectId) : undefined;
    if (here) await this.orders.addMessage(result.order.id, here);
    const unreachable = await this.announce(result.order);
    await this.orders.markAnnounced(result.order.id);
    if (here) await this.show(result.order, here);
    await this.tell(result.order, alertsOnSubmit(result.order));
    // A liaison may have acted on their card already: whatever was drawn from the new order is redrawn.
    const final = await this.settle(result.order.id, result.order);
    return { ...result, order: final ?? result.order, unreachable };
  }

  /**
   * One step by a person; on success the next actor is told and every card of the order redrawn. The
   * result carries the order as last drawn, so the clicker's own card shows what the others show.
   */
  async act(orderId: string, action: OrderAction, actor: Actor): Promise<ActResult> {
    const result = await this.orders.act(orderId, action, actor);
    if (result.kind !== 'done') return result;
    const final = await this.after(result.before, result.order);
    return final ? { ...result, order: final } : result;
  }

  /** The scheduler's step: after the event, mark held and send the feedback card; purge old personal data. */
  async upkeep(): Promise<void> {
    const { held } = await this.orders.tick();
    for (const order of held) await this.after({ ...order, state: 'confirmed' }, order);
    // A process stopped between storing an order and posting it: post it now, to the liaisons who
    // have no card of it (a resubmitted form is told it was sent, so nobody else would).
    for (const order of await this.orders.claimUnannounced(ANNOUNCE_GRACE_MS)) {
      await this.announce(order, (aad) => !hasCard(order, aad));
    }
  }

  /** Posts the new order to each liaison; returns the e-mails of liaisons Silta cannot reach in Teams. */
  private async announce(
    order: Order,
    wanted: (aadObjectId: string) => boolean = () => true,
  ): Promise<string[]> {
    const unreachable: string[] = [];
    for (const liaison of order.liaisons) {
      if (liaison.aadObjectId && !wanted(liaison.aadObjectId)) continue;
      const posted = liaison.aadObjectId
        ? await this.messenger
            .postCard(order, { ...liaison, aadObjectId: liaison.aadObjectId }, 'orders.notifyNewOrder', false)
            .catch((error: unknown) => {
              logError(this.log, 'warn', 'ORDER_ANNOUNCE_FAILED', { err: error, orderId: order.id });
              return { sent: false as const };
            })
        : { sent: false as const };
      if (!posted.sent) {
        if (liaison.email) unreachable.push(liaison.email);
      } else if (posted.message) {
        await this.orders.addMessage(order.id, posted.message);
      }
    }
    return unreachable;
  }

  private async show(order: Order, message: OrderMessage): Promise<void> {
    await this.messenger.redraw(order, message).catch((error: unknown) => {
      logError(this.log, 'warn', 'ORDER_CARD_UPDATE_FAILED', { err: error, orderId: order.id });
    });
  }

  /** After a step: alert whoever acts next, then redraw every stored card from the stored order. */
  private async after(before: Order, after: Order): Promise<StoredOrder | undefined> {
    await this.tell(after, alertsAfter(before, after));
    return this.settle(after.id);
  }

  /**
   * Redraws every card of the order from a fresh read, and again while a re-read finds a newer workflow
   * than the one drawn (docs/orders.md §6.2). A step that lands meanwhile redraws too, and whichever
   * re-reads last draws the final state over everything drawn before: no card is left with buttons of
   * a state the order has left. `drawn`: the order as the caller already drew it (nothing to redraw
   * while it is still the stored one).
   */
  private async settle(orderId: string, drawn?: Order): Promise<StoredOrder | undefined> {
    let latest: StoredOrder | undefined;
    for (let round = 0; round < MAX_SETTLE_ROUNDS; round += 1) {
      latest = await this.orders.get(orderId);
      if (!latest || (drawn && sameWorkflow(drawn, latest))) return latest;
      for (const message of latest.messages ?? []) await this.show(latest, message);
      drawn = latest;
    }
    return latest;
  }

  /**
   * Alerts people in their personal chats (docs/orders.md §6.1): one line of text. Someone with
   * something to do on the card who has no card of the order in their chat yet gets the card, led by
   * the line; one who has it keeps that one card, which settle() redraws: never a second live copy.
   */
  private async tell(after: Order, alerts: readonly OrderAlert[]): Promise<void> {
    for (const alert of alerts) {
      try {
        if (!alert.withCard || hasCard(after, alert.to.aadObjectId)) {
          await this.messenger.tell(after, alert.to, alert.key);
          continue;
        }
        // The alert line leads the card and is its summary: one message that can be kept current.
        const posted = await this.messenger.postCard(after, alert.to, alert.key, true);
        if (posted.sent && posted.message) await this.orders.addMessage(after.id, posted.message);
      } catch (error) {
        logError(this.log, 'warn', 'ORDER_ALERT_FAILED', { err: error, orderId: after.id });
      }
    }
  }
}
