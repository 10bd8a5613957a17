import { createHash } from 'node:crypto';
import type { DeliveryProgress, DeliveryState, Recipient } from '../../domain/notices';
import type { CosmosStore } from '../cosmos/store';
import { Documents, type Stored } from '../cosmos/documents';
import { DuplicateError, StaleWriteError } from '../cosmos/errors';

export type { DeliveryState };
export const DELIVERY_STATES: readonly DeliveryState[] = [
  'pending',
  'sending',
  'sent',
  'failed',
  'unreachable',
];

export interface Delivery {
  /** Idempotency key: sha256(notice id + recipient key); enqueueing twice creates nothing new. */
  id: string;
  /** Partition = notice id. */
  pk: string;
  recipientKey: string;
  kind: Recipient['kind'];
  state: DeliveryState;
  attempts: number;
  /** Epoch ms; a pending delivery is not claimed before it (retry backoff). */
  nextAttemptAt: number;
  /** Who is sending it and until when; an expired lease (its worker died) may be claimed again. */
  lease?: { owner: string; until: number };
  lastError?: string;
  sentAt?: string;
  activityId?: string;
}

export type StoredDelivery = Stored<Delivery>;
export type Progress = DeliveryProgress;

const CLAIM_PARALLELISM = 16;

/** The document's own fields, without the ones Cosmos adds (_etag, _ts, _rid, _self, _attachments). */
const withoutSystemFields = (doc: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(doc).filter(([key]) => !key.startsWith('_')));

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as object).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

/** Whether a stored document holds exactly what was written (field order and system fields aside). */
const sameContent = (stored: object, written: object): boolean =>
  canonical(withoutSystemFields(stored)) === canonical(withoutSystemFields(written));

export const deliveryId = (noticeId: string, recipientKey: string) =>
  createHash('sha256').update(`${noticeId}\n${recipientKey}`).digest('hex');

/**
 * The durable outbox in the `deliveries` container (docs/delivery.md §1, §2): one document per
 * notice × recipient, partitioned by notice id. Workers claim deliveries with a conditional replace (IfMatch), so of two workers only
 * one wins each; every later write by the owner is conditional on the ETag of its claim, so a worker
 * whose lease was taken over can no longer overwrite the new owner's result.
 */
export class Outbox {
  private readonly docs: Documents<Delivery>;

  constructor(store: CosmosStore) {
    this.docs = new Documents<Delivery>(store.container('deliveries'), 'delivery');
  }

