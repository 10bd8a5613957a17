import type { CosmosStore } from '../cosmos/store';
import { Documents } from '../cosmos/documents';

/** One live delivery worker, in the `leases` container. */
interface InstanceBeat {
  id: string;
  kind: 'deliveryInstance';
  owner: string;
  /** Counted as alive until then (epoch ms). */
  until: number;
  /** When this run of beats began: a worker whose beats lapsed joins anew, with a new `since`. */
  since: number;
  /** The instances (owner@since) this one divides the ceiling by now. */
  seen: string[];
}

export interface TenantShareOptions {
  store: CosmosStore;
  /** This worker's name (its lease owner name). */
  owner: string;
  /** The tenant's ceiling, messages per second, for all instances together. */
  ceiling: number;
  /** How often this instance says it is alive and counts the others. */
  heartbeatMs?: number;
  /** A beat keeps an instance counted this long (at least 6 beats and a second: a beat may be slow). */
  ttlMs?: number;
  /** Wall clock, to tell when a beat was written. */
  clock?: () => number;
}

const PREFIX = 'delivery-instance:';
/** The longest window of the tenant's rate limit: a change of share takes effect within it. */
const WINDOW_MS = 1_000;

/**
 * The tenant ceiling shared by the live instances (docs/delivery.md §4). Each instance writes a beat
 * to the `leases` container every `heartbeatMs`, counts the beats still alive, and may send
 * ceiling ÷ live instances. So that N instances never exceed the ceiling together:
 * - a newcomer sends nothing until every other live instance has written that it counts it (`seen`)
 *   and a second more has passed, so their last second at the old share is over;
 * - an instance whose own beat is about to lapse (its writes fail) stops sending a beat and a second
 *   before: the others stop counting it only when it has lapsed. It then joins anew.
 * A dead instance stops counting `ttlMs` after its last beat; a stopped one at once (its beat is removed).
 */
export class TenantShare {
  private readonly docs: Documents<InstanceBeat>;
  private readonly heartbeatMs: number;
  private readonly ttlMs: number;
  private readonly id: string;
  private live = 1;
  private seen: string[] = [];
  private since = 0;
  /** Until when our last written beat counts us; 0 = not known to the others. */
  private aliveUntil = 0;
  /** When every other live instance was first seen counting us (undefined: not yet). */
  private ackedAt: number | undefined;
  private beats = 0;

  constructor(private readonly o: TenantShareOptions) {
    this.docs = new Documents<InstanceBeat>(o.store.container('leases'), 'delivery instance');
    this.heartbeatMs = o.heartbeatMs ?? 1_000;
    this.ttlMs = Math.max(o.ttlMs ?? 0, 6 * this.heartbeatMs + WINDOW_MS);
    this.id = `${PREFIX}${o.owner}`;
  }

  get interval(): number {
    return this.heartbeatMs;
  }

  /** Live instances as last counted (this one included). */
  get instances(): number {
    return this.live;
  }

  /** Messages per second this instance may send now (0 while joining or when its beat may lapse). */
  perSecond(now: number): number {
    if (this.lapsing(now)) return 0;
    if (this.ackedAt === undefined || now < this.ackedAt + WINDOW_MS) return 0;
    return this.o.ceiling / this.live;
  }

  private lapsing(now: number): boolean {
    return now > this.aliveUntil - this.heartbeatMs - WINDOW_MS;
  }

  private get me(): string {
    return `${this.o.owner}@${this.since}`;
  }

  /**
   * Writes this instance's beat and counts the live ones; a failed write or count changes nothing.
   * An instance whose beat ran out joins anew (the others may have stopped counting it). One whose
   * beat was merely slow (written before the last one ran out) was counted all along: it paused while
   * lapsing and goes on at once, without waiting for the others to count it again.
   */
  async beat(now: number): Promise<void> {
    const previous = this.aliveUntil;
    if (now >= previous) {
      this.since = now;
      this.ackedAt = undefined;
    }
    const until = now + this.ttlMs;
    await this.docs.upsert({
      id: this.id,
      kind: 'deliveryInstance',
      owner: this.o.owner,
      until,
      since: this.since,
      seen: this.seen,
    });
    if ((this.o.clock ?? Date.now)() >= previous && this.since !== now) {
      // written after the last beat ran out: join anew at the next beat
      this.since = now;
      this.ackedAt = undefined;
    }
    this.aliveUntil = until;
    const live = await this.docs.query(
      "SELECT c.owner, c.since, c.seen FROM c WHERE c.kind = 'deliveryInstance' AND c.until > @now",
      [{ name: '@now', value: now }],
    );
    const others = live.filter((d) => d.owner !== this.o.owner);
    this.live = others.length + 1;
    this.seen = [this.me, ...others.map((d) => `${d.owner}@${d.since}`)];
    if (this.ackedAt === undefined && others.every((d) => (d.seen ?? []).includes(this.me))) {
      this.ackedAt = now;
    }
    this.beats += 1;
    if (this.beats % 60 === 0) await this.sweep(now);
  }

  /** Leaves at once: the others take over our share at their next beat. */
  async leave(): Promise<void> {
    this.aliveUntil = 0;
    this.ackedAt = undefined;
    await this.docs.delete(this.id);
  }

  /** Deletes beats of instances dead for a minute (crashed without leaving). */
  private async sweep(now: number): Promise<void> {
    const dead = await this.docs.query(
      "SELECT c.id FROM c WHERE c.kind = 'deliveryInstance' AND c.until < @old",
      [{ name: '@old', value: now - 60_000 }],
    );
    await Promise.all(dead.map((d) => this.docs.delete(d.id).catch(() => false)));
  }
}
