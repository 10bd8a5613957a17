import { randomUUID } from 'node:crypto';
import type { Notice } from '../../domain/notices';
import type { Logger } from '../logger';
import type { NoticeRepository, StoredNotice } from '../noticeRepository';
import { StaleWriteError } from '../cosmos/errors';
import type { Outbox, Progress, StoredDelivery } from './outbox';
import { AdaptiveRate } from './adaptiveRate';
import { RateLimiter, TEAMS_CONVERSATION_LIMITS, spacedTenantLimits, type Window } from './rateLimiter';
import {
  DEFAULT_RETRY,
  NETWORK_ERROR,
  failureReason,
  outcomeOf,
  type RetryPolicy,
} from '../../domain/delivery/retryPolicy';
import { Sleeper } from './sleep';
import type { TenantShare } from './tenantShare';
import type { ConversationWindows } from './conversationWindows';
import type {
  DeliveryTransport,
  OutboundMessage,
  SendResult,
  StoredReference,
} from '../../services/deliveryTransport';
import { logError, messageOf } from '../../domain/errors';

export interface WorkerOptions {
  outbox: Outbox;
  notices: NoticeRepository;
  transport: DeliveryTransport;
  /** Conversation reference of a recipient key ("user:<aad>" or "conv:<id>"); undefined = never installed. */
  references: (key: string) => Promise<StoredReference | undefined>;
  render: (notice: Notice, delivery: StoredDelivery, reference: StoredReference) => OutboundMessage;
  /** A scheduled notice whose time has come: resolve its audience, enqueue, mark it sending. */
  startDue: (notice: StoredNotice) => Promise<void>;
  /** Progress of a notice being sent, at most once per `progressEveryMs` per notice, and once when done. */
  onProgress?: (notice: StoredNotice, progress: Progress, done: boolean) => Promise<void>;
  log: Logger;
  /** Wall clock for leases, retries and rate limits. */
  now?: () => number;
  /** Business clock for "is a scheduled notice due" (the services' clock). */
  scheduleNow?: () => number;
  random?: () => number;
  /** This worker's lease owner name (unique per process). */
  owner?: string;
  /** How long a claim is ours; after that, another worker may take it (we died). */
  leaseMs?: number;
  /** Idle wait between looks for work. */
  pollMs?: number;
  /** Deliveries claimed per query. */
  batch?: number;
  /** Parallel sends. */
  concurrency?: number;
  /** Requests per second to Teams per tenant, when no `tenantShare` shares it between instances. */
  tenantPerSecond?: number;
  /** The tenant ceiling shared by the live instances (docs/delivery.md §4); it overrides `tenantPerSecond`. */
  tenantShare?: TenantShare;
  conversationLimits?: readonly Window[];
  /**
   * The per-conversation limits kept for all instances together (docs/delivery.md §4); without it,
   * `conversationLimits` are this instance's own.
   */
  conversationWindows?: ConversationWindows;
  retry?: RetryPolicy;
  /** A send that has not answered after this long counts as a network error (and is retried). */
  sendTimeoutMs?: number;
  progressEveryMs?: number;
  /** How often sent notices whose report card missed its final figures are looked for. */
  reconcileEveryMs?: number;
  /** The final report is tried until this long after the notice was sent, then given up. */
  reportGiveUpMs?: number;
}

type Optional = 'onProgress' | 'tenantShare' | 'conversationWindows';
type Settings = Required<Omit<WorkerOptions, Optional>> & Pick<WorkerOptions, Optional>;

interface Job {
  notice: StoredNotice;
  delivery: StoredDelivery;
}

const DEFAULTS = {
  leaseMs: 60_000,
  pollMs: 1_000,
  batch: 100,
  concurrency: 16,
  tenantPerSecond: 50,
  conversationLimits: TEAMS_CONVERSATION_LIMITS,
  retry: DEFAULT_RETRY,
  sendTimeoutMs: 30_000,
  progressEveryMs: 3_000,
  reconcileEveryMs: 5_000,
  reportGiveUpMs: 3_600_000,
};

