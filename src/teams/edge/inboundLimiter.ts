export interface RateWindow {
  limit: number;
  ms: number;
}

/** One token bucket per window: `limit` tokens, refilled evenly over `ms`. */
interface KeyState {
  tokens: number[];
  at: number;
  /** This key's refusal has been explained once; reset when it is admitted again. */
  told: boolean;
}

export type Admission = 'admit' | 'refuse-and-tell' | 'refuse';

/**
 * Inbound turns per user and per conversation (token buckets, one per configured window). A turn is
 * admitted only when both have room, and then counts against both. The first refusal in a
 * conversation says so ("refuse-and-tell"), later ones are silent until it is admitted again. At most
 * `maxKeys` keys are kept, least recently seen dropped first (a dropped key starts with full buckets).
 */
export class InboundLimiter {
  private readonly states = new Map<string, KeyState>();

  constructor(
    private readonly userWindows: readonly RateWindow[],
    private readonly conversationWindows: readonly RateWindow[],
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 50_000,
  ) {}

  admit(user: string, conversation: string): Admission {
    const at = this.now();
    const u = this.state(`u:${user}`, this.userWindows, at);
    const c = this.state(`c:${conversation}`, this.conversationWindows, at);
    if (u.tokens.every((t) => t >= 1) && c.tokens.every((t) => t >= 1)) {
      u.tokens = u.tokens.map((t) => t - 1);
      c.tokens = c.tokens.map((t) => t - 1);
      u.told = false;
      c.told = false;
      return 'admit';
    }
    if (c.told || u.told) return 'refuse';
    c.told = true;
    u.told = true;
    return 'refuse-and-tell';
  }

  private state(key: string, windows: readonly RateWindow[], at: number): KeyState {
    let state = this.states.get(key);
    if (state) {
      this.states.delete(key);
      const elapsed = Math.max(0, at - state.at);
      state.tokens = state.tokens.map((t, i) =>
        Math.min(windows[i]!.limit, t + (elapsed * windows[i]!.limit) / windows[i]!.ms),
      );
      state.at = at;
    } else {
      state = { tokens: windows.map((w) => w.limit), at, told: false };
      if (this.states.size >= this.maxKeys) this.states.delete(this.states.keys().next().value!);
    }
    this.states.set(key, state);
    return state;
  }
}
