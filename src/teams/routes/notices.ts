import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { isTopic, type Notice } from '../../domain/notices';
import { validateReminderForm } from '../../domain/scheduling/reminderForm';
import { conversationKey } from '../../infra/conversationRepository';
import { DeliveryWorker } from '../../infra/delivery/worker';
import { localeFrom, translator, type Translate } from '../../i18n';
import { dateTimeText } from '../../i18n/formats';
import { reminderName, reminderText } from '../../i18n/schedules';
import type { Services } from '../../services';
import type { Forbidden, SendResult } from '../../services/noticeService';
import { attachment, card, execute, sentence, type AdaptiveCard } from '../cards/adaptive';
import {
  boardCard,
  noticeCard,
  noticeFormCard,
  noticeListCard,
  noticePreviewCard,
  remindersCard,
  type RemindersView,
  reportCard,
  topicsCard,
} from '../cards/noticeCards';
import { VERBS } from '../cards/verbs';
import { referenceOf, type Proactive } from '../proactive';
import { ProactiveTransport } from '../proactiveTransport';
import { actorOf, languageOf, stringsOf } from '../turn';
import { userMessage } from '../errors';

type Data = Record<string, unknown>;
const str = (v: unknown, max = 100) => (typeof v === 'string' ? v.slice(0, max) : '');
const idFrom = (data: Data, field: string) => {
  const id = str(data[field], 64);
  return /^[0-9a-z-]{1,64}$/i.test(id) ? id : undefined;
};
const send = (context: TurnContext, content: AdaptiveCard) =>
  context.sendActivity({ attachments: [attachment(content)] });

function formOptions(services: Services, aad: string, values: Record<string, string>, extra: object = {}) {
  return {
    units: services.notices.unitsFor(aad),
    coordinator: services.directory.roles(aad).coordinator,
    values,
    ...extra,
  };
}

/** "uusi tiedote": the notice form for liaisons and the coordinator; others are told who can send. */
export async function sendNoticeForm(context: TurnContext, services: Services): Promise<void> {
  const { t } = languageOf(context);
  const aad = actorOf(context).aadObjectId;
  if (!aad || !services.notices.maySendAnything(aad))
    return void (await context.sendActivity(t('notices.notAllowed')));
  await send(context, noticeFormCard(formOptions(services, aad, { audienceKind: 'units' }), t));
}

export async function sendNoticeList(context: TurnContext, services: Services): Promise<void> {
  const { t } = languageOf(context);
  const aad = actorOf(context).aadObjectId;
  const notices = aad ? await services.notices.list(aad) : [];
  const sent = notices.slice(0, 20).filter((n) => n.state === 'sending' || n.state === 'sent');
  const reads = new Map(
    await Promise.all(sent.map(async (n) => [n.id, await services.readReceipts.counts(n.id)] as const)),
  );
  await send(context, noticeListCard(notices, t, reads));
}

export async function sendTopics(context: TurnContext, services: Services): Promise<void> {
  const { t } = languageOf(context);
  const actor = actorOf(context);
  const profile = await services.repos().profiles.get(actor.aadObjectId ?? actor.id);
  const unit = profile?.unitId ? services.directory.unit(profile.unitId) : undefined;
  await send(
    context,
    topicsCard(
      unit,
      { topics: profile?.topics ?? [], allTopics: !!profile?.allTopics, ngoTeam: !!profile?.ngoTeam },
      t,
    ),
  );
}

/** "rekisteröi ilmoitustaulu" in a team channel: the unit's liaison (or the coordinator) picks the unit. */
export async function sendBoardChoice(context: TurnContext, services: Services): Promise<void> {
  const { t } = languageOf(context);
  if (context.activity.conversation.conversationType !== 'channel')
    return void (await context.sendActivity(t('notices.boardOnlyChannel')));
  const aad = actorOf(context).aadObjectId;
  const units = aad ? services.notices.unitsFor(aad) : [];
  if (units.length === 0) return void (await context.sendActivity(t('notices.boardNotAllowed')));
  await send(context, boardCard(units, t));
}

