import type { Activity, CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { CardLocation } from '../services/ports';

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

/** The message a card action came from (the invoke's replyToId), or undefined when Teams did not say. */
export function cardLocationOf(context: TurnContext): CardLocation | undefined {
  const { conversation, replyToId } = context.activity;
  if (!replyToId) return undefined;
  return {
    conversationId: conversation.id,
    activityId: replyToId,
    personal: conversation.conversationType === 'personal',
    reference: referenceOf(context),
  };
}

/**
 * Runs `work` in a stored conversation and lets its errors reach the caller. The adapter would hand an
 * error thrown inside the callback to its turn error handler (app.error), which answers the
 * conversation with an apology and reports success to the caller: a throttled send would count as
 * delivered and the recipient would get "something went wrong" instead.
 */
export async function inConversation(
  adapter: CloudAdapter,
  appId: string | undefined,
  reference: StoredReference,
  work: (context: TurnContext) => Promise<void>,
): Promise<void> {
  let failure: { error: unknown } | undefined;
  await adapter.continueConversationAsync(
    appId ?? '',
    reference as Partial<ConversationReference>,
    async (context) => {
      try {
        await work(context);
      } catch (error) {
        failure = { error };
      }
    },
  );
  if (failure) throw failure.error;
}

/**
 * Proactive messages through the Bot Framework adapter: send into a stored conversation, or replace a
 * message Silta sent earlier (cards that always show the current status).
 */
export class Proactive {
  constructor(
    readonly adapter: TeamsAdapter,
    readonly appId: string | undefined,
  ) {}

  async send(reference: StoredReference, activity: Partial<Activity>): Promise<MessageLocation> {
    let activityId = '';
    await inConversation(this.adapter, this.appId, reference, async (context) => {
      activityId = (await context.sendActivity(activity))?.id ?? '';
    });
    return { reference, activityId };
  }

  async update(location: MessageLocation, activity: Partial<Activity>): Promise<void> {
    await inConversation(this.adapter, this.appId, location.reference, async (context) => {
      await context.updateActivity({ ...activity, id: location.activityId, type: 'message' });
    });
  }
}
