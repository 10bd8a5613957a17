import type { TurnContext } from 'botbuilder';
import { cardInvokeResponse, type AdaptiveCard } from './cards/adaptive';

/**
 * Answers an Action.Execute (a click, or a client's automatic `refresh`) with a card for the one user
 * who sent it: the invoke response, nothing else. teams-ai would also edit the message the card came
 * from (updateActivity, for everyone in the chat) whenever the card has `refresh`, so in a group chat
 * one person's view (a liaison's, with expert names) would land on the shared message. With the invoke
 * response already set, teams-ai leaves the message alone; shared messages are redrawn by the feature
 * with the view meant for everyone.
 */
export async function answerInvoke(context: TurnContext, content: AdaptiveCard): Promise<void> {
  await context.sendActivity({
    type: 'invokeResponse',
    value: { status: 200, body: cardInvokeResponse(content) },
  });
}
