import { messageOf, type ErrorCode } from './catalogue';
import type { DetailsArgs } from './siltaError';

/** The part of a logger (pino's) that logs codes: a fields object and the message. */
export interface ErrorLog {
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
  fatal(fields: object, message: string): void;
}

/**
 * The one way a code reaches the log: `{ code, ...details }` and the catalogue's message,
 * e.g. `logError(log, 'warn', 'ORDER_ALERT_FAILED', { err, orderId })`.
 */
export function logError<C extends ErrorCode>(
  log: ErrorLog,
  level: 'debug' | 'info' | 'warn' | 'error' | 'fatal',
  code: C,
  ...[details]: DetailsArgs<C>
): void {
  log[level]({ ...details, code }, messageOf(code, details));
}
