/**
 * Sliding-window rate limits, checked before every send (docs/delivery.md §4). Teams allows a bot, per conversation,
 * 7 operations per second, 8 per 2 s, 60 per 30 s and 1,800 per hour, and about 50 requests per second
 * per app per tenant. Pure and clock-driven (the caller passes `now`): `tryAcquire` answers how long
 * to wait, 0 meaning "taken, go now". Keys no longer inside any window are swept, so a broadcast to
 * 10,000 conversations does not leave 10,000 entries behind.
 */
export interface Window {
  limit: number;
  ms: number;
}

export interface Bucket {
  key: string;
  windows: readonly Window[];
}

export const TEAMS_CONVERSATION_LIMITS: readonly Window[] = [
  { limit: 7, ms: 1_000 },
  { limit: 8, ms: 2_000 },
  { limit: 60, ms: 30_000 },
  { limit: 1_800, ms: 3_600_000 },
];
export const DEFAULT_TENANT_PER_SECOND = 50;
export const tenantLimits = (perSecond: number = DEFAULT_TENANT_PER_SECOND): Window[] => [
  { limit: perSecond, ms: 1_000 },
];

/**
 * The tenant ceiling as evenly spaced sends, 2 % under the ceiling: a whole second's quota sent in a
 * burst reaches Teams with network jitter and earns 429s; spaced sends do not. The spacing window
 * holds a few sends (`catchUp`) so a timer that fires late is made up for instead of lost. Any second
 * holds at most the whole sends of 98 % of `perSecond` (an instance's share may be a fraction: 50 / 3):
 * a second holding the ceiling exactly earns a 429 from the few milliseconds of jitter on the way, and
 * each 429 costs far more (a retry, and a lowered rate for seconds) than the one send kept back.
 */
export const spacedTenantLimits = (perSecond: number = DEFAULT_TENANT_PER_SECOND, catchUp = 4): Window[] => {
  const whole = Math.max(1, Math.floor(perSecond * 0.98));
  const burst = Math.max(1, Math.min(catchUp, whole));
  return [
    { limit: burst, ms: (burst * 1_000) / (perSecond * 0.98) },
    { limit: whole, ms: 1_000 },
  ];
};

export const longest = (windows: readonly Window[]): number => Math.max(...windows.map((w) => w.ms));

/** How long until one more event fits every window, given the earlier events' times, oldest first (0 = now). */
export function waitWithin(times: readonly number[], windows: readonly Window[], now: number): number {
  let wait = 0;
  for (const w of windows) {
    if (times.length < w.limit) continue;
    // the limit-th newest event must leave the window before another fits
    const blocking = times[times.length - w.limit]!;
    if (blocking > now - w.ms) wait = Math.max(wait, blocking + w.ms - now);
  }
  return wait;
}

interface Track {
  times: number[];
  longestMs: number;
}

export class RateLimiter {
  private readonly tracks = new Map<string, Track>();
  private acquisitions = 0;

  /** @param sweepEvery forget idle keys every this many acquisitions */
  constructor(private readonly sweepEvery = 1_000) {}

  /** Takes one slot in every bucket at once; returns 0 when taken, else the wait in ms (nothing taken). */
  tryAcquire(buckets: readonly Bucket[], now: number): number {
    let wait = 0;
    for (const { key, windows } of buckets) wait = Math.max(wait, this.waitFor(key, windows, now));
    if (wait > 0) return wait;
    for (const { key, windows } of buckets) this.track(key, windows).times.push(now);
    this.acquisitions += 1;
    if (this.acquisitions % this.sweepEvery === 0) this.sweep(now);
    return 0;
  }

  /** How long until one more event fits every window of `key` (0 = now). */
  private waitFor(key: string, windows: readonly Window[], now: number): number {
    const known = this.tracks.get(key);
    // a key's windows may change (the tenant's share): keep events as long as the longest needs them
    if (known) known.longestMs = Math.max(known.longestMs, longest(windows));
    return waitWithin(this.prune(key, now), windows, now);
  }

  private track(key: string, windows: readonly Window[]): Track {
    let track = this.tracks.get(key);
    if (!track) {
      track = { times: [], longestMs: longest(windows) };
      this.tracks.set(key, track);
    }
    return track;
  }

  private prune(key: string, now: number): number[] {
    const track = this.tracks.get(key);
    if (!track) return [];
    let drop = 0;
    while (drop < track.times.length && track.times[drop]! <= now - track.longestMs) drop += 1;
    if (drop > 0) track.times = track.times.slice(drop);
    return track.times;
  }

  /** Forgets keys whose events have all left their longest window. */
  sweep(now: number): void {
    for (const [key, track] of this.tracks) {
      const newest = track.times[track.times.length - 1];
      if (newest === undefined || newest <= now - track.longestMs) this.tracks.delete(key);
    }
  }

  /** Number of keys tracked (for tests and memory checks). */
  get size(): number {
    return this.tracks.size;
  }
}
