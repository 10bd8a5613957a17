import type { TurnContext } from 'botbuilder';
import { messageCardResponse } from '../errors';
import { languageOf } from '../turn';

/**
 * Invokes no feature handles (stale cards, unknown verbs, unsupported invoke names): answer 200 with a
 * polite card instead of teams-ai's HTTP 501.
 */
export async function onUnknownInvoke(context: TurnContext): Promise<void> {
  const { t } = languageOf(context);
  const isCardAction = context.activity.name === 'adaptiveCard/action';
  await context.sendActivity({
    type: 'invokeResponse',
    value: isCardAction
      ? { status: 200, body: messageCardResponse(t('common.unknownAction')) }
      : { status: 200, body: {} },
  });
}
