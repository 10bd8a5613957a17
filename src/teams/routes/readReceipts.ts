import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { Services } from '../../services';
import type { ReadReports } from '../notices/readReports';

/** The event Teams sends when a person has read the bot's messages in their personal chat. */
export const READ_RECEIPT_EVENT = 'application/vnd.microsoft.readReceipt';

const isReadReceipt = async (context: TurnContext) =>
  context.activity.type === ActivityTypes.Event && context.activity.name === READ_RECEIPT_EVENT;

/**
 * Read receipts (docs/notices.md §7). Teams sends them only in personal chats and only when the app
 * has the permission ChatMessageReadReceipt.Read.Chat; the event's value is `{ lastReadMessageId }`.
 */
export function registerReadReceipts(
  app: Application<TurnState>,
  services: Services,
  reports: ReadReports,
): void {
  app.activity(isReadReceipt, async (context) => {
    const { activity } = context;
    const aad = activity.from?.aadObjectId;
    if (!aad || activity.conversation?.conversationType !== 'personal') return;
    const value = activity.value as { lastReadMessageId?: unknown } | undefined;
    const changed = await services.readReceipts.recordReceipt(aad, value?.lastReadMessageId);
    changed.forEach((noticeId) => reports.changed(noticeId));
  });
}
