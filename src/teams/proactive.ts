import type { Activity, ConversationReference, TurnContext } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai';

/** Where a message Silta sent lives, so it can be updated in place later. */
export interface MessageLocation {
  reference: StoredReference;
  activityId: string;
}

/** A conversation reference as stored (plain data). */
export type StoredReference = Record<string, unknown>;

/** The conversation reference of the turn, to store for proactive messages later. */
export function referenceOf(context: TurnContext): StoredReference {
  const { activity } = context;
  return {
    channelId: activity.channelId,
    serviceUrl: activity.serviceUrl,
    conversation: activity.conversation,
    bot: activity.recipient,
    user: activity.from,
    locale: activity.locale,
  };
}

/**
 * Proactive messages through the Bot Framework adapter: send into a stored conversation, or replace a
 * message Silta sent earlier (cards that always show the current status).
 */
export class Proactive {
  constructor(
    private readonly adapter: TeamsAdapter,
    private readonly appId: string | undefined,
  ) {}

  async send(reference: StoredReference, activity: Partial<Activity>): Promise<MessageLocation> {
    let activityId = '';
    await this.adapter.continueConversationAsync(
      this.appId ?? '',
      reference as Partial<ConversationReference>,
      async (context) => {
        activityId = (await context.sendActivity(activity))?.id ?? '';
      },
    );
    return { reference, activityId };
  }

  async update(location: MessageLocation, activity: Partial<Activity>): Promise<void> {
    await this.adapter.continueConversationAsync(
      this.appId ?? '',
      location.reference as Partial<ConversationReference>,
      async (context) => {
        await context.updateActivity({ ...activity, id: location.activityId, type: 'message' });
      },
    );
  }
}
