import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { Services } from '../../services';

/**
 * Silta removed: a user who uninstalls the app (installationUpdate "remove") or leaves their personal
 * chat with it (conversationUpdate membersRemoved) loses their conversation reference, profile and
 * topic subscriptions; a team or group chat that removes Silta loses its reference and notice boards
 * (docs/data-lifetimes.md §5). Nothing is sent back: Silta can no longer reach them.
 */
export function registerLifecycle(app: Application<TurnState>, services: Services): void {
  app.activity(ActivityTypes.InstallationUpdate, async (context) => {
    if (isRemoval(context.activity)) await forget(context, services, true);
  });
  app.conversationUpdate('membersRemoved', async (context) => {
    const botRemoved = (context.activity.membersRemoved ?? []).some(
      (m) => m.id === context.activity.recipient?.id,
    );
    await forget(context, services, botRemoved);
  });
}

/** An uninstall, or members leaving: the turn must not store the user's reference again first. */
export function isRemoval(activity: Partial<Activity>): boolean {
  if (activity.type === ActivityTypes.InstallationUpdate) return activity.action === 'remove';
  return activity.type === ActivityTypes.ConversationUpdate && (activity.membersRemoved ?? []).length > 0;
}

/** An install (or the bot added to a chat): the reference is stored even if this instance wrote it lately. */
export function isInstall(activity: Partial<Activity>): boolean {
  if (activity.type === ActivityTypes.InstallationUpdate) return activity.action === 'add';
  return activity.type === ActivityTypes.ConversationUpdate && (activity.membersAdded ?? []).length > 0;
}

async function forget(context: TurnContext, services: Services, botRemoved: boolean): Promise<void> {
  const { activity } = context;
  const teamId = (activity.channelData as { team?: { id?: unknown } } | undefined)?.team?.id;
  if (activity.conversation?.conversationType === 'personal') {
    // In a personal chat, whoever of the two left, the chat with that user is over.
    const users = new Set<string>();
    if (activity.from?.aadObjectId) users.add(activity.from.aadObjectId);
    for (const member of activity.membersRemoved ?? []) if (member.aadObjectId) users.add(member.aadObjectId);
    for (const user of users) await services.retention.forgetUser(user);
    return;
  }
  if (botRemoved && activity.conversation?.id)
    await services.retention.forgetConversation(
      activity.conversation.id,
      typeof teamId === 'string' ? teamId : undefined,
    );
}
