/**
 * Sliding-window rate limits, checked before every send: Teams allows a bot per conversation
 * 7 operations per second, 8 per 2 s, 60 per 30 s and 1,800 per hour, and about 50 per second per
 * tenant. Pure and clock-driven: `tryAcquire` answers how long to wait, 0 meaning "go now".
 */
export interface Window {
  limit: number;
  ms: number;
}

export const TEAMS_CONVERSATION_LIMITS: readonly Window[] = [
  { limit: 7, ms: 1_000 },
  { limit: 8, ms: 2_000 },
  { limit: 60, ms: 30_000 },
  { limit: 1_800, ms: 3_600_000 },
];
export const tenantLimits = (perSecond: number): Window[] => [{ limit: perSecond, ms: 1_000 }];

/**
 * The tenant ceiling as evenly spaced sends, 2 % under the ceiling: bursts of a whole second's quota
 * reach Teams with network jitter and earn 429s; spacing does not.
 */
export const spacedTenantLimits = (perSecond: number): Window[] => [
  { limit: 1, ms: 1_000 / (perSecond * 0.98) },
  ...tenantLimits(perSecond),
];

export class RateLimiter {
  private readonly events = new Map<string, number[]>();

  /** Tries to take one slot in every (key, windows) pair at once; returns 0 when taken, else the wait in ms. */
  tryAcquire(buckets: ReadonlyArray<{ key: string; windows: readonly Window[] }>, now: number): number {
    let wait = 0;
    for (const { key, windows } of buckets) {
      const times = this.prune(key, windows, now);
      for (const w of windows) {
        let inWindow = 0;
        let oldest = now;
        for (let i = times.length - 1; i >= 0 && times[i]! > now - w.ms; i -= 1) {
          inWindow += 1;
          oldest = times[i]!;
        }
        if (inWindow >= w.limit) wait = Math.max(wait, oldest + w.ms - now);
      }
    }
    if (wait > 0) return wait;
    for (const { key } of buckets) this.events.get(key)!.push(now);
    return 0;
  }

  /** Forgets events older than the longest window, and keys with none left. */
  private prune(key: string, windows: readonly Window[], now: number): number[] {
    const longest = Math.max(...windows.map((w) => w.ms));
    const times = this.events.get(key) ?? [];
    let drop = 0;
    while (drop < times.length && times[drop]! <= now - longest) drop += 1;
    const kept = drop > 0 ? times.slice(drop) : times;
    this.events.set(key, kept);
    return kept;
  }

  /** Number of keys tracked (for tests and memory checks). */
  get size(): number {
    return this.events.size;
  }
}
