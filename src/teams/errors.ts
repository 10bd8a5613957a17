import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { card, cardInvokeResponse, textBlock } from './cards/adaptive';
import type { CardInvokeResponse } from './cards/schema';
import { languageOf } from './turn';

/**
 * The one place that turns an unexpected error into a reply: log it with a correlation id and
 * answer politely in the user's language with that id, so support can find the log line.
 */
export async function replyToError(context: TurnContext, error: unknown, log: Logger): Promise<void> {
  // Whatever the activity holds, this must not throw: it is the last handler of the turn.
  const activity = context.activity as unknown as Record<string, unknown> | undefined;
  const conversation = activity?.conversation as { id?: unknown } | undefined;
  const stored: unknown = context.turnState.get('correlationId');
  const correlationId = typeof stored === 'string' ? stored : randomUUID();
  try {
    log.error(
      {
        err: error,
        correlationId,
        activityType: typeof activity?.type === 'string' ? activity.type : undefined,
        conversationId: typeof conversation?.id === 'string' ? conversation.id : undefined,
      },
      'TURN_FAILED unhandled error in a turn',
    );
    const { t } = languageOf(context);
    const text = t('common.error', { correlationId });
    if (activity?.type === 'invoke') {
      await context.sendActivity({
        type: 'invokeResponse',
        value: { status: 200, body: messageCardResponse(text) },
      });
    } else {
      await context.sendActivity(text);
    }
  } catch (sendError) {
    log.error({ err: sendError, correlationId }, 'TURN_REPLY_FAILED could not send the error reply');
  }
}

/** An Adaptive Card invoke response that shows one line of text. */
export function messageCardResponse(text: string): CardInvokeResponse {
  return cardInvokeResponse(card([textBlock(text)]));
}
