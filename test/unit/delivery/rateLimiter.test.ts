import {
  RateLimiter,
  TEAMS_CONVERSATION_LIMITS,
  tenantLimits,
} from '../../../src/domain/delivery/rateLimiter';
import { backoffMs, outcomeOf, parseRetryAfter, DEFAULT_RETRY } from '../../../src/domain/delivery/retry';

const conv = (key: string) => ({ key, windows: TEAMS_CONVERSATION_LIMITS });

describe('Rate limiter (Teams limits)', () => {
  it('When 7 messages go to one conversation within a second, then the 8th waits for the window to pass', () => {
    const limiter = new RateLimiter();
    for (let i = 0; i < 7; i += 1) expect(limiter.tryAcquire([conv('c1')], 1000 + i)).toBe(0);
    expect(limiter.tryAcquire([conv('c1')], 1010)).toBe(990);
    expect(limiter.tryAcquire([conv('c2')], 1010)).toBe(0);
  });

  it('When 8 messages were sent within 2 s, then the 9th waits even though the 1-second window allows it', () => {
    const limiter = new RateLimiter();
    for (let i = 0; i < 7; i += 1) limiter.tryAcquire([conv('c')], 0);
    expect(limiter.tryAcquire([conv('c')], 1000)).toBe(0);
    expect(limiter.tryAcquire([conv('c')], 1500)).toBe(500);
  });

  it('When 60 messages were sent to one conversation in 30 s, then the next waits for the oldest to leave the window', () => {
    const limiter = new RateLimiter();
    let now = 0;
    let sent = 0;
    while (sent < 60) {
      const wait = limiter.tryAcquire([conv('c')], now);
      if (wait === 0) sent += 1;
      else now += wait;
    }
    expect(now).toBeLessThan(30_000);
    expect(limiter.tryAcquire([conv('c')], now)).toBeGreaterThan(0);
  });

  it('When the tenant ceiling is 50/s, then 51 messages to different conversations take more than a second', () => {
    const limiter = new RateLimiter();
    const tenant = { key: 'tenant', windows: tenantLimits(50) };
    for (let i = 0; i < 50; i += 1) expect(limiter.tryAcquire([conv(`c${i}`), tenant], 0)).toBe(0);
    expect(limiter.tryAcquire([conv('c50'), tenant], 10)).toBe(990);
  });

  it('When a slot is refused, then nothing is recorded for the other buckets either', () => {
    const limiter = new RateLimiter();
    const tenant = { key: 't', windows: tenantLimits(1) };
    expect(limiter.tryAcquire([conv('a'), tenant], 0)).toBe(0);
    expect(limiter.tryAcquire([conv('b'), tenant], 0)).toBe(1000);
    for (let i = 0; i < 7; i += 1) expect(limiter.tryAcquire([conv('b')], 0)).toBe(0);
  });
});

describe('Retries', () => {
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
});
