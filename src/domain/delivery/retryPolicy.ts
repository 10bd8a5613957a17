/**
 * What to do after one send attempt (docs/delivery.md §5): done, try again later (exponential backoff with full jitter,
 * never sooner than the server's Retry-After), give up, or stop for good (the app was removed or the
 * user blocked it: retrying cannot help).
 */
export type SendOutcome =
  | { kind: 'sent' }
  | { kind: 'retry'; afterMs: number }
  | { kind: 'failed'; reason: string }
  | { kind: 'unreachable'; reason: string };

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Backoff ceiling of the first retry; it doubles per attempt up to `capMs`. */
  baseMs: number;
  capMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 6, baseMs: 1_000, capMs: 60_000 };

/** Status 0 stands for a network error (no HTTP answer). */
export const NETWORK_ERROR = 0;

/** Retry-After as delay-seconds or an HTTP date → milliseconds from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined | null, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Full jitter: uniform in [0, min(cap, base·2^(attempt-1))]; a Retry-After is the minimum. */
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

/** A failed send as recorded on its delivery: "HTTP 429 Throttled", "NETWORK TIMEOUT". */
export function failureReason(status: number, code?: string): string {
  const suffix = code ? ` ${code}` : '';
  return status === NETWORK_ERROR ? `NETWORK${suffix}` : `HTTP ${status}${suffix}`;
}

/**
 * The outcome of attempt number `attempt` (1-based) that answered HTTP `status`: 429, 5xx and network
 * errors are retried until `maxAttempts`; 403 and 404 are unreachable at once; other 4xx fail at once.
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
  const reason = failureReason(status, code);
  if (status === 403 || status === 404) return { kind: 'unreachable', reason };
  const retryable = status === NETWORK_ERROR || status === 429 || status >= 500;
  if (!retryable) return { kind: 'failed', reason };
  if (attempt >= policy.maxAttempts) return { kind: 'failed', reason: `${reason} after ${attempt} attempts` };
  return { kind: 'retry', afterMs: backoffMs(attempt, policy, random, retryAfterMs) };
}
