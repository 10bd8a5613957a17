import type { CosmosStore } from '../cosmos/store';
import { Documents } from '../cosmos/documents';

/** One live delivery worker, in the `leases` container: it is alive until `until`. */
interface InstanceBeat {
  id: string;
  kind: 'deliveryInstance';
  owner: string;
  until: number;
}

export interface TenantShareOptions {
  store: CosmosStore;
  /** This worker's name (its lease owner name). */
  owner: string;
  /** The tenant's ceiling, messages per second, for all instances together. */
  ceiling: number;
  /** How often this instance says it is alive and counts the others. */
  heartbeatMs?: number;
  /** A beat keeps an instance counted this long; after it, a silent (dead) instance no longer counts. */
  ttlMs?: number;
}

const PREFIX = 'delivery-instance:';

/**
 * The tenant ceiling shared by the live instances (docs/delivery.md §4). Each instance writes a beat
 * to the `leases` container every `heartbeatMs`, counts the beats still alive, and may send
 * ceiling ÷ live instances. So that N instances never exceed the ceiling together:
 * - a new instance sends nothing until every other has had a beat to count it and let its last
 *   second at the old share pass (`joinMs`);
 * - an instance whose own beat may have run out (its writes fail) sends nothing: the others may no
 *   longer count it. When it beats again it joins anew.
 * A dead instance stops counting `ttlMs` after its last beat; a stopped one at once (its beat is removed).
 */
export class TenantShare {
  private readonly docs: Documents<InstanceBeat>;
  private readonly heartbeatMs: number;
  private readonly ttlMs: number;
  private readonly id: string;
  private live = 1;
  /** Until when our last written beat counts us; 0 = not known to the others. */
  private aliveUntil = 0;
  /** When we (re)joined; we send from joinedAt + joinMs. */
  private joinedAt = Infinity;
  /** When the live instances were last counted. */
  private countedAt = -Infinity;

  constructor(private readonly o: TenantShareOptions) {
    this.docs = new Documents<InstanceBeat>(o.store.container('leases'), 'delivery instance');
    this.heartbeatMs = o.heartbeatMs ?? 1_000;
    this.ttlMs = Math.max(o.ttlMs ?? 0, 4 * this.heartbeatMs + 1_000);
    this.id = `${PREFIX}${o.owner}`;
  }

  /**
   * Before sending at a new share, the others count us (their count is at most `staleMs` old) and
   * their last second at the old share passes.
   */
  get joinMs(): number {
    return this.staleMs + this.heartbeatMs + 1_000;
  }

  /** A count older than this is not trusted: a new instance may have joined meanwhile. */
  private get staleMs(): number {
    return 2 * this.heartbeatMs;
  }

  get interval(): number {
    return this.heartbeatMs;
  }

  /** Live instances as last counted (this one included). */
  get instances(): number {
    return this.live;
  }

  /** Messages per second this instance may send now (0 while joining or when its beat may have lapsed). */
  perSecond(now: number): number {
    if (now < this.joinedAt + this.joinMs) return 0;
    if (now - this.countedAt > this.staleMs) return 0;
    // Stop a beat and a second before our beat lapses: the others' last second at our share ends first.
    if (now > this.aliveUntil - this.heartbeatMs - 1_000) return 0;
    return this.o.ceiling / this.live;
  }

  /** Writes this instance's beat and counts the live ones; a failed write or count changes nothing. */
  async beat(now: number): Promise<void> {
    const until = now + this.ttlMs;
    await this.docs.upsert({ id: this.id, kind: 'deliveryInstance', owner: this.o.owner, until });
    // (Re)joining when our beat had lapsed or was about to: the others may not count us.
    if (now > this.aliveUntil - this.heartbeatMs - 1_000) this.joinedAt = now;
    this.aliveUntil = until;
    const live = await this.docs.query(
      "SELECT c.id FROM c WHERE c.kind = 'deliveryInstance' AND c.until > @now",
      [{ name: '@now', value: now }],
    );
    this.live = Math.max(1, live.length);
    this.countedAt = now;
    await this.sweep(now);
  }

  /** Leaves at once: the others take over our share at their next beat. */
  async leave(): Promise<void> {
    this.aliveUntil = 0;
    this.joinedAt = Infinity;
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
