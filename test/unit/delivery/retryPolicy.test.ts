import {
  backoffMs,
  DEFAULT_RETRY,
  outcomeOf,
  parseRetryAfter,
} from '../../../src/domain/delivery/retryPolicy';

describe('Retry policy', () => {
  const random = () => 0.5;
  it('When the server says Retry-After in seconds or as a date, then it is read in milliseconds', () => {
    expect(parseRetryAfter('3', 0)).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 5_000)).toBe(5_000);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
  });

  it('When a 429 carries Retry-After, then the wait is at least that long', () => {
    expect(outcomeOf(429, 1, DEFAULT_RETRY, random, 7_000)).toEqual({ kind: 'retry', afterMs: 7_000 });
  });

  it('When 5xx or network errors repeat, then backoff grows (with jitter) until the attempts run out', () => {
    expect(backoffMs(1, DEFAULT_RETRY, () => 1)).toBe(1_000);
    expect(backoffMs(3, DEFAULT_RETRY, () => 1)).toBe(4_000);
    expect(backoffMs(20, DEFAULT_RETRY, () => 1)).toBe(60_000);
    expect(outcomeOf(500, 2, DEFAULT_RETRY, random)).toEqual({ kind: 'retry', afterMs: 1_000 });
    expect(outcomeOf(0, 1, DEFAULT_RETRY, random).kind).toBe('retry');
    expect(outcomeOf(503, 6, DEFAULT_RETRY, random)).toEqual({
      kind: 'failed',
      reason: 'HTTP 503 after 6 attempts',
    });
  });

  it('When the app was removed or the user blocked it (403/404), then the delivery is unreachable at once', () => {
    expect(outcomeOf(403, 1, DEFAULT_RETRY, random, undefined, 'MessageWritesBlocked')).toEqual({
      kind: 'unreachable',
      reason: 'HTTP 403 MessageWritesBlocked',
    });
    expect(outcomeOf(404, 1, DEFAULT_RETRY, random).kind).toBe('unreachable');
    expect(outcomeOf(400, 1, DEFAULT_RETRY, random).kind).toBe('failed');
    expect(outcomeOf(201, 1, DEFAULT_RETRY, random).kind).toBe('sent');
  });

  it('When the jitter is drawn, then the wait lies between 0 and the exponential ceiling (full jitter)', () => {
    expect(backoffMs(4, DEFAULT_RETRY, () => 0)).toBe(0);
    expect(backoffMs(4, DEFAULT_RETRY, () => 0.25)).toBe(2_000);
    expect(backoffMs(4, DEFAULT_RETRY, () => 0, 1_500)).toBe(1_500);
  });

  it('When the attempts are configured, then the last allowed attempt fails with the reason and the count', () => {
    const policy = { maxAttempts: 2, baseMs: 10, capMs: 100 };
    expect(outcomeOf(429, 1, policy, () => 0, 1_000).kind).toBe('retry');
    expect(outcomeOf(429, 2, policy, () => 0, 1_000, 'Throttled')).toEqual({
      kind: 'failed',
      reason: 'HTTP 429 Throttled after 2 attempts',
    });
    expect(outcomeOf(0, 2, policy, () => 0, undefined, 'ECONNRESET')).toEqual({
      kind: 'failed',
      reason: 'NETWORK ECONNRESET after 2 attempts',
    });
  });
});
