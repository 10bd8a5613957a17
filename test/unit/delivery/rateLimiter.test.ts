import {
  RateLimiter,
  TEAMS_CONVERSATION_LIMITS,
  spacedTenantLimits,
  tenantLimits,
} from '../../../src/infra/delivery/rateLimiter';

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

  it('When 1,800 messages went to one conversation within the hour, then the next waits for the hour window', () => {
    const limiter = new RateLimiter();
    let now = 0;
    let sent = 0;
    while (sent < 1_800) {
      const wait = limiter.tryAcquire([conv('c')], now);
      if (wait === 0) sent += 1;
      else now += wait;
    }
    expect(now).toBeLessThan(3_600_000);
    const wait = limiter.tryAcquire([conv('c')], now);
    expect(now + wait).toBeGreaterThanOrEqual(3_600_000);
  });

  it('When the windows are configured, then those limits apply instead of the Teams defaults', () => {
    const limiter = new RateLimiter();
    const custom = { key: 'c', windows: [{ limit: 2, ms: 500 }] };
    expect(limiter.tryAcquire([custom], 0)).toBe(0);
    expect(limiter.tryAcquire([custom], 0)).toBe(0);
    expect(limiter.tryAcquire([custom], 100)).toBe(400);
  });

  it('When the tenant ceiling is spaced, then sends come evenly (a few may catch up) and a second never holds more than the ceiling', () => {
    const limiter = new RateLimiter();
    const tenant = { key: 't', windows: spacedTenantLimits(50) };
    const times: number[] = [];
    let now = 0;
    while (times.length < 200) {
      const wait = limiter.tryAcquire([tenant], now);
      if (wait === 0) times.push(now);
      else now += wait;
    }
    expect(times.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(limiter.tryAcquire([tenant], 0)).toBeGreaterThan(0);
    // one send of slack per second for the jitter on the way to Teams
    for (const t of times) expect(times.filter((u) => u > t - 1000 && u <= t).length).toBeLessThanOrEqual(49);
    expect(times.length / (times[times.length - 1]! / 1000)).toBeLessThanOrEqual(50);
  });

  it('When an instance has a fraction of the ceiling (50 / 3), then no second holds more than its whole part, and a rate under 1/s still sends', () => {
    const spaced = (perSecond: number, count: number) => {
      const limiter = new RateLimiter();
      const tenant = { key: 't', windows: spacedTenantLimits(perSecond) };
      const times: number[] = [];
      let now = 0;
      while (times.length < count) {
        const wait = limiter.tryAcquire([tenant], now);
        if (wait === 0) times.push(now);
        else now += Math.ceil(wait); // whole milliseconds, as Date.now() gives
      }
      return times;
    };
    const third = spaced(50 / 3, 100);
    for (const t of third) expect(third.filter((u) => u > t - 1000 && u <= t).length).toBeLessThanOrEqual(16);
    const slow = spaced(0.5, 3);
    expect(slow[2]! - slow[0]!).toBeGreaterThanOrEqual(4_000);
  });

  it('When the tenant windows of a key change (a new share), then its events are kept as long as the longest window needs them', () => {
    const limiter = new RateLimiter();
    expect(limiter.tryAcquire([{ key: 't', windows: spacedTenantLimits(50) }], 0)).toBe(0);
    // at 0.5/s one send per ~2 s: the send at 0 still counts at 1,500 ms
    expect(limiter.tryAcquire([{ key: 't', windows: spacedTenantLimits(0.5) }], 1_500)).toBeGreaterThan(0);
  });

  it('When 10,000 conversations each got one message long ago, then they are forgotten (memory stays flat)', () => {
    const limiter = new RateLimiter(100);
    for (let i = 0; i < 10_000; i += 1) limiter.tryAcquire([conv(`c${i}`)], i);
    expect(limiter.size).toBeGreaterThan(1_000);
    limiter.sweep(10_000 + 3_600_000);
    expect(limiter.size).toBe(0);
    for (let i = 0; i < 100; i += 1) limiter.tryAcquire([conv(`late${i}`)], 20_000_000 + i);
    expect(limiter.size).toBeLessThanOrEqual(100);
  });
});
