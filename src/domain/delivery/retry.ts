/** What to do after a send: done, try again later (with backoff), give up, or stop for good. */
export type SendOutcome =
  | { kind: 'sent' }
  | { kind: 'retry'; afterMs: number }
  | { kind: 'failed'; reason: string }
  | { kind: 'unreachable'; reason: string };

export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  capMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 6, baseMs: 1_000, capMs: 60_000 };

/** Retry-After in seconds or as an HTTP date → milliseconds from `now`. */
export function parseRetryAfter(value: string | undefined | null, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Exponential backoff with full jitter; a Retry-After from the server is honoured as the minimum. */
export function backoffMs(
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
  retryAfterMs?: number,
): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.round(random() * ceiling);
  return retryAfterMs !== undefined ? Math.max(retryAfterMs, jittered) : jittered;
}

/**
 * The outcome of one attempt (1-based) that answered HTTP `status` (0 = network error): 429 and 5xx
 * are retried until `maxAttempts`; 403 and 404 mean the app was removed or the user blocked it.
 */
export function outcomeOf(
  status: number,
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
  retryAfterMs?: number,
  code?: string,
): SendOutcome {
  if (status >= 200 && status < 300) return { kind: 'sent' };
  const reason = `HTTP ${status}${code ? ` ${code}` : ''}`;
  if (status === 403 || status === 404) return { kind: 'unreachable', reason };
  const retryable = status === 0 || status === 429 || status >= 500;
  if (!retryable) return { kind: 'failed', reason };
  if (attempt >= policy.maxAttempts) return { kind: 'failed', reason: `${reason} after ${attempt} attempts` };
  return { kind: 'retry', afterMs: backoffMs(attempt, policy, random, retryAfterMs) };
}
