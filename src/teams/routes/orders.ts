import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import {
  ACTION_KINDS,
  FEEDBACK_QUESTIONS,
  availableActions,
  feedbackRoles,
  isHandlingLiaison,
  isOrderingSide,
  type Actor,
  type InvalidReason,
  type Order,
  type OrderAction,
  type OrderActionKind,
  type OrderMessage,
  type TransitionError,
  type YearlySummary,
} from '../../domain/orders';
import { conversationKey, userKey } from '../../infra/conversationRepository';
import type { MessageKey, Translate } from '../../i18n';
import { localeFrom, translator } from '../../i18n';
import { dateText } from '../../i18n/formats';
import type { Services } from '../../services';
import { attachment, card, sentence, type AdaptiveCard } from '../cards/adaptive';
import {
  historyCard,
  myOrdersCard,
  orderCard,
  orderFormCard,
  statusCard,
  summaryCard,
} from '../cards/orderCards';
import { VERBS } from '../cards/verbs';
import { monthlyOrdersChart } from '../cards/summaryChart';
import { drawBarChartPng } from '../charts/chartWorker';
import { answerInvoke } from '../answerInvoke';
import { userMessage } from '../errors';
import type { Proactive } from '../proactive';
import { referenceOf } from '../proactive';
import { actorOf, languageOf } from '../turn';
import { logError } from '../../domain/errors';

type Data = Record<string, unknown>;
const str = (value: unknown, max = 2000): string => (typeof value === 'string' ? value.slice(0, max) : '');
const orderIdFrom = (data: Data): string | undefined => {
  const id = str(data.orderId, 64);
  return /^[0-9a-f-]{36}$/i.test(id) ? id : undefined;
};

/** The action a card button asks for, built from card data that is checked, never trusted. */
export function actionFrom(data: Data): OrderAction | undefined {
  const kind = str(data.action, 20) as OrderActionKind;
  if (!ACTION_KINDS.includes(kind)) return undefined;
  switch (kind) {
    case 'requestInfo':
      return { kind, question: str(data.question) };
    case 'resubmit':
      return { kind, answer: str(data.answer) };
    case 'reject':
      return { kind, reason: str(data.reason) };
    case 'propose':
      return {
        kind,
        expertIds: str(data.expertIds, 200)
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      };
    case 'choose':
      return { kind, expertId: str(data.expertId, 40) };
    case 'answer': {
      const expertId = str(data.expertId, 40);
      return {
        kind,
        accepted: data.accepted === 'true' || data.accepted === true,
        ...(expertId ? { expertId } : {}),
      };
    }
    case 'feedback': {
      const ratings: Partial<Record<(typeof FEEDBACK_QUESTIONS)[number], number>> = {};
      for (const q of FEEDBACK_QUESTIONS) {
        const value = str(data[`rating_${q}`], 3);
        if (value) ratings[q] = Number(value);
      }
      return { kind, role: data.role === 'expert' ? 'expert' : 'orderer', ratings, text: str(data.text) };
    }
    default:
      return { kind } as OrderAction;
  }
}

/** Renders orders for one viewer: buttons from the rules, expert names only for liaisons. */
export class OrderViews {
  constructor(private readonly services: Services) {}

  actor(aadObjectId: string | undefined, name: string): Actor {
    return this.services.orders.actorFor(aadObjectId, name);
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
}

function refusalText(
  code: TransitionError,
  reason: InvalidReason | undefined,
  order: Order,
  t: Translate,
): string {
  return userMessage(code, t, {
    name: order.history.at(-1)?.by.name ?? '–',
    state: t(`orders.state_${order.state}`),
    reason: reason ?? 'candidates',
  });
}

/** Who must hear about a step, and what they are told (docs/orders.md §6). */
function alertsAfter(before: Order, after: Order): Array<{ to: 'orderer' | 'liaisons'; key: MessageKey }> {
  const last = after.history.at(-1);
  switch (last?.action) {
    case 'propose':
      return [{ to: 'orderer', key: 'orders.notifyCandidates' }];
    case 'requestInfo':
      return [{ to: 'orderer', key: 'orders.notifyMoreInfo' }];
    case 'reject':
      return [{ to: 'orderer', key: 'orders.notifyRejected' }];
    case 'resubmit':
      return [{ to: 'liaisons', key: 'orders.notifyResubmitted' }];
    case 'choose':
      return [{ to: 'liaisons', key: 'orders.notifyChosen' }];
    case 'cancel':
      return [{ to: 'liaisons', key: 'orders.notifyCancelled' }];
    case 'answer':
      if (after.state === 'confirmed') return [{ to: 'orderer', key: 'orders.notifyConfirmed' }];
      if (after.state === 'inReview' && before.state === 'offered')
        return [{ to: 'liaisons', key: 'orders.notifyAllDeclined' }];
      return [];
    case 'markHeld':
      return [{ to: 'orderer', key: 'orders.notifyFeedback' }];
    default:
      return [];
  }
}

/** Keeps everyone's cards current and tells the next actor, through stored conversation references. */
export class OrderNotifier {
  constructor(
    private readonly services: Services,
    private readonly proactive: Proactive,
    private readonly views: OrderViews,
  ) {}

