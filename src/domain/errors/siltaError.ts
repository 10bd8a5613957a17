import type { ERRORS } from './catalogue';
import { messageOf, type Details, type ErrorCode, type Placeholders } from './catalogue';

/** The details argument: required when the code's log message has placeholders, optional otherwise. */
export type DetailsArgs<C extends ErrorCode, Rest extends unknown[] = []> = [
  Placeholders<(typeof ERRORS)[C]['log']>,
] extends [never]
  ? [details?: Details<C>, ...rest: Rest]
  : [details: Details<C>, ...rest: Rest];

/**
 * An error from the catalogue: `code`, the details that fill its message (and go to the log), and the
 * error that caused it. Its message is "CODE what happened; how to fix it".
 */
export class SiltaError<C extends ErrorCode = ErrorCode> extends Error {
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    readonly code: C,
    ...[details, options]: DetailsArgs<C, [options?: { cause?: unknown }]>
  ) {
    super(messageOf(code, details), options);
    this.name = 'SiltaError';
    this.details = details ?? {};
  }
}

/** The code of a catalogued error, whatever threw it; undefined for anything else. */
export function codeOf(error: unknown): ErrorCode | undefined {
  return error instanceof SiltaError ? error.code : undefined;
}
