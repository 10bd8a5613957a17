import type { Application, TurnState } from '@microsoft/teams-ai';
import { dateTimeText } from '../../i18n/formats';
import type { Services } from '../../services';
import { card, sentence, type AdaptiveCard } from '../cards/adaptive';
import { reportCard } from '../cards/noticeCards';
import { VERBS } from '../cards/verbs';
import { cardLocationOf } from '../proactive';
import { actorOf, languageOf } from '../turn';

const noticeIdOf = (data: unknown): string | undefined => {
  const value = (data as { noticeId?: unknown } | undefined)?.noticeId;
  return typeof value === 'string' && value.length <= 64 ? value : undefined;
};

/**
 * "Lähetä muistutus" on a report card (docs/notices.md §7): a short reminder to those who have not read
 * (or acknowledged) the notice, sent by the delivery engine; the card becomes the reminder's report.
 */
export function registerRemind(app: Application<TurnState>, services: Services): void {
  app.adaptiveCards.actionExecute(
    VERBS.noticeRemind,
    async (context, _state, data): Promise<AdaptiveCard> => {
      const { t } = languageOf(context);
      const actor = actorOf(context);
      const noticeId = noticeIdOf(data);
      if (!noticeId || !actor.aadObjectId) return card([sentence(t('notices.notFound'))]);
      const result = await services.followUp.remind(noticeId, {
        aadObjectId: actor.aadObjectId,
        name: actor.name ?? '',
      });
      switch (result.kind) {
        case 'notFound':
          return card([sentence(t('notices.notFound'))]);
        case 'forbidden':
          return card([sentence(t('receipts.remindForbidden'))]);
        case 'notOffered':
          return card([sentence(t('receipts.notOffered'))]);
        case 'notYet':
          return card([sentence(t('receipts.notYet', { date: dateTimeText(result.from, t) }))]);
        case 'nobody':
          return card([sentence(t('receipts.nobody'))]);
        case 'alreadySent':
          return card([sentence(t('receipts.alreadySent'))]);
        case 'sending': {
          const location = cardLocationOf(context);
          if (location) {
            const { key, activityId } = await services.conversations.rememberCard(location);
            await services.notices.setReportMessage(result.notice.id, { key, activityId });
          }
          const queued = { total: result.recipients, pending: result.recipients, sending: 0, sent: 0 };
          return reportCard(result.notice, { ...queued, failed: 0, unreachable: 0 }, false, t);
        }
      }
    },
  );
}