/**
 * Sends the outbox (docs/delivery.md). A feeder claims due deliveries (leases) into a small local queue while send lanes
 * drain it, so the claim query never stalls sending. Every send waits for the Teams rate limits,
 * re-checks its lease, and records the result conditionally on the ETag of its claim. 429/5xx/network
 * errors are retried with backoff (Retry-After honoured), 403/404 are unreachable at once.
 *
 * Several workers (instances) may share one outbox: a delivery is sent by whoever claimed it. A clean
 * `stop()` finishes the sends in flight and puts the rest back, so nothing is lost or sent twice; after
 * a crash (kill -9) the leases expire and another worker resends at most what was in flight (docs/delivery.md §3).
 */
export class DeliveryWorker {
  readonly owner: string;
  private readonly o: Settings;
  private readonly limiter = new RateLimiter();
  private readonly sleeper = new Sleeper();
  private readonly queue: Job[] = [];
  /** Deliveries queued or in flight here, per notice. */
  private readonly local = new Map<string, number>();
  private readonly lastReport = new Map<string, number>();
  private running = false;
  private tasks: Array<Promise<void>> = [];
  private lastDueCheck = -Infinity;
  private lastReconcile = -Infinity;
  private readonly adaptive = new AdaptiveRate();
  /** Worker cycles (claim rounds) since start: lets tests compare runs by work, not by wall time. */
  cycles = 0;

  constructor(options: WorkerOptions) {
    this.o = {
      now: () => Date.now(),
      scheduleNow: () => Date.now(),
      random: Math.random,
      owner: `worker-${randomUUID()}`,
      ...DEFAULTS,
      ...options,
    };
    this.owner = this.o.owner;
  }

  /** Messages per second this worker may send to the tenant now: its share, lowered after 429s. */
  tenantRate(now: number = this.o.now()): number {
    const share = this.o.tenantShare ? this.o.tenantShare.perSecond(now) : this.o.tenantPerSecond;
    return share * this.adaptive.current(now);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.tasks = [
      this.feed(),
      ...(this.o.tenantShare ? [this.heartbeat(this.o.tenantShare)] : []),
      ...Array.from({ length: this.o.concurrency }, () => this.lane()),
    ];
  }

  /** Stops claiming, lets the sends in flight finish, and puts claimed-but-unsent deliveries back. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.sleeper.wake();
    await Promise.all(this.tasks);
    const left = this.queue.splice(0);
    await Promise.all(left.map((job) => this.o.outbox.release(job.delivery).catch(() => false)));
    this.tasks = [];
    // Our share goes to the others at once (a beat left behind would keep it for its time to live).
    await this.o.tenantShare?.leave().catch(() => undefined);
  }

  /** Says this instance is alive and counts the live ones, every heartbeat (docs/delivery.md §4). */
  private async heartbeat(share: TenantShare): Promise<void> {
    while (this.running) {
      try {
        await share.beat(this.o.now());
      } catch (error) {
        logError(this.o.log, 'warn', 'DELIVERY_HEARTBEAT_FAILED', { err: error });
      }
      if (this.running) await this.sleeper.sleep(share.interval);
    }
  }

  /** Counts per delivery state of one notice (total, pending, sending, sent, failed, unreachable). */
  progress(noticeId: string): Promise<Progress> {
    return this.o.outbox.progress(noticeId);
  }

  private async feed(): Promise<void> {
    while (this.running) {
      let claimed = 0;
      try {
        claimed = await this.feedOnce();
      } catch (error) {
        logError(this.o.log, 'warn', 'DELIVERY_LOOP_FAILED', { err: error });
      }
      if (!this.running) break;
      // Idle: poll later. Busy: claim again once the lanes have drained the queue below one batch.
      await this.sleeper.sleep(claimed === 0 ? this.o.pollMs : Math.min(this.o.pollMs, 50));
      while (this.running && this.queue.length >= this.o.batch) await this.sleeper.sleep(20);
    }
  }

