import pino from 'pino';
import type { TurnContext } from 'botbuilder';
import { replyToError } from '../../../src/teams/errors';

/** The error handler is the turn's last resort: whatever the activity holds, it must not throw. */
describe('replyToError with a hostile activity', () => {
  const hostile = [
    { type: 5, locale: 42, conversation: { id: { toString: 1 } } },
    { type: 'invoke', locale: { toString: 1, valueOf: {} }, conversation: null },
    { locale: ['fi'], conversation: 'x' },
    {},
  ];

  it.each(hostile)(
    'When the activity is %p and sending fails too, then it logs and returns',
    async (activity) => {
      const lines: Array<Record<string, unknown>> = [];
      const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
      const sent: unknown[] = [];
      const context = {
        activity,
        turnState: new Map<string, unknown>([['correlationId', { not: 'a string' }]]),
        sendActivity: async (reply: unknown) => {
          sent.push(reply);
          throw new Error('connector down');
        },
      } as unknown as TurnContext;
      await expect(replyToError(context, new Error('boom'), log)).resolves.toBeUndefined();
      expect(lines.map((l) => String(l.msg).split(' ')[0])).toEqual(['TURN_FAILED', 'TURN_REPLY_FAILED']);
      expect(lines[0]!.correlationId).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
      expect(JSON.stringify(sent)).toContain('Pahoittelen');
    },
  );
});