export async function sendReminders(context: TurnContext, services: Services): Promise<void> {
  const { t } = languageOf(context);
  if (!services.directory.roles(actorOf(context).aadObjectId).coordinator)
    return void (await context.sendActivity(t('notices.remindersNotAllowed')));
  await send(context, remindersCard(await services.repos().reminders.list(), t));
}

function resultCard(result: SendResult, t: Translate): AdaptiveCard {
  switch (result.kind) {
    case 'sending':
      return reportCard(
        result.notice,
        {
          total: result.recipients,
          pending: result.recipients,
          sending: 0,
          sent: 0,
          failed: 0,
          unreachable: 0,
        },
        result.recipients === 0,
        t,
      );
    case 'scheduled':
      return card(
        [sentence(t('notices.scheduled', { when: dateTimeText(result.notice.sendAt!, t) }))],
        [execute(t('notices.cancel'), VERBS.noticeCancel, { noticeId: result.notice.id })],
      );
    case 'cancelled':
      return card([sentence(t('notices.cancelled'))]);
    case 'notFound':
      return card([sentence(t('notices.notFound'))]);
    case 'forbidden':
      return refusalCard(result, t);
    case 'alreadyHandled':
      return card([
        sentence(t('notices.alreadyHandled', { state: t(`notices.state_${result.notice.state}`) })),
      ]);
  }
}

/** Why a notice was refused, as specifically as the rights rule says. */
function refusalCard(refusal: Forbidden, t: Translate): AdaptiveCard {
  return card([sentence(refusal.code ? userMessage(refusal.code, t) : t('notices.notAllowed'))]);
}

/** The delivery engine for this instance: the Cosmos outbox, sending through the Bot Framework connector. */
export function createDeliveryWorker(services: Services, proactive: Proactive): DeliveryWorker {
  const repos = () => services.repos();
  return new DeliveryWorker({
    outbox: repos().outbox,
    notices: repos().notices,
    transport: new ProactiveTransport(proactive.adapter, proactive.appId),
    references: (key) => repos().conversations.get(key),
    render: (notice, delivery, reference) => {
      const t = translator(localeFrom(reference.locale as string | undefined));
      return {
        summary: notice.title,
        attachments: [attachment(noticeCard(notice, t, { acknowledge: delivery.kind === 'user' }))],
        alert: delivery.kind === 'user',
        deliveryId: delivery.id,
      };
    },
    startDue: async (notice) => {
      const result = await services.notices.start(notice);
      // Rights lost since scheduling: the sender's card says why it was not sent.
      if (result.kind === 'forbidden' && notice.reportMessage) {
        const reference = await repos().conversations.get(notice.reportMessage.key);
        if (!reference) return;
        const t = translator(localeFrom(reference.locale as string | undefined));
        await proactive.update(
          { reference, activityId: notice.reportMessage.activityId },
          {
            attachments: [
              attachment(
                card([
                  sentence(t('notices.withdrawn', { title: notice.title })),
                  sentence(result.code ? userMessage(result.code, t) : t('notices.notAllowed')),
                ]),
              ),
            ],
          },
        );
      }
    },
    onProgress: async (notice, progress, done) => {
      const current = await services.notices.get(notice.id);
      const location = current?.reportMessage;
      if (!location) return;
      const reference = await repos().conversations.get(location.key);
      if (!reference) return;
      const t = translator(localeFrom(reference.locale as string | undefined));
      await proactive.update(
        { reference, activityId: location.activityId },
        {
          attachments: [
            attachment(reportCard(notice, progress, done, t, await services.readReceipts.counts(notice.id))),
          ],
        },
      );
    },
    log: services.log,
    scheduleNow: () => services.clock().getTime(),
    tenantPerSecond: services.config.delivery.tenantPerSecond,
    conversationLimits: services.config.delivery.conversationLimits,
    leaseMs: services.config.delivery.leaseMs,
    // A send must end well inside its lease (the worker renews the lease to twice this before sending).
    sendTimeoutMs: Math.min(30_000, Math.floor(services.config.delivery.leaseMs / 2)),
    retry: { maxAttempts: services.config.delivery.maxAttempts, baseMs: 1_000, capMs: 60_000 },
    pollMs: 1_000,
  });
}

