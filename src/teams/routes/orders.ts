import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import {
  fieldsOf,
  isHandlingLiaison,
  isOrderingSide,
  orderActOf,
  orderIdOf,
  searchUnits,
  submissionIdOf,
  type FormError,
  type FormPart,
} from '../../domain/orders';
import type { Services } from '../../services';
import type { OrderFlow } from '../../services/orderFlow';
import { onCardAction, type CardData, type CardTurn } from '../cardAction';
import { attachment, card, execute, sentence, withRefresh, type AdaptiveCard } from '../cards/adaptive';
import { UNIT_DATASET, formValuesOf, myOrdersCard, orderFormCard, summaryCard } from '../cards/orderCards';
import { VERBS } from '../cards/verbs';
import { monthlyOrdersChart } from '../cards/summaryChart';
import { drawBarChartPng } from '../charts/chartWorker';
import type { OrderViews } from '../orders/views';
import { cardLocationOf } from '../proactive';
import { actorOf, languageOf } from '../turn';
import { userMessage } from '../errors';
import { logError } from '../../domain/errors';

const send = (context: TurnContext, content: AdaptiveCard) =>
  context.sendActivity({ attachments: [attachment(content)] });

interface FormOptions {
  values: Record<string, string>;
  errors?: readonly FormError[];
  part?: FormPart;
  /** Stays the same when the form comes back with errors or moves between its parts (docs/orders.md §1.2). */
  submissionId?: string;
}

async function formCard(services: Services, context: TurnContext, t: CardTurn['t'], form: FormOptions) {
  const actor = actorOf(context);
  const ownUnitId = actor.aadObjectId ? await services.profiles.unitOf(actor.aadObjectId) : undefined;
  return orderFormCard(
    {
      today: services.directory.today(),
      units: services.orders.units(),
      themes: services.orders.themes(),
      ...form,
      submissionId: form.submissionId ?? randomUUID(),
      ...(actor.aadObjectId ? { self: { aadObjectId: actor.aadObjectId, name: actor.name ?? '' } } : {}),
      ...(ownUnitId ? { ownUnitId } : {}),
    },
    t,
  );
}

/** A new form for the user: their own unit and their name filled in. */
async function newFormCard(services: Services, context: TurnContext, t: CardTurn['t']) {
  const actor = actorOf(context);
  const unitId = await services.profiles.unitOf(actor.aadObjectId ?? actor.id);
  return formCard(services, context, t, {
    values: { ...(unitId ? { unitId } : {}), contactName: actor.name ?? '', language: 'fi' },
  });
}

/**
 * "tilaa kokemustoimija": the order form, with the user's own unit and name filled in. In a group chat or
 * channel the form is for the asker only (docs/orders.md §1): the shared message is one line and a
 * button, and `refresh` makes the asker's client fetch the form in its place; anyone else who presses
 * the button gets a form of their own, which the others do not see either.
 */
export async function sendOrderForm(context: TurnContext, services: Services): Promise<void> {
  const { t } = languageOf(context);
  if (context.activity.conversation?.conversationType === 'personal')
    return void (await send(context, await newFormCard(services, context, t)));
  const actor = actorOf(context);
  const invitation = card(
    [sentence(t('orders.formInGroup', { name: actor.name ?? '' }))],
    [execute(t('orders.formOpen'), VERBS.orderForm)],
  );
  await send(
    context,
    actor.aadObjectId
      ? withRefresh(invitation, VERBS.orderForm, {}, [`8:orgid:${actor.aadObjectId}`])
      : invitation,
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
    if (result.kind === 'invalid') {
      // The part with the first problem: the essentials unless only details are wrong.
      const part = result.errors.some((e) => fieldsOf('essentials').includes(e.field))
        ? 'essentials'
        : 'details';
      return formCard(services, context, t, {
        values: formValuesOf(data),
        errors: result.errors,
        part,
        submissionId: submissionIdOf(data),
      });
    }
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

  /**
   * The form: a new one (the button or the refresh of a group chat's message), or the move between its
   * parts. Going on to the details checks the essentials first; going back checks nothing.
   */
  on(VERBS.orderForm, async ({ context, t }, data) => {
    const part = data.part === 'details' ? 'details' : data.part === 'essentials' ? 'essentials' : undefined;
    if (!part) return newFormCard(services, context, t);
    const values = formValuesOf(data);
    const submissionId = submissionIdOf(data);
    if (part === 'essentials') return formCard(services, context, t, { values, part, submissionId });
    const errors = services.orders
      .checkForm(values, actorOf(context).name ?? '')
      .filter((e) => fieldsOf('essentials').includes(e.field));
    return formCard(services, context, t, {
      values,
      submissionId,
      ...(errors.length > 0 ? { errors, part: 'essentials' } : { part: 'details' }),
    });
  });

  /** The unit picker's typeahead on a large register: units by name, id, municipality or alias. */
  app.adaptiveCards.search(UNIT_DATASET, async (_context, _state, query) =>
    searchUnits(
      services.orders.units(),
      query.parameters.queryText.slice(0, 100),
      Math.min(query.count, 50),
    ).map((unit) => ({ title: unit.name, value: unit.id })),
  );

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
