import { TestAdapter, type TurnContext } from 'botbuilder';
import { SiltaError, messageOf, type ErrorLog } from '../../../src/domain/errors';
import { t } from '../../../src/i18n';
import { replyToError } from '../../../src/teams/errors';

/** A log that keeps its lines. */
function memoryLog() {
  const lines: Array<Record<string, unknown> & { msg: string }> = [];
  const keep = (fields: object, msg: string) => lines.push({ ...fields, msg });
  const log: ErrorLog = { debug: keep, info: keep, warn: keep, error: keep, fatal: keep };
  return { log, lines };
}

/** One turn through the Bot Framework's own test adapter that fails with `error`. */
function failingTurn(error: unknown, log: ErrorLog): TestAdapter {
  return new TestAdapter(async (context: TurnContext) => {
    context.turnState.set('correlationId', 'corr-1');
    await replyToError(context, error, log);
  });
}

describe('Turning a failed turn into a reply', () => {
  it('When the error is not in the catalogue, then the user gets the generic message with the correlation id, and the log line has it too', async () => {
    const { log, lines } = memoryLog();
    await failingTurn(new TypeError('x is undefined'), log)
      .send({ type: 'message', text: 'apua', locale: 'fi-FI' })
      .assertReply(t('fi', 'common.error', { correlationId: 'corr-1' }));
    expect(lines).toEqual([
      expect.objectContaining({
        code: 'TURN_FAILED',
        correlationId: 'corr-1',
        msg: messageOf('TURN_FAILED'),
      }),
    ]);
  });

  it('When a catalogued error has its own message for the user, then the user gets it in their language', async () => {
    const { log, lines } = memoryLog();
    await failingTurn(new SiltaError('ORDER_NO_LIAISON', { unitId: 'XX-1' }), log)
      .send({ type: 'message', text: 'hjälp', locale: 'sv-SE' })
      .assertReply(t('sv', 'orders.noLiaison'));
    expect(lines[0]).toMatchObject({ code: 'TURN_FAILED', err: { code: 'ORDER_NO_LIAISON' } });
  });

  it('When a catalogued error has no message of its own for the user, then the user gets the generic one with the correlation id', async () => {
    const { log } = memoryLog();
    await failingTurn(new SiltaError('STORAGE_NOT_READY'), log)
      .send({ type: 'message', text: 'help', locale: 'en-US' })
      .assertReply(t('en', 'common.error', { correlationId: 'corr-1' }));
  });
});
