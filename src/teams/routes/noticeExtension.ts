import { CardFactory, type TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { fitNoticeText } from '../../domain/notices';
import { htmlToText } from '../../domain/notices/htmlToText';
import type { Services } from '../../services';
import { attachment } from '../cards/adaptive';
import { noticeFormCard, noticePreviewCard } from '../cards/noticeCards';
import type { Proactive } from '../proactive';
import { actorOf, languageOf, stringsOf } from '../turn';
import { userMessage } from '../errors';

/** The message action's id in the app manifest ("Välitä järjestötiedote"). */
export const FORWARD_NOTICE_COMMAND = 'forwardNotice';

/** The form's values from the message; `cut` when the message was longer than a notice may be. */
function prefill(context: TurnContext): { values: Record<string, string>; cut: boolean } {
  const payload = (
    context.activity.value as
      { messagePayload?: { body?: { content?: string }; subject?: string } } | undefined
  )?.messagePayload;
  const whole = htmlToText(payload?.body?.content ?? '');
  const text = fitNoticeText(whole);
  const title = (payload?.subject || text.split('\n')[0] || '').slice(0, 200);
  const link = /https?:\/\/[^\s"<>]+/.exec(text)?.[0] ?? '';
  return { values: { title, text, link, audienceKind: 'units' }, cut: whole.length > text.length };
}

/** "Välitä järjestötiedote" on any message: the notice form pre-filled from that message; the preview comes to the personal chat. */
export function registerNoticeExtension(
  app: Application<TurnState>,
  services: Services,
  proactive: Proactive,
): void {
  app.messageExtensions.fetchTask(FORWARD_NOTICE_COMMAND, async (context) => {
    const { t } = languageOf(context);
    const aad = actorOf(context).aadObjectId;
    if (!aad || !services.notices.maySendAnything(aad)) return t('notices.notAllowed');
    const { values, cut } = prefill(context);
    const form = noticeFormCard(
      {
        units: services.notices.unitsFor(aad),
        coordinator: services.directory.roles(aad).coordinator,
        values,
        inDialog: true,
        ...(cut ? { warning: t('notices.forwardCut', { max: values.text!.length }) } : {}),
      },
      t,
    );
    return {
      title: t('notices.formTitle'),
      card: CardFactory.adaptiveCard(form),
      width: 'large',
      height: 'large',
    };
  });

  app.messageExtensions.submitAction(
    FORWARD_NOTICE_COMMAND,
    async (context, _state, data: Record<string, unknown>) => {
      const { t } = languageOf(context);
      const actor = actorOf(context);
      if (!actor.aadObjectId) return t('notices.notAllowed');
      // The preview comes to the sender's personal chat: without one there is nowhere to show it.
      const reference = await services.conversations.ofUser(actor.aadObjectId);
      if (!reference) return t('notices.forwardNeedsChat');
      const result = await services.notices.draft(data, {
        aadObjectId: actor.aadObjectId,
        name: actor.name ?? '',
      });
      if (result.kind === 'forbidden')
        return result.code ? userMessage(result.code, t) : t('notices.notAllowed');
      if (result.kind === 'invalid') {
        const values = stringsOf(data);
        const form = noticeFormCard(
          {
            units: services.notices.unitsFor(actor.aadObjectId),
            coordinator: services.directory.roles(actor.aadObjectId).coordinator,
            values,
            errors: result.errors,
            inDialog: true,
          },
          t,
        );
        return {
          title: t('notices.formTitle'),
          card: CardFactory.adaptiveCard(form),
          width: 'large',
          height: 'large',
        };
      }
      await proactive.send(reference, {
        type: 'message',
        attachments: [attachment(noticePreviewCard(result.notice, result.recipients, t))],
      });
      return null;
    },
  );
}
