import pino from 'pino';

export type Logger = pino.Logger;

/** JSON logs to stdout (App Service collects them); one logger, children carry a correlation id. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'silta' }, timestamp: pino.stdTimeFunctions.isoTime });
}
