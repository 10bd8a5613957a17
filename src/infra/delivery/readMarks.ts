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
/** Receipts count for notices whose sending started at most this long ago (a reminder may come 30 days after). */
const TRACKED_MS = 31 * 86_400_000;
/** The tracked notices are listed again after this long, or sooner (see `tracked`). */
const LIST_FOR_MS = 10_000;
/** Clocks of Teams and of this instance may differ this much. */
const SKEW_MS = 5_000;

/**
 * Read and acknowledged marks on the delivery documents (the `deliveries` container, beside the
 * outbox). Only sent deliveries are marked, and the worker never writes a sent delivery again, so a
 * mark cannot overwrite a send result; marks are conditional (IfMatch) against each other.
 */
export class ReadMarks {
  private readonly docs: Documents<ReadMarked>;
  private readonly notices: Documents<{ id: string }>;
  private list?: { at: number; ids: Promise<string[]> };

  constructor(store: CosmosStore) {
    this.docs = new Documents<ReadMarked>(store.container('deliveries'), 'delivery');
    this.notices = new Documents<{ id: string }>(store.container('notices'), 'notice');
  }

  /**
   * Marks read every sent, unread delivery to `recipientKey` whose message id the receipt covers. Its
   * deliveries are point reads (the id is the notice's and the recipient's hash) in the notices being
   * tracked, not a query across every notice's partition. Returns the notice ids that got a new read.
   */
  async markRead(recipientKey: string, lastReadMessageId: string, at: string): Promise<string[]> {
    const ids = await this.tracked(lastReadMessageId);
    const own: Array<Stored<ReadMarked>> = [];
    for (let i = 0; i < ids.length; i += PARALLEL) {
      const found = await Promise.all(
        ids.slice(i, i + PARALLEL).map((id) => this.docs.read(deliveryId(id, recipientKey), id)),
      );
      for (const d of found) if (d) own.push(d);
    }
    const covered = own.filter(
      (d) => d.state === 'sent' && !d.readAt && isReadBy(d.activityId, lastReadMessageId),
    );
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
   * The notices being sent or sent within the tracked time. Teams' message ids in a personal chat are
   * the message's time (epoch ms), and a notice's messages are sent after it started: a list read after
   * the receipt's message (clock skew aside) holds every notice the receipt can cover, and serves the
   * receipts of older messages for a while. A receipt of a newer message reads the list again.
   */
  private tracked(lastReadMessageId: string): Promise<string[]> {
    const now = Date.now();
    const list = this.list;
    if (list && now - list.at < LIST_FOR_MS && Number(lastReadMessageId) + SKEW_MS < list.at) return list.ids;
    const ids = this.notices
      .query(
        "SELECT c.id FROM c WHERE (c.state = 'sending' OR c.state = 'sent') AND (NOT IS_DEFINED(c.startedAt) OR c.startedAt >= @since)",
        [{ name: '@since', value: new Date(now - TRACKED_MS).toISOString() }],
      )
      .then((rows) => rows.map((row) => row.id));
    this.list = { at: now, ids };
    ids.catch(() => (this.list = undefined));
    return ids;
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
