import type { Application, TurnState } from '@microsoft/teams-ai';
import { NOTICE_REF, readCardData } from '../../domain/notices';
import { dateTimeText } from '../../i18n/formats';
import type { Services } from '../../services';
import { onCardAction } from '../cardAction';
import { reportCard } from '../cards/noticeCards';
import { VERBS } from '../cards/verbs';
import { cardLocationOf } from '../proactive';

/**
 * "Lähetä muistutus" on a report card (docs/notices.md §7): a short reminder to those who have not read
 * (or acknowledged) the notice, sent by the delivery engine; the card becomes the reminder's report.
 */
export function registerRemind(app: Application<TurnState>, services: Services): void {
  onCardAction(app, VERBS.noticeRemind, async ({ context, t, actor, say }, data) => {
    const noticeId = readCardData(NOTICE_REF, data).noticeId;
    if (!noticeId || !actor.aadObjectId) return say('notices.notFound');
    const result = await services.followUp.remind(noticeId, {
      aadObjectId: actor.aadObjectId,
      name: actor.name ?? '',
    });
    switch (result.kind) {
      case 'notFound':
        return say('notices.notFound');
      case 'forbidden':
        return say('receipts.remindForbidden');
      case 'notOffered':
        return say('receipts.notOffered');
      case 'notYet':
        return say('receipts.notYet', { date: dateTimeText(result.from, t) });
      case 'nobody':
        return say('receipts.nobody');
      case 'alreadySent':
        return say('receipts.alreadySent');
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
  });
}