  /** Creates the deliveries that do not exist yet (idempotent); returns how many were new. */
  async enqueue(
    noticeId: string,
    recipients: readonly Recipient[],
    now: number,
    concurrency = 16,
  ): Promise<number> {
    let created = 0;
    let next = 0;
    const lane = async () => {
      while (next < recipients.length) {
        const r = recipients[next++]!;
        try {
          await this.docs.create({
            id: deliveryId(noticeId, r.key),
            pk: noticeId,
            recipientKey: r.key,
            kind: r.kind,
            state: 'pending',
            attempts: 0,
            nextAttemptAt: now,
          });
          created += 1;
        } catch (error) {
          if (!(error instanceof DuplicateError)) throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, lane));
    return created;
  }

  /**
   * Claims up to `max` due deliveries of a notice: pending ones whose time has come, and sending ones
   * whose lease expired (their worker died). One query (TOP, c.pk in the WHERE: the local server
   * ignores the partitionKey option), then conditional replaces in parallel.
   */
  async claim(
    noticeId: string,
    owner: string,
    now: number,
    leaseMs: number,
    max: number,
  ): Promise<StoredDelivery[]> {
    const due = await this.docs.query(
      `SELECT TOP ${Math.max(1, Math.floor(max))} * FROM c WHERE c.pk = @pk AND ((c.state = 'pending' AND c.nextAttemptAt <= @now) OR (c.state = 'sending' AND c.lease.until <= @now))`,
      [
        { name: '@pk', value: noticeId },
        { name: '@now', value: now },
      ],
      noticeId,
    );
    const claimed: StoredDelivery[] = [];
    // a few at a time: hundreds of parallel requests would stall the sends running meanwhile
    for (let i = 0; i < due.length; i += CLAIM_PARALLELISM) {
      // Each claim stands alone: one that failed (and whose outcome could not be read back) is simply
      // not ours to send; its lease, if it was written, runs out. The rest of the batch goes on.
      const got = await Promise.allSettled(
        due
          .slice(i, i + CLAIM_PARALLELISM)
          .map((d) =>
            this.conditional({ ...d, state: 'sending', lease: { owner, until: now + leaseMs } }, d),
          ),
      );
      for (const r of got) if (r.status === 'fulfilled' && r.value) claimed.push(r.value);
    }
    return claimed;
  }

  /** Extends a claimed delivery's lease; undefined when another worker has taken it over meanwhile. */
  renew(d: StoredDelivery, until: number): Promise<StoredDelivery | undefined> {
    return this.conditional({ ...d, lease: { owner: d.lease?.owner ?? '', until } }, d);
  }

  /** Puts a claimed but unsent delivery back (clean stop); false when the lease was already lost. */
  async release(d: StoredDelivery): Promise<boolean> {
    return (await this.finish(d, { state: 'pending' })) !== undefined;
  }

  /**
   * Records the result of a claimed delivery and drops its lease; undefined when the lease was lost to
   * another worker (its result wins).
   */
  finish(d: StoredDelivery, change: Partial<Delivery>): Promise<StoredDelivery | undefined> {
    const { lease: _lease, ...rest } = d;
    return this.conditional({ ...rest, ...change }, d);
  }

  /**
   * Replaces `current` with `next` if nobody changed it: the new version, or undefined when someone
   * else did (a lost lease). When the answer is lost (a network error: the write may or may not have
   * been applied), the stored document says which: exactly `next` → applied, ours; still `current` →
   * not applied, the error is thrown (the caller may try again); anything else → someone else's.
   */
  private async conditional(next: Delivery, current: StoredDelivery): Promise<StoredDelivery | undefined> {
    const doc = withoutSystemFields(next) as unknown as Delivery;
    try {
      return await this.docs.replace(doc, current._etag, current.pk);
    } catch (error) {
      // Also on a stale answer: a client that retried a write applied the first time sees its own write.
      const stored = await this.docs.read(current.id, current.pk).catch(() => null);
      if (stored && stored._etag !== current._etag && sameContent(stored, doc)) return stored;
      if (error instanceof StaleWriteError) return undefined;
      if (stored === null || stored?._etag === current._etag) throw error;
      return undefined;
    }
  }

  /** Counts per state in one aggregate query (a listing of 10,000 documents would take seconds locally). */
  async progress(noticeId: string): Promise<Progress> {
    const sums = DELIVERY_STATES.map((s) => `SUM(c.state = '${s}' ? 1 : 0) AS ${s}`).join(', ');
    const [row] = (await this.docs.query(
      `SELECT COUNT(1) AS total, ${sums} FROM c WHERE c.pk = @pk`,
      [{ name: '@pk', value: noticeId }],
      noticeId,
    )) as unknown as Array<Partial<Progress>>;
    const progress = { total: row?.total ?? 0 } as Progress;
    for (const s of DELIVERY_STATES) progress[s] = row?.[s] ?? 0;
    return progress;
  }

  /** true while some delivery of the notice is pending or being sent. */
  async hasOpen(noticeId: string): Promise<boolean> {
    const rows = await this.docs.query(
      "SELECT TOP 1 c.id FROM c WHERE c.pk = @pk AND (c.state = 'pending' OR c.state = 'sending')",
      [{ name: '@pk', value: noticeId }],
      noticeId,
    );
    return rows.length > 0;
  }

  /** Deletes every delivery of a notice (who got it, and when); returns how many. */
  async deleteAll(noticeId: string): Promise<number> {
    const rows = await this.docs.query(
      'SELECT c.id FROM c WHERE c.pk = @pk',
      [{ name: '@pk', value: noticeId }],
      noticeId,
    );
    const deleted = await Promise.all(rows.map((d) => this.docs.delete(d.id, noticeId)));
    return deleted.filter(Boolean).length;
  }

  async list(noticeId: string): Promise<StoredDelivery[]> {
    return this.docs.query('SELECT * FROM c WHERE c.pk = @pk', [{ name: '@pk', value: noticeId }], noticeId);
  }
}