  private async reference(key: string) {
    return this.services.repos().conversations.get(key);
  }

  private viewerActor(order: Order, aadObjectId: string): Actor {
    const person = [order.orderer, order.details.contact, ...order.liaisons].find(
      (p) => p.aadObjectId === aadObjectId,
    );
    return this.views.actor(aadObjectId, person?.name ?? '');
  }

  /** Posts the new order to each liaison; returns the e-mails of liaisons Silta cannot reach in Teams. */
  async announce(order: Order): Promise<string[]> {
    const unreachable: string[] = [];
    for (const liaison of order.liaisons) {
      const reference = liaison.aadObjectId ? await this.reference(userKey(liaison.aadObjectId)) : undefined;
      if (!reference || !liaison.aadObjectId) {
        if (liaison.email) unreachable.push(liaison.email);
        continue;
      }
      const t = translator(localeFrom(reference.locale as string | undefined));
      const viewer = this.viewerActor(order, liaison.aadObjectId);
      const unit = this.services.directory.unit(order.details.unitId)?.name ?? order.details.unitId;
      const summary = t('orders.notifyNewOrder', { unit, date: dateText(order.details.date, t) });
      try {
        const location = await this.proactive.send(reference, {
          type: 'message',
          summary,
          attachments: [attachment(this.views.card(order, viewer, t))],
          channelData: { notification: { alert: true } },
        });
        if (location.activityId) {
          await this.services.orders.addMessage(order.id, {
            key: userKey(liaison.aadObjectId),
            activityId: location.activityId,
            viewer: liaison.aadObjectId,
          });
        }
      } catch (error) {
        logError(this.services.log, 'warn', 'ORDER_ANNOUNCE_FAILED', { err: error, orderId: order.id });
        if (liaison.email) unreachable.push(liaison.email);
      }
    }
    return unreachable;
  }

  /**
   * Redraws one message Silta posted about the order: a personal chat with its one user's view, a
   * shared message (group chat) with the status-only view that everyone may see.
   */
  async show(order: Order, message: OrderMessage): Promise<void> {
    const reference = await this.reference(message.key);
    if (!reference) return;
    const t = translator(localeFrom(reference.locale as string | undefined));
    const content = message.viewer
      ? this.views.card(order, this.viewerActor(order, message.viewer), t)
      : this.views.shared(order, t);
    try {
      await this.proactive.update(
        { reference, activityId: message.activityId },
        { attachments: [attachment(content)] },
      );
    } catch (error) {
      logError(this.services.log, 'warn', 'ORDER_CARD_UPDATE_FAILED', { err: error, orderId: order.id });
    }
  }

