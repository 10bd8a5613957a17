/**
 * The share of the tenant rate to use after 429s (docs/delivery.md §4): additive increase,
 * multiplicative decrease. A 429 cuts the rate to `decrease` of what it was (once per `holdMs`: the
 * 429s of sends already in flight answer the same overload); then it climbs back by `recoverPerSecond`
 * of the full rate per second. Pure and clock-driven.
 */
export class AdaptiveRate {
  private factor = 1;
  private at = 0;
  private lastCut = -Infinity;

  constructor(
    private readonly decrease = 0.7,
    private readonly recoverPerSecond = 0.1,
    private readonly floor = 0.1,
    private readonly holdMs = 1_000,
  ) {}

  /** The share of the full rate to use now (floor…1). */
  current(now: number): number {
    const recovered = this.factor + (Math.max(0, now - this.at) / 1_000) * this.recoverPerSecond;
    return Math.min(1, recovered);
  }

  /** Told a 429 (the tenant's rate was exceeded). */
  throttled(now: number): void {
    if (now - this.lastCut < this.holdMs) return;
    this.lastCut = now;
    this.factor = Math.max(this.floor, this.current(now) * this.decrease);
    this.at = now;
  }
}
