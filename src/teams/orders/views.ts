import {
  availableActions,
  feedbackRoles,
  historyLines,
  isHandlingLiaison,
  isOrderingSide,
  type Actor,
  type InvalidReason,
  type Order,
  type TransitionError,
} from '../../domain/orders';
import type { Translate } from '../../i18n';
import { dateText, dateTimeText } from '../../i18n/formats';
import type { Services } from '../../services';
import type { AdaptiveCard } from '../cards/adaptive';
import { orderCard, statusCard } from '../cards/orderCards';
import { historyCard } from '../cards/orderHistoryCard';
import { userMessage } from '../errors';

/** Renders orders for one viewer: buttons from the rules, expert names only for liaisons. */
export class OrderViews {
  constructor(private readonly services: Services) {}

  actor(aadObjectId: string | undefined, name: string): Actor {
    return this.services.orders.actorFor(aadObjectId, name);
  }

  /** The view of a person named on the order (orderer, contact or liaison), by their Entra id. */
  viewerOf(order: Order, aadObjectId: string): Actor {
    const person = [order.orderer, order.details.contact, ...order.liaisons].find(
      (p) => p.aadObjectId === aadObjectId,
    );
    return this.actor(aadObjectId, person?.name ?? '');
  }

  /** The view for everyone without a role on the order: a shared message, or someone else opening it. */
  shared(order: Order, t: Translate, note?: string): AdaptiveCard {
    return statusCard(
      order,
      { unit: this.services.directory.unit(order.details.unitId), ...(note ? { note } : {}) },
      t,
    );
  }

  card(order: Order, viewer: Actor, t: Translate, note?: string, lead?: string): AdaptiveCard {
    const orders = this.services.orders;
    const seesExperts = isHandlingLiaison(order, viewer);
    const involved = seesExperts || isOrderingSide(order, viewer);
    if (!involved) return this.shared(order, t, note);
    const actions = availableActions(order, viewer);
    const suggestions = actions.includes('propose') ? orders.suggestions(order) : [];
    const experts = new Map(orders.experts().map((e) => [e.id, e]));
    return orderCard(
      order,
      {
        actions,
        feedbackRoles: feedbackRoles(order, viewer),
        seesExperts,
        unit: this.services.directory.unit(order.details.unitId),
        experts,
        suggestions,
        orientationUrl: this.services.config.orientationMaterialUrl,
        ...(note ? { note } : {}),
        ...(lead ? { lead } : {}),
      },
      t,
    );
  }

  /** The same form sent again (docs/orders.md §1.2): the order as it is, with when it was sent. */
  alreadySent(order: Order, orderer: { aadObjectId: string; name: string }, t: Translate): AdaptiveCard {
    const unit = this.services.directory.unit(order.details.unitId)?.name ?? order.details.unitId;
    const note = t('orders.alreadySubmitted', {
      unit,
      date: dateText(order.details.date, t),
      sent: dateTimeText(order.createdAt, t),
    });
    return this.card(order, this.actor(orderer.aadObjectId, orderer.name), t, note);
  }

  /**
   * The history as `viewer` may read it (docs/orders.md §5.1): the handling liaisons see every expert's
   * name, the ordering side the confirmed expert's only; other experts are "candidate 1".
   */
  history(order: Order, viewer: Actor, t: Translate): AdaptiveCard {
    const liaison = isHandlingLiaison(order, viewer);
    const confirmed = order.confirmedExpert;
    const mayName = (id: string) => liaison || confirmed?.id === id;
    const experts = new Map(this.services.orders.experts().map((e) => [e.id, e.name]));
    const nameOf = (id: string) => (confirmed?.id === id ? confirmed.name : experts.get(id));
    return historyCard(order, historyLines(order, mayName), nameOf, t);
  }

  /** Why a step was refused, as specifically as the rules say. */
  refusal(code: TransitionError, reason: InvalidReason | undefined, order: Order, t: Translate): string {
    return userMessage(code, t, {
      name: order.history.at(-1)?.by.name ?? '–',
      state: t(`orders.state_${order.state}`),
      reason: reason ?? 'candidates',
    });
  }
}
