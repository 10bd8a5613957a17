import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import {
  BOARD_CHOICE,
  NOTICE_PREVIEW,
  NOTICE_REF,
  NOTICE_SEND,
  SUBSCRIPTION,
  readCardData,
} from '../../domain/notices';
import { termList } from '../../domain/register/termNames';
import type { Services } from '../../services';
import { onCardAction } from '../cardAction';
import { attachment, type AdaptiveCard } from '../cards/adaptive';
import {
  boardCard,
  noticeFormCard,
  noticeListCard,
  noticePreviewCard,
  topicsCard,
} from '../cards/noticeCards';
import { VERBS } from '../cards/verbs';
import { formOptions, refusalCard, resultCard, valuesOf } from '../notices/views';
import { cardLocationOf, referenceOf } from '../proactive';
import { actorOf, languageOf, stringsOf } from '../turn';

const send = (context: TurnContext, content: AdaptiveCard) =>
  context.sendActivity({ attachments: [attachment(content)] });

/** "uusi tiedote": the notice form for liaisons and the coordinator; others are told who can send. */
export async function sendNoticeForm(context: TurnContext, services: Services): Promise<void> {
  const { t } = languageOf(context);
  const aad = actorOf(context).aadObjectId;
  if (!aad || !services.notices.maySendAnything(aad))
    return void (await context.sendActivity(t('notices.notAllowed')));
  await send(context, noticeFormCard(formOptions(services, aad, { audienceKind: 'units' }), t));
}

/**
 * "tiedotteet": the notices valid now for the person's own unit and topics; senders (centre liaisons,
 * the coordinator) also see what they sent and scheduled, with read rates (docs/notices.md §2.3).
 */
export async function sendNoticeList(context: TurnContext, services: Services): Promise<void> {
  const { t } = languageOf(context);
  const actor = actorOf(context);
  const aad = actor.aadObjectId;
  const sender = !!aad && services.notices.maySendAnything(aad);
  const current = await services.notices.currentFor(aad ?? actor.id);
  const sent = sender ? await services.notices.list(aad) : undefined;
  const counted = (sent ?? []).slice(0, 20).filter((n) => n.state === 'sending' || n.state === 'sent');
  const reads = new Map(
    await Promise.all(counted.map(async (n) => [n.id, await services.readReceipts.counts(n.id)] as const)),
  );
  // A sender who has not told their unit sees only what they sent.
  const view = sender && !current.unit ? { sent, reads } : { current, sent, reads };
  await send(context, noticeListCard(view, t));
}

export async function sendTopics(context: TurnContext, services: Services): Promise<void> {
  const { t } = languageOf(context);
  const actor = actorOf(context);
  const profile = await services.profiles.get(actor.aadObjectId ?? actor.id);
  const unit = profile?.unitId ? services.directory.unit(profile.unitId) : undefined;
  const subscription = {
    topics: profile?.topics ?? [],
    allTopics: !!profile?.allTopics,
    ngoTeam: !!profile?.ngoTeam,
  };
  await send(context, topicsCard(unit, subscription, t));
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

/** The channel's conversation id: Teams adds ";messageid=<post>" when the activity is in a thread. */
function channelIdOf(context: TurnContext): string {
  const channel = (context.activity.channelData as { channel?: { id?: string } } | undefined)?.channel?.id;
  return channel ?? context.activity.conversation.id.split(';')[0]!;
}

export function registerNoticeActions(app: Application<TurnState>, services: Services): void {
  onCardAction(app, VERBS.noticePreview, async ({ t, actor, say }, data) => {
    if (!actor.aadObjectId) return say('notices.notAllowed');
    const sender = { aadObjectId: actor.aadObjectId, name: actor.name ?? '' };
    const result = await services.notices.draft(data, sender, readCardData(NOTICE_PREVIEW, data).replacing);
    if (result.kind === 'forbidden') return refusalCard(result, t);
    if (result.kind === 'invalid')
      return noticeFormCard(
        formOptions(services, sender.aadObjectId, stringsOf(data), { errors: result.errors }),
        t,
      );
    return noticePreviewCard(result.notice, result.recipients, t);
  });

  onCardAction(app, VERBS.noticeSend, async ({ context, t, actor, say }, data) => {
    const { noticeId: id, emptyConfirmed } = readCardData(NOTICE_SEND, data);
    if (!id || !actor.aadObjectId) return say('notices.notFound');
    const at = cardLocationOf(context);
    return resultCard(await services.notices.sendFrom(id, actor.aadObjectId, at, emptyConfirmed), t);
  });

  onCardAction(app, VERBS.noticeEdit, async ({ t, actor, say }, data) => {
    const id = readCardData(NOTICE_REF, data).noticeId;
    const notice = id ? await services.notices.get(id) : undefined;
    if (!notice || !actor.aadObjectId || notice.sender.aadObjectId !== actor.aadObjectId)
      return say('notices.notFound');
    if (notice.state !== 'draft')
      return say('notices.alreadyHandled', { state: t(`notices.state_${notice.state}`) });
    return noticeFormCard(
      formOptions(services, actor.aadObjectId, valuesOf(notice), { replacing: notice.id }),
      t,
    );
  });

  onCardAction(app, VERBS.noticeCancel, async ({ t, actor, say }, data) => {
    const id = readCardData(NOTICE_REF, data).noticeId;
    if (!id || !actor.aadObjectId) return say('notices.notFound');
    return resultCard(await services.notices.cancel(id, actor.aadObjectId), t);
  });

  onCardAction(app, VERBS.noticeSubscribe, async ({ t, actor, say }, data) => {
    const subscription = readCardData(SUBSCRIPTION, data);
    await services.profiles.subscribe(actor.aadObjectId ?? actor.id, subscription);
    if (subscription.topics.length === 0 && !subscription.allTopics) return say('notices.topicsNone');
    const topics = subscription.allTopics
      ? t('notices.topicsAll')
      : termList(subscription.topics, t.locale ?? 'fi');
    return say('notices.topicsSaved', { topics });
  });

  onCardAction(app, VERBS.noticeBoard, async ({ context, actor, say }, data) => {
    const unitId = readCardData(BOARD_CHOICE, data).unitId;
    const allowed = actor.aadObjectId ? services.notices.unitsFor(actor.aadObjectId) : [];
    if (!actor.aadObjectId || !allowed.some((u) => u.id === unitId)) return say('notices.boardNotAllowed');
    if (context.activity.conversation.conversationType !== 'channel') return say('notices.boardOnlyChannel');
    // The channel itself, not the thread the command was posted in: notices start new posts.
    const conversationId = channelIdOf(context);
    const reference = {
      ...referenceOf(context),
      conversation: { ...context.activity.conversation, id: conversationId },
    };
    const teamId = (context.activity.channelData as { team?: { id?: string } } | undefined)?.team?.id;
    const channel = { conversationId, reference, teamId };
    const unit = await services.notices.registerBoard(actor.aadObjectId, unitId, channel);
    return unit ? say('notices.boardSaved', { unit: unit.name }) : say('notices.boardNotAllowed');
  });
}