  /** Starts due scheduled notices, claims a batch of every notice being sent, finishes completed ones. */
  private async feedOnce(): Promise<number> {
    this.cycles += 1;
    const now = this.o.now();
    if (now - this.lastReconcile >= this.o.reconcileEveryMs) {
      this.lastReconcile = now;
      await this.reconcile(now);
    }
    if (now - this.lastDueCheck >= this.o.pollMs) {
      this.lastDueCheck = now;
      for (const notice of await this.o.notices.listDue(this.o.scheduleNow())) await this.o.startDue(notice);
    }
    let claimed = 0;
    const sending = await this.o.notices.listSending();
    // share one batch between the notices being sent, so none waits behind a big one
    const share = Math.max(10, Math.ceil(this.o.batch / Math.max(1, sending.length)));
    for (const notice of sending) {
      if (!this.running) break;
      const got = await this.o.outbox.claim(notice.id, this.owner, this.o.now(), this.o.leaseMs, share);
      claimed += got.length;
      for (const delivery of got) this.queue.push({ notice, delivery });
      this.local.set(notice.id, (this.local.get(notice.id) ?? 0) + got.length);
      if (got.length > 0) this.sleeper.wake();
      await this.report(notice, got.length === 0 && (this.local.get(notice.id) ?? 0) === 0);
    }
    return claimed;
  }

  private async lane(): Promise<void> {
    while (this.running) {
      const job = this.queue.shift();
      if (!job) {
        await this.sleeper.sleep(this.o.pollMs);
        continue;
      }
      try {
        await this.sendOne(job);
      } catch (error) {
        logError(this.o.log, 'warn', 'DELIVERY_FAILED_TO_RECORD', {
          err: error,
          deliveryId: job.delivery.id,
        });
      } finally {
        this.local.set(job.notice.id, (this.local.get(job.notice.id) ?? 1) - 1);
      }
    }
  }

  private async sendOne({ notice, delivery }: Job): Promise<void> {
    const reference = await this.o.references(delivery.recipientKey);
    if (!reference) {
      await this.o.outbox.finish(delivery, {
        state: 'unreachable',
        lastError: messageOf('NO_CONVERSATION'),
      });
      return;
    }
    // The claim may be old (queue, rate-limit waits): the lease must outlast the send, and a renewal
    // (conditional on the claim's ETag) fails if another worker took the delivery over meanwhile. A
    // shared conversation slot must still be fresh when the send starts (conversationWindows.ts).
    let owned: StoredDelivery | undefined = delivery;
    for (;;) {
      const slotAt = await this.waitForSlot(reference, delivery);
      if (slotAt === undefined) {
        if (!this.running) await this.o.outbox.release(owned);
        return;
      }
      if ((owned.lease?.until ?? 0) - this.o.now() <= this.o.sendTimeoutMs) {
        owned = await this.o.outbox.renew(
          owned,
          this.o.now() + Math.max(this.o.leaseMs, 2 * this.o.sendTimeoutMs),
        );
        if (!owned) return;
      }
      if (this.o.now() - slotAt <= (this.o.conversationWindows?.marginMs ?? Infinity)) break;
    }
    const attempt = owned.attempts + 1;
    let message: OutboundMessage;
    try {
      message = this.o.render(notice, owned, reference);
    } catch (error) {
      logError(this.o.log, 'error', 'DELIVERY_RENDER_FAILED', { err: error, deliveryId: owned.id });
      await this.o.outbox.finish(owned, {
        state: 'failed',
        attempts: attempt,
        lastError: messageOf('RENDER_FAILED'),
      });
      return;
    }
    const result = await this.send(reference, message, owned.id);
    if (result.kind === 'ok') {
      // Delivered: recording it must not be lost to a passing storage error, or the lease would expire
      // and the message go out again.
      await this.persistently(() =>
        this.o.outbox.finish(owned, {
          state: 'sent',
          attempts: attempt,
          sentAt: new Date(this.o.now()).toISOString(),
          ...(result.activityId ? { activityId: result.activityId } : {}),
        }),
      );
      return;
    }
    if (result.status === 429) this.adaptive.throttled(this.o.now());
    const outcome = outcomeOf(
      result.status,
      attempt,
      this.o.retry,
      this.o.random,
      result.retryAfterMs,
      result.code,
    );
    if (outcome.kind === 'retry') {
      await this.o.outbox.finish(owned, {
        state: 'pending',
        attempts: attempt,
        nextAttemptAt: this.o.now() + outcome.afterMs,
        lastError: failureReason(result.status, result.code),
      });
    } else if (outcome.kind !== 'sent') {
      await this.o.outbox.finish(owned, {
        state: outcome.kind,
        attempts: attempt,
        lastError: outcome.reason,
      });
    }
  }

