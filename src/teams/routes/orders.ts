import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import {
  isHandlingLiaison,
  isOrderingSide,
  orderActOf,
  orderIdOf,
  submissionIdOf,
  type FormError,
} from '../../domain/orders';
import type { Services } from '../../services';
import type { OrderFlow } from '../../services/orderFlow';
import { onCardAction, type CardData, type CardTurn } from '../cardAction';
import { attachment, card, sentence, type AdaptiveCard } from '../cards/adaptive';
import { myOrdersCard, orderFormCard, summaryCard } from '../cards/orderCards';
import { VERBS } from '../cards/verbs';
import { monthlyOrdersChart } from '../cards/summaryChart';
import { drawBarChartPng } from '../charts/chartWorker';
import type { OrderViews } from '../orders/views';
import { cardLocationOf } from '../proactive';
import { actorOf, languageOf, stringsOf } from '../turn';
import { userMessage } from '../errors';
import { logError } from '../../domain/errors';

const send = (context: TurnContext, content: AdaptiveCard) =>
  context.sendActivity({ attachments: [attachment(content)] });

/** The order form; `submissionId` stays the same when the form comes back with errors (docs/orders.md §1.1). */
function formCard(
  services: Services,
  values: Record<string, string>,
  t: CardTurn['t'],
  errors?: readonly FormError[],
  submissionId: string = randomUUID(),
) {
  const options = {
    today: services.directory.today(),
    units: services.orders.units(),
    themes: services.orders.themes(),
    submissionId,
  };
  return orderFormCard({ ...options, values, ...(errors ? { errors } : {}) }, t);
}

/** "tilaa kokemustoimija": the order form, with the user's own unit and name filled in. */
export async function sendOrderForm(context: TurnContext, services: Services): Promise<void> {
  const { t } = languageOf(context);
  const actor = actorOf(context);
  const unitId = await services.profiles.unitOf(actor.aadObjectId ?? actor.id);
  await send(
    context,
    formCard(services, { ...(unitId ? { unitId } : {}), contactName: actor.name ?? '', language: 'fi' }, t),
  );
}

export async function sendMyOrders(context: TurnContext, services: Services): Promise<void> {
  const { t } = languageOf(context);
  const actor = actorOf(context);
  const orders = actor.aadObjectId ? await services.orders.openFor(actor.aadObjectId) : [];
  const units = new Map(services.orders.units().map((u) => [u.id, u]));
  await send(context, myOrdersCard(orders, units, t));
}

/** "yhteenveto 2026": counts, ratings, chart and a CSV link — for the county coordinator only. */
export async function sendSummary(
  context: TurnContext,
  year: number | undefined,
  services: Services,
): Promise<void> {
  const { t } = languageOf(context);
  if (!services.directory.roles(actorOf(context).aadObjectId).coordinator)
    return void (await context.sendActivity(t('orders.summaryNotAllowed')));
  const chosen = year ?? Number(services.directory.today().slice(0, 4));
  const { summary, exportToken } = await services.orders.exportSummary(chosen);
  const png = await drawBarChartPng(monthlyOrdersChart(summary.perMonth, summary.year, t));
  const chartToken = await services.orders.exportChart(png);
  const base = `${services.config.publicBaseUrl}/exports`;
  const csvUrl = `${base}/${exportToken}/kokemustoimijatilaukset-${chosen}.csv`;
  const chartUrl = `${base}/${chartToken}/tilaukset-kuukausittain-${summary.year}.png`;
  const units = new Map(services.orders.units().map((u) => [u.id, u]));
  await send(context, summaryCard(summary, chartUrl, csvUrl, units, t));
}

/**
 * Order card actions. Every answer goes to the one user who clicked or refreshed (answerOnly); messages
 * others see are redrawn by the order flow with the view meant for them.
 */
export function registerOrderActions(
  app: Application<TurnState>,
  services: Services,
  flow: OrderFlow,
  views: OrderViews,
): void {
  const on = (verb: string, handler: (turn: CardTurn, data: CardData) => Promise<AdaptiveCard>) =>
    onCardAction(app, verb, handler, { answerOnly: true });

  on(VERBS.orderSubmit, async ({ context, t, actor, say }, data) => {
    if (!actor.aadObjectId) return say('orders.notAllowed');
    const orderer = { aadObjectId: actor.aadObjectId, name: actor.name ?? '' };
    const result = await flow.submit(data, orderer, cardLocationOf(context));
    if (result.kind === 'noLiaison') {
      logError(services.log, 'warn', 'ORDER_NO_LIAISON', { unitId: result.unitId });
      return card([sentence(userMessage(result.code, t))]);
    }
    if (result.kind === 'invalid')
      return formCard(services, stringsOf(data), t, result.errors, submissionIdOf(data));
    if (result.kind === 'notAllowed') return say('orders.notAllowed');
    if (result.kind === 'duplicate') return views.alreadySent(result.order, orderer, t);
    const note = [
      result.order.routedTo === 'regional' ? t('orders.submittedRegional') : '',
      result.unreachable.length > 0
        ? t('orders.liaisonUnreachable', { emails: result.unreachable.join(', ') })
        : '',
    ]
      .filter(Boolean)
      .join(' ');
    return views.card(
      result.order,
      views.actor(orderer.aadObjectId, orderer.name),
      t,
      note || t('orders.submitted'),
    );
  });

  on(VERBS.orderAct, async ({ t, actor: from, say }, data) => {
    const asked = orderActOf(data);
    if (!asked) return say('orders.notFound');
    const { orderId, action } = asked;
    const actor = views.actor(from.aadObjectId, from.name ?? '');
    const result = await flow.act(orderId, action, actor);
    switch (result.kind) {
      case 'notFound':
        return say('orders.notFound');
      case 'refused':
        services.log.info(
          { orderId, action: action.kind, code: result.code, actor: from.aadObjectId },
          'order action refused',
        );
        return views.card(result.order, actor, t, views.refusal(result.code, result.reason, result.order, t));
      case 'conflict':
        return views.card(
          result.order,
          actor,
          t,
          t('orders.conflict', { name: result.order.history.at(-1)?.by.name ?? '–' }),
        );
      case 'done':
        return views.card(result.order, actor, t);
    }
  });

  on(VERBS.orderView, async ({ t, actor, say }, data) => {
    const order = await services.orders.find(orderIdOf(data));
    if (!order) return say('orders.notFound');
    return views.card(order, views.actor(actor.aadObjectId, actor.name ?? ''), t);
  });

  on(VERBS.orderHistory, async ({ t, actor: from, say }, data) => {
    const order = await services.orders.find(orderIdOf(data));
    if (!order) return say('orders.notFound');
    const actor = views.actor(from.aadObjectId, from.name ?? '');
    if (!isHandlingLiaison(order, actor) && !isOrderingSide(order, actor)) return say('orders.notAllowed');
    return views.history(order, actor, t);
  });
}