export function registerNoticeActions(app: Application<TurnState>, services: Services): void {
  app.adaptiveCards.actionExecute(
    VERBS.noticePreview,
    async (context, _state, data: Data): Promise<AdaptiveCard> => {
      const { t } = languageOf(context);
      const actor = actorOf(context);
      if (!actor.aadObjectId) return card([sentence(t('notices.notAllowed'))]);
      const result = await services.notices.draft(
        data,
        { aadObjectId: actor.aadObjectId, name: actor.name ?? '' },
        idFrom(data, 'replacing'),
      );
      if (result.kind === 'forbidden') return refusalCard(result, t);
      if (result.kind === 'invalid') {
        const values = stringsOf(data);
        return noticeFormCard(formOptions(services, actor.aadObjectId, values, { errors: result.errors }), t);
      }
      return noticePreviewCard(result.notice, result.recipients, t);
    },
  );

  app.adaptiveCards.actionExecute(
    VERBS.noticeSend,
    async (context, _state, data: Data): Promise<AdaptiveCard> => {
      const { t } = languageOf(context);
      const actor = actorOf(context);
      const id = idFrom(data, 'noticeId');
      if (!id || !actor.aadObjectId) return card([sentence(t('notices.notFound'))]);
      const result = await services.notices.send(id, actor.aadObjectId);
      // The card that answers becomes the report card; a scheduled notice's too (it updates when sending starts).
      if ((result.kind === 'sending' || result.kind === 'scheduled') && context.activity.replyToId) {
        const key = conversationKey(context.activity.conversation.id);
        await services.repos().conversations.save(key, referenceOf(context), services.clock());
        await services.notices.setReportMessage(id, { key, activityId: context.activity.replyToId });
      }
      return resultCard(result, t);
    },
  );

  app.adaptiveCards.actionExecute(
    VERBS.noticeEdit,
    async (context, _state, data: Data): Promise<AdaptiveCard> => {
      const { t } = languageOf(context);
      const actor = actorOf(context);
      const id = idFrom(data, 'noticeId');
      const notice = id ? await services.notices.get(id) : undefined;
      if (!notice || !actor.aadObjectId || notice.sender.aadObjectId !== actor.aadObjectId)
        return card([sentence(t('notices.notFound'))]);
      if (notice.state !== 'draft')
        return card([sentence(t('notices.alreadyHandled', { state: t(`notices.state_${notice.state}`) }))]);
      return noticeFormCard(
        formOptions(services, actor.aadObjectId, valuesOf(notice), { replacing: notice.id }),
        t,
      );
    },
  );

  app.adaptiveCards.actionExecute(
    VERBS.noticeCancel,
    async (context, _state, data: Data): Promise<AdaptiveCard> => {
      const { t } = languageOf(context);
      const actor = actorOf(context);
      const id = idFrom(data, 'noticeId');
      if (!id || !actor.aadObjectId) return card([sentence(t('notices.notFound'))]);
      return resultCard(await services.notices.cancel(id, actor.aadObjectId), t);
    },
  );

  app.adaptiveCards.actionExecute(
    VERBS.noticeSubscribe,
    async (context, _state, data: Data): Promise<AdaptiveCard> => {
      const { t } = languageOf(context);
      const actor = actorOf(context);
      const userId = actor.aadObjectId ?? actor.id;
      const unsubscribe = data.unsubscribe === true || data.unsubscribe === 'true';
      const topics = unsubscribe
        ? []
        : str(data.topics, 2000)
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s.length > 0);
      const known = topics.filter(isTopic);
      const flags = str(data.flags, 40).split(',');
      const subscription = {
        topics: known,
        allTopics: !unsubscribe && flags.includes('all'),
        ngoTeam: !unsubscribe && flags.includes('ngoTeam'),
      };
      await services.repos().profiles.setSubscription(userId, subscription, services.clock());
      if (subscription.topics.length === 0 && !subscription.allTopics)
        return card([sentence(t('notices.topicsNone'))]);
      return card([
        sentence(
          t('notices.topicsSaved', {
            topics: subscription.allTopics ? t('notices.topicsAll') : subscription.topics.join(', '),
          }),
        ),
      ]);
    },
  );

  app.adaptiveCards.actionExecute(
    VERBS.noticeBoard,
    async (context, _state, data: Data): Promise<AdaptiveCard> => {
      const { t } = languageOf(context);
      const actor = actorOf(context);
      const unitId = idFrom(data, 'unitId');
      const allowed = actor.aadObjectId ? services.notices.unitsFor(actor.aadObjectId) : [];
      const unit = allowed.find((u) => u.id === unitId);
      if (!unit) return card([sentence(t('notices.boardNotAllowed'))]);
      if (context.activity.conversation.conversationType !== 'channel')
        return card([sentence(t('notices.boardOnlyChannel'))]);
      // The channel itself, not the thread the command was posted in: notices start new posts.
      const conversationId = channelIdOf(context);
      const reference = referenceOf(context);
      await services
        .repos()
        .conversations.save(
          conversationKey(conversationId),
          { ...reference, conversation: { ...context.activity.conversation, id: conversationId } },
          services.clock(),
        );
      await services
        .repos()
        .boards.register(
          { unitId: unit.id, conversationId },
          actor.aadObjectId!,
          services.clock(),
          (context.activity.channelData as { team?: { id?: string } } | undefined)?.team?.id,
        );
      return card([sentence(t('notices.boardSaved', { unit: unit.name }))]);
    },
  );

  // Reminders: the county coordinator only, checked on every action (card data is never trusted).
  const reminderAction = (
    verb: string,
    act: (data: Data, actor: string, t: Translate) => Promise<RemindersView>,
  ) =>
    app.adaptiveCards.actionExecute(verb, async (context, _state, data: Data): Promise<AdaptiveCard> => {
      const { t } = languageOf(context);
      const actor = actorOf(context).aadObjectId;
      if (!actor || !services.directory.roles(actor).coordinator)
        return card([sentence(t('notices.remindersNotAllowed'))]);
      const view = await act(data, actor, t);
      return remindersCard(await services.repos().reminders.list(), t, view);
    });

  reminderAction(VERBS.reminderPause, async (data, actor, t) => {
    const id = idFrom(data, 'reminderId');
    const done =
      id &&
      (await services.notices.setReminderPaused(id, data.paused === true || data.paused === 'true', actor));
    return done ? {} : { note: t('notices.reminderGone') };
  });

  reminderAction(VERBS.reminderRemove, async (data, actor, t) => {
    const id = idFrom(data, 'reminderId');
    const done = id && (await services.notices.removeReminder(id, actor));
    return { note: t(done ? 'notices.reminderRemoved' : 'notices.reminderGone') };
  });

  reminderAction(VERBS.reminderAdd, async (data, actor, t) => {
    const result = validateReminderForm(data);
    if (result.kind !== 'ok') return { errors: result.errors, values: stringsOf(data) };
    await services.notices.addReminder(result.value, actor);
    return { note: t('notices.reminderAdded', { title: result.value.title }) };
  });
}

