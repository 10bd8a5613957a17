import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Activity, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { messageCardResponse } from '../errors';
import { languageOf } from '../turn';
import { activityProblem } from './activityShape';
import type { Authenticator } from './authFailures';
import type { InboundLimiter } from './inboundLimiter';
import { MAX_BODY_BYTES, readJsonBody } from './readJsonBody';
import { answer, refuseAndClose } from './refuse';
import type { Authenticated, TurnRunner } from './turnRunner';
import type { TurnsInFlight } from './turnsInFlight';
import { logError, type ErrorCode } from '../../domain/errors';

export interface MessagesRoute {
  runner: TurnRunner;
  authenticator: Authenticator;
  limiter: InboundLimiter;
  turns: TurnsInFlight;
  storageReady: () => boolean;
  log: Logger;
  bodyTimeoutMs: number;
  /** The turn itself (tenant guard, the Application). */
  turn: (context: TurnContext, correlationId: string) => Promise<void>;
}

/**
 * POST /api/messages, in the order that keeps work before authentication small: body (type, size,
 * time), shape, storage, authentication, per-user and per-conversation limits, then the turn. Every
 * refusal is a bare status and code.
 */
export function messagesRoute(deps: MessagesRoute) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (deps.turns.draining) return refuseAndClose(req, res, 503, 'SHUTTING_DOWN');
    const body = await readJsonBody(req, { maxBytes: MAX_BODY_BYTES, timeoutMs: deps.bodyTimeoutMs });
    if (body.kind !== 'ok')
      return body.code === 'BAD_JSON'
        ? answer(res, 400, { error: body.code })
        : refuseAndClose(req, res, body.status, body.code);
    const problem = activityProblem(body.value);
    if (problem) {
      logError(deps.log, 'debug', 'BAD_ACTIVITY', { field: problem.slice(0, 200) });
      return answer(res, 400, { error: 'BAD_ACTIVITY' });
    }
    if (!deps.storageReady())
      return answer(res, 503, { error: 'STORAGE_UNAVAILABLE' }, { 'retry-after': '5' });

    const activity = withDates(body.value as Activity);
    const correlationId = randomUUID();
    const auth = await deps.authenticator.authenticate(activity, req.headers.authorization, correlationId);
    if (auth.kind !== 'ok')
      return answer(
        res,
        auth.status,
        { error: auth.code },
        auth.status === 503 ? { 'retry-after': '30' } : {},
      );

    const admission = deps.limiter.admit(
      activity.from.aadObjectId ?? activity.from.id,
      activity.conversation.id,
    );
    if (admission !== 'admit') {
      // Logged once per episode (a flood would otherwise flood the log too).
      if (admission === 'refuse-and-tell')
        logError(deps.log, 'warn', 'TURN_LIMITED', {
          correlationId,
          conversationId: activity.conversation.id,
        });
      const answered = admission === 'refuse-and-tell' && (await tell(deps, res, auth.result, activity));
      if (!answered) answer(res, 429, { error: 'TOO_MANY_TURNS' }, { 'retry-after': '10' });
      return;
    }

    deps.turns.begin();
    try {
      const invoke = await deps.runner.run(auth.result, activity, (context) =>
        deps.turn(context, correlationId),
      );
      answer(res, invoke?.status ?? 200, invoke?.body);
    } catch (error) {
      logError(deps.log, 'error', 'REQUEST_FAILED', { err: error, correlationId });
      answer(res, 500, { error: 'INTERNAL' satisfies ErrorCode, correlationId });
    } finally {
      deps.turns.end();
    }
  };
}

/**
 * The one polite answer to a user over the limit, in their language: a message in the chat, or the
 * card of a card action (then it is the HTTP answer too: true). Other activities get the bare 429.
 */
async function tell(
  deps: MessagesRoute,
  res: ServerResponse,
  authenticated: Authenticated,
  activity: Activity,
): Promise<boolean> {
  const isCardAction = activity.type === 'invoke' && activity.name === 'adaptiveCard/action';
  if (activity.type !== 'message' && !isCardAction) return false;
  try {
    const invoke = await deps.runner.run(authenticated, activity, async (context) => {
      const text = languageOf(context).t('common.slowDown');
      if (!isCardAction) await context.sendActivity(text);
      else
        await context.sendActivity({
          type: 'invokeResponse',
          value: { status: 200, body: messageCardResponse(text) },
        });
    });
    if (!isCardAction) return false;
    answer(res, invoke?.status ?? 200, invoke?.body);
    return true;
  } catch (error) {
    logError(deps.log, 'warn', 'TURN_LIMITED_REPLY_FAILED', { err: error });
    return false;
  }
}

/** What botbuilder's own request handling does to an activity: timestamps become Dates. */
function withDates(activity: Activity): Activity {
  const raw = activity as unknown as Record<string, unknown>;
  for (const [field, rawField] of [
    ['timestamp', 'rawTimestamp'],
    ['expiration', 'rawExpiration'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    if (typeof raw[field] === 'string') {
      raw[rawField] = raw[field];
      raw[field] = new Date(raw[field]);
    }
  }
  return activity;
}
