import { isReadBy, type ReadCounts } from '../../domain/notices';
import type { CosmosStore } from '../cosmos/store';
import { Documents, type Stored } from '../cosmos/documents';
import { StaleWriteError } from '../cosmos/errors';
import { deliveryId, type Delivery } from './outbox';

/** A delivery with what its recipient did with it (docs/notices.md §7); the outbox never writes these fields. */
export interface ReadMarked extends Delivery {
  /** When a read receipt first covered the message (ISO). */
  readAt?: string;
  /** When the person pressed "Acknowledge" (ISO); acknowledging also counts as reading. */
  acknowledgedAt?: string;
}

/** A few at a time, as the outbox claims. */
const PARALLEL = 16;

/**
 * Read and acknowledged marks on the delivery documents (the `deliveries` container, beside the
 * outbox). Only sent deliveries are marked, and the worker never writes a sent delivery again, so a
 * mark cannot overwrite a send result; marks are conditional (IfMatch) against each other.
 */
export class ReadMarks {
  private readonly docs: Documents<ReadMarked>;

  constructor(store: CosmosStore) {
    this.docs = new Documents<ReadMarked>(store.container('deliveries'), 'delivery');
  }

  /**
   * Marks read every sent, unread delivery to `recipientKey` whose message id the receipt covers, across
   * notices (one cross-partition query). Returns the notice ids that got a new read.
   */
  async markRead(recipientKey: string, lastReadMessageId: string, at: string): Promise<string[]> {
    const unread = await this.docs.query(
      "SELECT * FROM c WHERE c.recipientKey = @key AND c.state = 'sent' AND NOT IS_DEFINED(c.readAt)",
      [{ name: '@key', value: recipientKey }],
    );
    const covered = unread.filter((d) => isReadBy(d.activityId, lastReadMessageId));
    const notices = new Set<string>();
    for (let i = 0; i < covered.length; i += PARALLEL) {
      const done = await Promise.all(
        covered
          .slice(i, i + PARALLEL)
          .map((d) => this.mark(d, (current) => ({ readAt: current.readAt ?? at }))),
      );
      done.forEach((marked, j) => marked && notices.add(covered[i + j]!.pk));
    }
    return [...notices];
  }

  /**
   * Records one person's acknowledgement of a notice they received in their personal chat (once: a
   * second click keeps the first time). 'new', 'again', or 'notReceived' when they got no such delivery.
   */
  async acknowledge(
    noticeId: string,
    recipientKey: string,
    at: string,
  ): Promise<'new' | 'again' | 'notReceived'> {
    const current = await this.docs.read(deliveryId(noticeId, recipientKey), noticeId);
    if (!current || current.state !== 'sent') return 'notReceived';
    if (current.acknowledgedAt) return 'again';
    const marked = await this.mark(current, (d) => ({
      acknowledgedAt: d.acknowledgedAt ?? at,
      readAt: d.readAt ?? at,
    }));
    return marked ? 'new' : 'again';
  }

  /** The recipient keys of people who got the notice in their own chat and have not read (or acknowledged) it. */
  async unconfirmed(noticeId: string, acknowledgement: boolean): Promise<string[]> {
    const field = acknowledgement ? 'acknowledgedAt' : 'readAt';
    const rows = await this.docs.query(
      `SELECT c.recipientKey FROM c WHERE c.pk = @pk AND c.kind = 'user' AND c.state = 'sent' AND NOT IS_DEFINED(c.${field})`,
      [{ name: '@pk', value: noticeId }],
      noticeId,
    );
    return rows.map((row) => row.recipientKey);
  }

  /** People who got the notice in their own chat, and how many of them read and acknowledged it. */
  async counts(noticeId: string): Promise<ReadCounts> {
    const [row] = (await this.docs.query(
      "SELECT SUM(c.kind = 'user' AND c.state = 'sent' ? 1 : 0) AS people, SUM(IS_DEFINED(c.readAt) ? 1 : 0) AS read, SUM(IS_DEFINED(c.acknowledgedAt) ? 1 : 0) AS acknowledged FROM c WHERE c.pk = @pk",
      [{ name: '@pk', value: noticeId }],
      noticeId,
    )) as unknown as Array<Partial<ReadCounts>>;
    return { people: row?.people ?? 0, read: row?.read ?? 0, acknowledged: row?.acknowledged ?? 0 };
  }

  /** Applies `change` with IfMatch, reading again after a concurrent write; false when nothing changed. */
  private async mark(
    first: Stored<ReadMarked>,
    change: (current: ReadMarked) => Partial<ReadMarked>,
  ): Promise<boolean> {
    let current: Stored<ReadMarked> | undefined = first;
    for (let attempt = 0; attempt < 3 && current; attempt += 1) {
      const next = { ...current, ...change(current) };
      if (next.readAt === current.readAt && next.acknowledgedAt === current.acknowledgedAt) return false;
      const { _etag: etag, ...doc } = next;
      try {
        await this.docs.replace(doc, etag, current.pk);
        return true;
      } catch (error) {
        if (!(error instanceof StaleWriteError)) throw error;
        current = await this.docs.read(current.id, current.pk);
      }
    }
    return false;
  }
}
