import type { Application, TurnState } from '@microsoft/teams-ai';
import type { Services } from '../../services';
import { card, sentence, type AdaptiveCard } from '../cards/adaptive';
import { noticeCard } from '../cards/noticeCards';
import { VERBS } from '../cards/verbs';
import type { ReadReports } from '../readReports';
import { actorOf, languageOf } from '../turn';

const noticeIdOf = (data: unknown): string | undefined => {
  const value = (data as { noticeId?: unknown } | undefined)?.noticeId;
  return typeof value === 'string' && value.length <= 64 ? value : undefined;
};

/**
 * "Kuittaa luetuksi" on a notice (docs/notices.md §7): recorded once per person on their delivery;
 * the card then says so instead of showing the button. The sender's report is redrawn (throttled).
 */
export function registerAcknowledge(
  app: Application<TurnState>,
  services: Services,
  reports: ReadReports,
): void {
  app.adaptiveCards.actionExecute(
    VERBS.noticeAcknowledge,
    async (context, _state, data): Promise<AdaptiveCard> => {
      const { t } = languageOf(context);
      const noticeId = noticeIdOf(data);
      const notice = noticeId ? await services.notices.get(noticeId) : undefined;
      if (!notice) return card([sentence(t('notices.notFound'))]);
      const aad = actorOf(context).aadObjectId;
      const outcome = aad ? await services.readReceipts.acknowledge(notice.id, aad) : 'notReceived';
      if (outcome === 'new') reports.changed(notice.id);
      if (outcome === 'notReceived')
        return noticeCard(notice, t, { acknowledged: t('receipts.notReceived') });
      return noticeCard(notice, t, { acknowledged: t('receipts.acknowledged') });
    },
  );
}
