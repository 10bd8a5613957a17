import type { Application, TurnState } from '@microsoft/teams-ai';
import { NOTICE_REF, readCardData } from '../../domain/notices';
import type { Services } from '../../services';
import { onCardAction } from '../cardAction';
import { noticeCard } from '../cards/noticeCards';
import { VERBS } from '../cards/verbs';
import type { ReadReports } from '../notices/readReports';

/**
 * "Kuittaa luetuksi" on a notice (docs/notices.md §7): recorded once per person on their delivery;
 * the card then says so instead of showing the button. The sender's report is redrawn (throttled).
 */
export function registerAcknowledge(
  app: Application<TurnState>,
  services: Services,
  reports: ReadReports,
): void {
  onCardAction(app, VERBS.noticeAcknowledge, async ({ t, actor, say }, data) => {
    const noticeId = readCardData(NOTICE_REF, data).noticeId;
    const notice = noticeId ? await services.notices.get(noticeId) : undefined;
    if (!notice) return say('notices.notFound');
    const outcome = actor.aadObjectId
      ? await services.readReceipts.acknowledge(notice.id, actor.aadObjectId)
      : 'notReceived';
    if (outcome === 'new') reports.changed(notice.id);
    if (outcome === 'notReceived') return noticeCard(notice, t, { acknowledged: t('receipts.notReceived') });
    return noticeCard(notice, t, { acknowledged: t('receipts.acknowledged') });
  });
}
