import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { ERRORS, SiltaError, logError, userKey, type ErrorCode, type ErrorLog } from '../domain/errors';
import type { ExpectNone, MessageKey, Params, Translate } from '../i18n';
import { card, cardInvokeResponse, textBlock } from './cards/adaptive';
import type { CardInvokeResponse } from './cards/schema';
import { languageOf } from './turn';

/**
 * The one place that turns an unexpected error into a reply: log it with a correlation id and
 * answer politely in the user's language. A catalogued error that has a message of its own for the
 * user gets that; anything else gets the generic message with the correlation id, so support can find
 * the log line.
 */
export async function replyToError(context: TurnContext, error: unknown, log: ErrorLog): Promise<void> {
  // Whatever the activity holds, this must not throw: it is the last handler of the turn.
  const activity = context.activity as unknown as Record<string, unknown> | undefined;
  const conversation = activity?.conversation as { id?: unknown } | undefined;
  const stored: unknown = context.turnState.get('correlationId');
  const correlationId = typeof stored === 'string' ? stored : randomUUID();
  try {
    logError(log, 'error', 'TURN_FAILED', {
      err: error,
      correlationId,
      activityType: typeof activity?.type === 'string' ? activity.type : undefined,
      conversationId: typeof conversation?.id === 'string' ? conversation.id : undefined,
    });
    const { t } = languageOf(context);
    const text =
      error instanceof SiltaError
        ? userMessage(error.code, t, { ...stringParams(error.details), correlationId })
        : t('common.error', { correlationId });
    if (activity?.type === 'invoke') {
      await context.sendActivity({
        type: 'invokeResponse',
        value: { status: 200, body: messageCardResponse(text) },
      });
    } else {
      await context.sendActivity(text);
    }
  } catch (sendError) {
    logError(log, 'error', 'TURN_REPLY_FAILED', { err: sendError, correlationId });
  }
}
/** What the user is told about `code`, in their language (the catalogue's i18n key, filled from `params`). */
export function userMessage(code: ErrorCode, t: Translate, params: Params = {}): string {
  return t(userKey(code, params) as MessageKey, params);
}

/** A catalogue key with `{name}` in it, as the keys it may become. */
type KeyPattern<S extends string> = S extends `${infer Head}{${string}}${infer Tail}`
  ? `${Head}${string}${KeyPattern<Tail>}`
  : S;
/** Checked when compiling: every code's user key is an i18n key (or, with a `{name}`, stands for some). */
export type EveryErrorHasAMessageKey = ExpectNone<
  {
    [C in ErrorCode]: [Extract<MessageKey, KeyPattern<(typeof ERRORS)[C]['user']>>] extends [never]
      ? C
      : never;
  }[ErrorCode]
>;

/** The JSON body of an HTTP error answer: `{ error: CODE, message }` from the catalogue. */
export function errorBody(code: ErrorCode): { error: ErrorCode; message: string } {
  return { error: code, message: ERRORS[code].log };
}

function stringParams(details: Readonly<Record<string, unknown>>): Params {
  return Object.fromEntries(
    Object.entries(details).filter(
      (entry): entry is [string, string | number] =>
        typeof entry[1] === 'string' || typeof entry[1] === 'number',
    ),
  );
}

/** An Adaptive Card invoke response that shows one line of text. */
export function messageCardResponse(text: string): CardInvokeResponse {
  return cardInvokeResponse(card([textBlock(text)]));
}
