import { AdaptiveRate } from '../../../src/infra/delivery/adaptiveRate';

describe('AdaptiveRate: the tenant rate after 429s (AIMD)', () => {
  it('When nothing was throttled, then the full rate is used', () => {
    expect(new AdaptiveRate().current(10_000)).toBe(1);
  });

  it('When a 429 comes, then the rate drops to 70 % and climbs back by a tenth per second', () => {
    const rate = new AdaptiveRate();
    rate.throttled(1_000);
    expect(rate.current(1_000)).toBeCloseTo(0.7);
    expect(rate.current(2_000)).toBeCloseTo(0.8);
    expect(rate.current(5_000)).toBe(1);
  });

  it('When many 429s of sends already in flight come within a second, then they cut the rate once', () => {
    const rate = new AdaptiveRate();
    for (let t = 1_000; t < 1_900; t += 100) rate.throttled(t);
    expect(rate.current(1_900)).toBeCloseTo(0.79);
    rate.throttled(2_100);
    expect(rate.current(2_100)).toBeCloseTo(0.81 * 0.7);
  });

  it('When 429s keep coming, then the rate stays low and never reaches zero (its floor is a tenth)', () => {
    const rate = new AdaptiveRate();
    for (let t = 0; t < 60_000; t += 1_000) rate.throttled(t);
    expect(rate.current(60_000)).toBeGreaterThanOrEqual(0.1);
    expect(rate.current(60_000)).toBeLessThan(0.4);
  });
});
