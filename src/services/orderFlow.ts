import {
  alertsAfter,
  alertsOnSubmit,
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
import type { CardLocation, OrderMessenger } from './ports';

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
    const result = await this.orders.create(raw, orderer);
    if (result.kind !== 'ok') return result;
    const here = at ? await this.conversations.rememberCard(at, orderer.aadObjectId) : undefined;
    if (here) await this.orders.addMessage(result.order.id, here);
    const unreachable = await this.announce(result.order);
    if (here) await this.show(result.order, here);
    await this.tell(result.order, alertsOnSubmit(result.order));
    return { ...result, unreachable };
  }

  /** One step by a person; on success every card of the order is redrawn and the next actor told. */
  async act(orderId: string, action: OrderAction, actor: Actor): Promise<ActResult> {
    const result = await this.orders.act(orderId, action, actor);
    if (result.kind === 'done') await this.after(result.before, result.order);
    return result;
  }

  /** The scheduler's step: after the event, mark held and send the feedback card; purge old personal data. */
  async upkeep(): Promise<void> {
    const { held } = await this.orders.tick();
    for (const order of held) await this.after({ ...order, state: 'confirmed' }, order);
  }

  /** Posts the new order to each liaison; returns the e-mails of liaisons Silta cannot reach in Teams. */
  private async announce(order: Order): Promise<string[]> {
    const unreachable: string[] = [];
    for (const liaison of order.liaisons) {
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

  /** After a step: redraw every stored card (the one acted on too) and alert whoever acts next. */
  private async after(before: Order, after: Order): Promise<void> {
    for (const message of after.messages ?? []) await this.show(after, message);
    await this.tell(after, alertsAfter(before, after));
  }

  /** Alerts people in their personal chats: one line, or the line leading the order's card (kept current). */
  private async tell(after: Order, alerts: readonly OrderAlert[]): Promise<void> {
    for (const alert of alerts) {
      try {
        if (!alert.withCard) {
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