  /** Retries a storage write a few times (1 s, 2 s, 4 s) before giving up. */
  private async persistently<T>(write: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await write();
      } catch (error) {
        if (attempt >= 4) throw error;
        logError(this.o.log, 'warn', 'DELIVERY_RECORD_RETRY', { err: error, attempt });
        await new Promise((resolve) => setTimeout(resolve, 1_000 * 2 ** (attempt - 1)));
      }
    }
  }

  /**
   * Waits until the conversation's and the tenant's windows allow one more; false if stopped meanwhile.
   * Shared conversation windows are asked last, after the tenant's slot is taken here, so that the
   * slot they record is close to the moment of the send. The slot's time, or undefined when stopped.
   */
  private async waitForSlot(
    reference: StoredReference,
    delivery: StoredDelivery,
  ): Promise<number | undefined> {
    const conversation = reference.conversation?.id ?? delivery.recipientKey;
    const tenant = reference.conversation?.tenantId ?? 'tenant';
    const shared = this.o.conversationWindows;
    for (;;) {
      if (!this.running) return undefined;
      const now = this.o.now();
      const rate = this.tenantRate(now);
      if (rate <= 0) {
        // not counted by the others yet, or our beat may have lapsed: wait for a beat
        await this.sleeper.sleep(100);
        continue;
      }
      const full = shared?.hint(conversation, now) ?? 0;
      if (full > 0) {
        await this.sleeper.sleep(Math.min(full, 250));
        continue;
      }
      const buckets = [
        ...(shared ? [] : [{ key: `conv:${conversation}`, windows: this.o.conversationLimits }]),
        { key: `tenant:${tenant}`, windows: spacedTenantLimits(rate) },
      ];
      const wait = this.limiter.tryAcquire(buckets, now);
      if (wait > 0) {
        await this.sleeper.sleep(Math.min(wait, 250));
        continue;
      }
      if (!shared) return now;
      const slotAt = this.o.now();
      let taken: number;
      try {
        taken = await shared.take(conversation, slotAt);
      } catch (error) {
        // nothing may go out that the other instances do not count
        logError(this.o.log, 'warn', 'DELIVERY_CONVERSATION_SLOT_FAILED', {
          err: error,
          deliveryId: delivery.id,
        });
        taken = 1_000;
      }
      if (taken === 0) return (await this.paced(tenant, rate)) ? slotAt : undefined;
      await this.sleeper.sleep(Math.min(taken, 250));
    }
  }

  /**
   * Spaces the sends themselves as the tenant's windows say. The shared slot's write lies between the
   * tenant slot and the send, and a storage pause (another instance's query) finishes several writes
   * at once: without this, their sends would reach Teams in a burst over the ceiling and earn 429s.
   * The wait is short (the writes were spaced before); false when stopped meanwhile.
   */
  private async paced(tenant: string, rate: number): Promise<boolean> {
    for (;;) {
      if (!this.running) return false;
      const wait = this.limiter.tryAcquire(
        [{ key: `sends:${tenant}`, windows: spacedTenantLimits(rate) }],
        this.o.now(),
      );
      if (wait === 0) return true;
      await this.sleeper.sleep(Math.min(wait, 250));
    }
  }

  private async send(reference: StoredReference, message: OutboundMessage, id: string): Promise<SendResult> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<SendResult>((resolve) => {
      timer = setTimeout(
        () => resolve({ kind: 'failed', status: NETWORK_ERROR, code: 'TIMEOUT' }),
        this.o.sendTimeoutMs,
      );
    });
    try {
      return await Promise.race([this.o.transport.send(reference, message), timeout]);
    } catch (error) {
      logError(this.o.log, 'warn', 'DELIVERY_SEND_THREW', { err: error, deliveryId: id });
      return { kind: 'failed', status: NETWORK_ERROR, code: 'NETWORK' };
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Progress to the sender at most every `progressEveryMs`. When this worker has nothing of the notice
   * left and the outbox has nothing open, the notice is sent (IfMatch: one worker wins) and reported done.
   */
  private async report(notice: StoredNotice, mayBeDone: boolean): Promise<void> {
    const now = this.o.now();
    if (mayBeDone && !(await this.o.outbox.hasOpen(notice.id))) {
      const current = await this.o.notices.get(notice.id);
      if (current?.state !== 'sending') return;
      let sent: StoredNotice;
      try {
        // If this answer is lost, the notice is sent all the same, and the reconciler reports it.
        sent = await this.o.notices.save(
          { ...current, state: 'sent', finalReportPending: true, updatedAt: new Date(now).toISOString() },
          current._etag,
        );
      } catch (error) {
        if (error instanceof StaleWriteError) return;
        throw error;
      }
      this.lastReport.delete(notice.id);
      this.local.delete(notice.id);
      await this.finalReport(sent);
      return;
    }
    if (now - (this.lastReport.get(notice.id) ?? -Infinity) < this.o.progressEveryMs) return;
    if (mayBeDone && !this.lastReport.has(notice.id)) return; // nothing of ours to report yet
    this.lastReport.set(notice.id, now);
    await this.reportProgress(notice, false);
  }

  /**
   * The report converges to the stored truth whatever write fails (docs/delivery.md §6): a notice
   * turns sent with `finalReportPending`, and until a final report has gone out and the flag is
   * cleared, every worker looks for it here and reports it (the same final card again is harmless).
   */
  private async reconcile(now: number): Promise<void> {
    for (const notice of await this.o.notices.listUnreported()) {
      if (!this.running) return;
      if (now - Date.parse(notice.updatedAt) > this.o.reportGiveUpMs) continue;
      await this.finalReport(notice);
    }
  }

  /** The final figures to the sender; once they went out, the notice no longer waits for them. */
  private async finalReport(notice: StoredNotice): Promise<void> {
    if (!(await this.reportProgress(notice, true))) return;
    try {
      const { finalReportPending: _pending, ...reported } = notice;
      await this.o.notices.save(reported, notice._etag);
    } catch (error) {
      // stale (another worker cleared it) or lost: at worst the final card is updated once more
      if (!(error instanceof StaleWriteError)) {
        logError(this.o.log, 'warn', 'DELIVERY_REPORT_UNMARKED', { err: error, noticeId: notice.id });
      }
    }
  }

  /** The sender's report is a courtesy: a failed update (card gone, connector down) stops no delivery. */
  private async reportProgress(notice: StoredNotice, done: boolean): Promise<boolean> {
    if (!this.o.onProgress) return true;
    try {
      await this.o.onProgress(notice, await this.o.outbox.progress(notice.id), done);
      return true;
    } catch (error) {
      logError(this.o.log, 'warn', 'DELIVERY_REPORT_FAILED', { err: error, noticeId: notice.id });
      return false;
    }
  }
}