  /** After a step: redraw every stored card (the one acted on too) and alert whoever acts next. */
  async after(before: Order, after: Order): Promise<void> {
    for (const message of after.messages ?? []) await this.show(after, message);
    const unit = this.services.directory.unit(after.details.unitId)?.name ?? after.details.unitId;
    for (const alert of alertsAfter(before, after)) {
      // The ordering side: the orderer, and the contact person when they are a Teams user of their own.
      const contact = after.details.contact;
      const orderingSide =
        contact.aadObjectId && contact.aadObjectId.toLowerCase() !== after.orderer.aadObjectId?.toLowerCase()
          ? [after.orderer, contact]
          : [after.orderer];
      const people = alert.to === 'orderer' ? orderingSide : after.liaisons;
      for (const person of people) {
        if (!person.aadObjectId) continue;
        const reference = await this.reference(userKey(person.aadObjectId));
        if (!reference) continue;
        const t = translator(localeFrom(reference.locale as string | undefined));
        const text = t(alert.key, { unit, date: dateText(after.details.date, t) });
        const withCard = alert.key === 'orders.notifyFeedback' || alert.key === 'orders.notifyCandidates';
        try {
          // With a card, the alert line leads the card and is the summary (activity feed): one message
          // that can be kept current, not a text and a card.
          const location = await this.proactive.send(reference, {
            type: 'message',
            summary: text,
            channelData: { notification: { alert: true } },
            ...(withCard
              ? {
                  attachments: [
                    attachment(
                      this.views.card(after, this.viewerActor(after, person.aadObjectId), t, undefined, text),
                    ),
                  ],
                }
              : { text }),
          });
          if (withCard && location.activityId) {
            await this.services.orders.addMessage(after.id, {
              key: userKey(person.aadObjectId),
              activityId: location.activityId,
              viewer: person.aadObjectId,
            });
          }
        } catch (error) {
          logError(this.services.log, 'warn', 'ORDER_ALERT_FAILED', { err: error, orderId: after.id });
        }
      }
    }
  }
}

/** "tilaa kokemustoimija": the order form, with the user's own unit and name filled in. */
export async function sendOrderForm(context: TurnContext, services: Services): Promise<void> {
  const { t } = languageOf(context);
  const actor = actorOf(context);
  const profile = await services.repos().profiles.get(actor.aadObjectId ?? actor.id);
  const form = orderFormCard(
    {
      today: services.directory.today(),
      units: services.orders.units(),
      themes: services.orders.themes(),
      values: {
        ...(profile?.unitId ? { unitId: profile.unitId } : {}),
        contactName: actor.name ?? '',
        language: 'fi',
      },
    },
    t,
  );
  await context.sendActivity({ attachments: [attachment(form)] });
}

export async function sendMyOrders(context: TurnContext, services: Services): Promise<void> {
  const { t } = languageOf(context);
  const actor = actorOf(context);
  const orders = actor.aadObjectId ? await services.orders.openFor(actor.aadObjectId) : [];
  const units = new Map(services.orders.units().map((u) => [u.id, u]));
  await context.sendActivity({ attachments: [attachment(myOrdersCard(orders, units, t))] });
}

/** "yhteenveto 2026": counts, ratings, chart and a CSV link — for the county coordinator only. */
export async function sendSummary(
  context: TurnContext,
  year: number | undefined,
  services: Services,
): Promise<void> {
  const { t } = languageOf(context);
  const actor = actorOf(context);
  if (!services.directory.roles(actor.aadObjectId).coordinator) {
    await context.sendActivity(t('orders.summaryNotAllowed'));
    return;
  }
  const now = services.clock();
  const chosen = year ?? Number(services.directory.today().slice(0, 4));
  const { summary, csv } = await services.orders.summary(chosen);
  const token = randomUUID();
  await services.repos().exports.save(token, csv, now.getTime() + 60 * 60_000);
  const units = new Map(services.orders.units().map((u) => [u.id, u]));
  const csvUrl = `${services.config.publicBaseUrl}/exports/${token}/kokemustoimijatilaukset-${chosen}.csv`;
  const chartUrl = await chartImage(summary, t, services, now);
  await context.sendActivity({ attachments: [attachment(summaryCard(summary, chartUrl, csvUrl, units, t))] });
}

/**
 * How long the chart's image link works. The PNG (about 16 KB, 22 KB as a data URI) would leave 6 KB of a
 * 28 KB message for the rest of the summary, so it is served like the CSV. It holds only counts per
 * month, so it may outlive the CSV's hour; after that, clients without Teams' chart show its alt text,
 * which reads out every number.
 */
const CHART_LINK_MS = 7 * 24 * 60 * 60_000;

/** Draws the orders-per-month PNG and stores it behind a new link. */
async function chartImage(summary: YearlySummary, t: Translate, services: Services, now: Date) {
  const png = await drawBarChartPng(monthlyOrdersChart(summary.perMonth, summary.year, t));
  const token = randomUUID();
  await services.repos().exports.savePng(token, png, now.getTime() + CHART_LINK_MS);
  return `${services.config.publicBaseUrl}/exports/${token}/tilaukset-kuukausittain-${summary.year}.png`;
}

/**
 * Where the card being acted on lives (the conversation and replyToId of the invoke), and whose view it
 * may show: the user's own in a personal chat, none (the shared view) in a group chat or channel.
 */
async function rememberHere(
  context: TurnContext,
  services: Services,
  aadObjectId: string,
): Promise<OrderMessage | undefined> {
  const { conversation, replyToId: activityId } = context.activity;
  if (!activityId) return undefined;
  const key = conversationKey(conversation.id);
  await services.repos().conversations.save(key, referenceOf(context), services.clock());
  return conversation.conversationType === 'personal'
    ? { key, activityId, viewer: aadObjectId }
    : { key, activityId };
}

export function registerOrderActions(
  app: Application<TurnState>,
  services: Services,
  proactive: Proactive,
): () => Promise<void> {
  const views = new OrderViews(services);
  const notifier = new OrderNotifier(services, proactive, views);
  // Every answer goes to the one user who clicked or refreshed (see answerInvoke); messages others see
  // are redrawn by the notifier with the view meant for them.
  const onCard = (
    verb: string,
    handler: (context: TurnContext, state: TurnState, data: Data) => Promise<AdaptiveCard>,
  ) =>
    app.adaptiveCards.actionExecute(verb, async (context, state, data: Data) => {
      const content = await handler(context, state, data);
      await answerInvoke(context, content);
      return content;
    });

  onCard(VERBS.orderSubmit, async (context, _state, data: Data): Promise<AdaptiveCard> => {
    const { t } = languageOf(context);
    const from = actorOf(context);
    if (!from.aadObjectId) return card([sentence(t('orders.notAllowed'))]);
    const result = await services.orders.create(data, {
      aadObjectId: from.aadObjectId,
      name: from.name ?? '',
    });
    if (result.kind === 'noLiaison') {
      logError(services.log, 'warn', 'ORDER_NO_LIAISON', { unitId: result.unitId });
      return card([sentence(userMessage(result.code, t))]);
    }
    if (result.kind === 'invalid') {
      const values = Object.fromEntries(
        Object.entries(data).filter(([, v]) => typeof v === 'string'),
      ) as Record<string, string>;
      return orderFormCard(
        {
          today: services.directory.today(),
          units: services.orders.units(),
          themes: services.orders.themes(),
          values,
          errors: result.errors,
        },
        t,
      );
    }
    const here = await rememberHere(context, services, from.aadObjectId);
    if (here) await services.orders.addMessage(result.order.id, here);
    const unreachable = await notifier.announce(result.order);
    // The form's message becomes the order's card: the orderer's view in their chat, the status in a group.
    if (here) await notifier.show(result.order, here);
    const regional = result.order.routedTo === 'regional';
    const note = [
      regional ? t('orders.submittedRegional') : '',
      unreachable.length > 0 ? t('orders.liaisonUnreachable', { emails: unreachable.join(', ') }) : '',
    ]
      .filter(Boolean)
      .join(' ');
    return views.card(
      result.order,
      views.actor(from.aadObjectId, from.name ?? ''),
      t,
      note || t('orders.submitted'),
    );
  });

  onCard(VERBS.orderAct, async (context, _state, data: Data): Promise<AdaptiveCard> => {
    const { t } = languageOf(context);
    const from = actorOf(context);
    const orderId = orderIdFrom(data);
    const action = actionFrom(data);
    if (!orderId || !action) return card([sentence(t('orders.notFound'))]);
    const actor = views.actor(from.aadObjectId, from.name ?? '');
    const result = await services.orders.act(orderId, action, actor);
    switch (result.kind) {
      case 'notFound':
        return card([sentence(t('orders.notFound'))]);
      case 'refused':
        services.log.info(
          { orderId, action: action.kind, code: result.code, actor: from.aadObjectId },
          'order action refused',
        );
        return views.card(result.order, actor, t, refusalText(result.code, result.reason, result.order, t));
      case 'conflict':
        return views.card(
          result.order,
          actor,
          t,
          t('orders.conflict', { name: result.order.history.at(-1)?.by.name ?? '–' }),
        );
      case 'done':
        await notifier.after(result.before, result.order);
        return views.card(result.order, actor, t);
    }
  });

  onCard(VERBS.orderView, async (context, _state, data: Data): Promise<AdaptiveCard> => {
    const { t } = languageOf(context);
    const from = actorOf(context);
    const orderId = orderIdFrom(data);
    const order = orderId ? await services.orders.get(orderId) : undefined;
    if (!order) return card([sentence(t('orders.notFound'))]);
    return views.card(order, views.actor(from.aadObjectId, from.name ?? ''), t);
  });

  onCard(VERBS.orderHistory, async (context, _state, data: Data): Promise<AdaptiveCard> => {
    const { t } = languageOf(context);
    const from = actorOf(context);
    const orderId = orderIdFrom(data);
    const order = orderId ? await services.orders.get(orderId) : undefined;
    if (!order) return card([sentence(t('orders.notFound'))]);
    const actor = views.actor(from.aadObjectId, from.name ?? '');
    if (!isHandlingLiaison(order, actor) && !isOrderingSide(order, actor))
      return card([sentence(t('orders.notAllowed'))]);
    return historyCard(order, t);
  });

  /** The scheduler's step: after the event, mark held and send the feedback card; purge old personal data. */
  return async function orderUpkeep(): Promise<void> {
    const { held } = await services.orders.tick();
    for (const order of held) await notifier.after({ ...order, state: 'confirmed' }, order);
  };
}
