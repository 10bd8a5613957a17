import pino from 'pino';

export type Logger = pino.Logger;

/**
 * JSON logs to stdout (App Service collects them); one logger. `context` adds fields to every line
 * (the turn's correlation id).
 */
export function createLogger(level: string, context?: () => object): Logger {
  return pino({
    level,
    base: { app: 'silta' },
    timestamp: pino.stdTimeFunctions.isoTime,
    ...(context ? { mixin: context } : {}),
  });
}
