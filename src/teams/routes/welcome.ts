import type { TurnContext } from 'botbuilder';
import { languageOf } from '../turn';

/** Installed in personal scope (or added to a team): a short hello in the user's language. */
export async function onMembersAdded(context: TurnContext): Promise<void> {
  const botId = context.activity.recipient?.id;
  const added = context.activity.membersAdded ?? [];
  if (!added.some((member) => member.id === botId)) return;
  const { t } = languageOf(context);
  // In a channel Silta hears only messages that @mention it: the welcome says so.
  const channel = context.activity.conversation?.conversationType === 'channel';
  await context.sendActivity(
    channel ? `${t('common.welcome')} ${t('intents.helpChannel')}` : t('common.welcome'),
  );
}
