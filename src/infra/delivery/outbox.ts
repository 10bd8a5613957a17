import { createHash } from 'node:crypto';
import type { Recipient } from '../../domain/notices';
import type { CosmosStore } from '../cosmos/store';
import { Documents, type Stored } from '../cosmos/documents';
import { DuplicateError, StaleWriteError } from '../cosmos/errors';

export type DeliveryState = 'pending' | 'sending' | 'sent' | 'failed' | 'unreachable';

export interface Delivery {
  /** Idempotency key: sha256(notice id + recipient key); enqueueing twice creates nothing new. */
  id: string;
  /** Partition = notice id. */
  pk: string;
  recipientKey: string;
  kind: Recipient['kind'];
  state: DeliveryState;
  attempts: number;
  nextAttemptAt: number;
  lease?: { owner: string; until: number };
  lastError?: string;
  sentAt?: string;
  activityId?: string;
}

export type StoredDelivery = Stored<Delivery>;
export type Progress = Record<DeliveryState, number> & { total: number };

export const deliveryId = (noticeId: string, recipientKey: string) =>
  createHash('sha256').update(`${noticeId}\n${recipientKey}`).digest('hex');

/** The durable outbox: one delivery per notice × recipient, claimed by workers with leases. */
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
    const worker = async () => {
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
    await Promise.all(Array.from({ length: concurrency }, worker));
    return created;
  }

  /**
   * Claims up to `max` deliveries of a notice that are due (pending, or sending with an expired lease:
   * its worker died). The claim is a conditional replace, so of two workers only one gets each delivery.
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
    for (const d of due) {
      try {
        claimed.push(
          await this.docs.replace(
            { ...d, state: 'sending', lease: { owner, until: now + leaseMs } },
            d._etag,
            noticeId,
          ),
        );
      } catch (error) {
        if (!(error instanceof StaleWriteError)) throw error;
      }
    }
    return claimed;
  }

  /** Records the result of a claimed delivery; false when the lease was lost to another worker. */
  async finish(d: StoredDelivery, change: Partial<Delivery>): Promise<boolean> {
    const { lease: _lease, ...rest } = d;
    try {
      await this.docs.replace({ ...rest, ...change }, d._etag, d.pk);
      return true;
    } catch (error) {
      if (error instanceof StaleWriteError) return false;
      throw error;
    }
  }

  async progress(noticeId: string): Promise<Progress> {
    const rows = await this.docs.query(
      'SELECT c.state FROM c WHERE c.pk = @pk',
      [{ name: '@pk', value: noticeId }],
      noticeId,
    );
    const progress: Progress = {
      total: rows.length,
      pending: 0,
      sending: 0,
      sent: 0,
      failed: 0,
      unreachable: 0,
    };
    for (const row of rows) progress[row.state] += 1;
    return progress;
  }

  async list(noticeId: string): Promise<StoredDelivery[]> {
    return this.docs.query('SELECT * FROM c WHERE c.pk = @pk', [{ name: '@pk', value: noticeId }], noticeId);
  }
}