function valuesOf(n: Notice): Record<string, string> {
  const local = n.sendAt ? new Date(n.sendAt).toLocaleString('sv-SE', { timeZone: 'Europe/Helsinki' }) : '';
  return {
    title: n.title,
    text: n.text,
    ngo: n.ngo,
    link: n.link ?? '',
    imageUrl: n.imageUrl ?? '',
    topics: n.topics.join(','),
    targetGroups: n.targetGroups ?? '',
    acknowledge: n.askAcknowledgement ? 'true' : 'false',
    remindAfterDays: n.remindAfterDays ? String(n.remindAfterDays) : '',
    audienceKind: n.audience.kind,
    audienceIds: n.audience.ids.join(','),
    validUntil: n.validUntil,
    sendDate: local.slice(0, 10),
    sendTime: local.slice(11, 16),
  };
}

/** Runs due reminders (each becomes a notice to the liaisons, in the coordinator's default language). */
export function reminderJob(services: Services): () => Promise<void> {
  const t = translator('fi');
  return async () => {
    await services.notices.runDueReminders((r) => ({
      title: reminderName(r, t),
      text: reminderText(r, t),
    }));
  };
}

/** The channel's conversation id: Teams adds ";messageid=<post>" when the activity is in a thread. */
function channelIdOf(context: TurnContext): string {
  const channel = (context.activity.channelData as { channel?: { id?: string } } | undefined)?.channel?.id;
  return channel ?? context.activity.conversation.id.split(';')[0]!;
}
