import { InboundLimiter } from '../../../src/teams/edge/inboundLimiter';

describe('InboundLimiter', () => {
  const clock = () => {
    let now = 0;
    return { now: () => now, advance: (ms: number) => (now += ms) };
  };

  it('When a user goes over the limit, then the first refusal says so and later ones are silent', () => {
    const time = clock();
    const limiter = new InboundLimiter([{ limit: 3, ms: 3000 }], [{ limit: 100, ms: 1000 }], time.now);
    expect([1, 2, 3].map(() => limiter.admit('u', 'c'))).toEqual(['admit', 'admit', 'admit']);
    expect(limiter.admit('u', 'c')).toBe('refuse-and-tell');
    expect(limiter.admit('u', 'c')).toBe('refuse');
    expect(limiter.admit('other', 'c2')).toBe('admit');
  });

  it('When time passes, then the buckets refill evenly and a later refusal is told again', () => {
    const time = clock();
    const limiter = new InboundLimiter([{ limit: 2, ms: 2000 }], [{ limit: 100, ms: 1000 }], time.now);
    limiter.admit('u', 'c');
    limiter.admit('u', 'c');
    expect(limiter.admit('u', 'c')).toBe('refuse-and-tell');
    time.advance(999);
    expect(limiter.admit('u', 'c')).toBe('refuse');
    time.advance(1);
    expect(limiter.admit('u', 'c')).toBe('admit');
    expect(limiter.admit('u', 'c')).toBe('refuse-and-tell');
  });

  it('When a conversation is over its limit, then every user in it is refused, and a refused turn counts against no one', () => {
    const time = clock();
    const limiter = new InboundLimiter([{ limit: 10, ms: 1000 }], [{ limit: 2, ms: 60_000 }], time.now);
    expect(limiter.admit('a', 'group')).toBe('admit');
    expect(limiter.admit('b', 'group')).toBe('admit');
    expect(limiter.admit('c', 'group')).toBe('refuse-and-tell');
    expect(limiter.admit('d', 'group')).toBe('refuse');
    // c's refused turn did not use c's own budget
    for (let i = 0; i < 10; i += 1) expect(limiter.admit('c', `personal-${i}`)).toBe('admit');
  });

  it('When every window must have room, then the longer window holds after a burst', () => {
    const time = clock();
    const limiter = new InboundLimiter(
      [
        { limit: 2, ms: 1000 },
        { limit: 3, ms: 60_000 },
      ],
      [{ limit: 100, ms: 1000 }],
      time.now,
    );
    expect(limiter.admit('u', 'c')).toBe('admit');
    expect(limiter.admit('u', 'c')).toBe('admit');
    time.advance(1000);
    expect(limiter.admit('u', 'c')).toBe('admit');
    time.advance(1000);
    expect(limiter.admit('u', 'c')).toBe('refuse-and-tell');
  });

  it('When more keys arrive than it keeps, then the least recently seen are forgotten (they start full)', () => {
    const time = clock();
    const limiter = new InboundLimiter([{ limit: 1, ms: 60_000 }], [{ limit: 100, ms: 1000 }], time.now, 4);
    expect(limiter.admit('first', 'c1')).toBe('admit');
    expect(limiter.admit('first', 'c1')).toBe('refuse-and-tell');
    limiter.admit('x', 'c2');
    limiter.admit('y', 'c3');
    expect(limiter.admit('first', 'c1')).toBe('admit');
  });
});
