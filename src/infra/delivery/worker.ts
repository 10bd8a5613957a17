import { randomUUID } from 'node:crypto';
import {
  RateLimiter,
  TEAMS_CONVERSATION_LIMITS,
  tenantLimits,
  type Window,
} from '../../domain/delivery/rateLimiter';
import { DEFAULT_RETRY, outcomeOf, type RetryPolicy } from '../../domain/delivery/retry';
import type { Notice } from '../../domain/notices';
import type { Logger } from '../logger';
import type { NoticeRepository, StoredNotice } from '../noticeRepository';
import { StaleWriteError } from '../cosmos/errors';
import type { Outbox, Progress, StoredDelivery } from './outbox';
import type { DeliveryTransport, OutboundMessage, StoredReference } from './transport';

export interface WorkerOptions {
  outbox: Outbox;
  notices: NoticeRepository;
  transport: DeliveryTransport;
  references: (key: string) => Promise<StoredReference | undefined>;
  render: (notice: Notice, delivery: StoredDelivery, reference: StoredReference) => OutboundMessage;
  /** A scheduled notice whose time has come: resolve its audience, enqueue, mark it sending. */
  startDue: (notice: StoredNotice) => Promise<void>;
  onProgress?: (notice: StoredNotice, progress: Progress, done: boolean) => Promise<void>;
  log: Logger;
  /** Wall clock for leases, retries and rate limits. */
  now?: () => number;
  /** Business clock for "is a scheduled notice due" (the services' clock). */
  scheduleNow?: () => number;
  random?: () => number;
  owner?: string;
  leaseMs?: number;
  pollMs?: number;
  batch?: number;
  concurrency?: number;
  tenantPerSecond?: number;
  conversationLimits?: readonly Window[];
  retry?: RetryPolicy;
  /** At most one progress report per notice this often (the sender's report card updates). */
  progressEveryMs?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sends the outbox: claims due deliveries with leases, honours the Teams rate limits, retries 429/5xx
 * with backoff (Retry-After respected), marks 403/404 unreachable, and reports progress. Several
 * workers may share one outbox; a stopped worker releases what it had claimed but not sent.
 */
export class DeliveryWorker {
  readonly owner: string;
  private readonly limiter = new RateLimiter();
  private readonly lastReport = new Map<string, number>();
  private running = false;
  private loop?: Promise<void>;
  private readonly o: Required<Omit<WorkerOptions, 'onProgress'>> & Pick<WorkerOptions, 'onProgress'>;

  constructor(options: WorkerOptions) {
    this.o = {
      now: () => Date.now(),
      scheduleNow: () => Date.now(),
      random: Math.random,
      owner: `worker-${randomUUID()}`,
      leaseMs: 60_000,
      pollMs: 1_000,
      batch: 50,
      concurrency: 8,
      tenantPerSecond: 50,
      conversationLimits: TEAMS_CONVERSATION_LIMITS,
      retry: DEFAULT_RETRY,
      progressEveryMs: 3_000,
      ...options,
    };
    this.owner = this.o.owner;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        let worked = 0;
        try {
          worked = await this.runOnce();
        } catch (error) {
          this.o.log.warn({ err: error }, 'DELIVERY_LOOP_FAILED');
        }
        if (worked === 0 && this.running) await sleep(this.o.pollMs);
      }
    })();
  }

  /** Stops claiming, lets in-flight sends finish, puts claimed-but-unsent deliveries back. */
  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  /** One pass: start due scheduled notices, then send a batch of every notice being sent. */
  async runOnce(): Promise<number> {
    for (const notice of await this.o.notices.listDue(this.o.scheduleNow())) await this.o.startDue(notice);
    let worked = 0;
    for (const notice of await this.o.notices.listSending()) {
      const claimed = await this.o.outbox.claim(
        notice.id,
        this.owner,
        this.o.now(),
        this.o.leaseMs,
        this.o.batch,
      );
      worked += claimed.length;
      await this.sendAll(notice, claimed);
      await this.report(notice);
    }
    return worked;
  }

  private async sendAll(notice: StoredNotice, claimed: StoredDelivery[]): Promise<void> {
    let next = 0;
    const lane = async () => {
      while (next < claimed.length) {
        const delivery = claimed[next++]!;
        if (!this.running && this.loop) {
          await this.o.outbox.finish(delivery, { state: 'pending' });
          continue;
        }
        await this.sendOne(notice, delivery);
      }
    };
    await Promise.all(Array.from({ length: this.o.concurrency }, lane));
  }

  private async sendOne(notice: StoredNotice, delivery: StoredDelivery): Promise<void> {
    const reference = await this.o.references(delivery.recipientKey);
    if (!reference) {
      await this.o.outbox.finish(delivery, {
        state: 'unreachable',
        lastError: 'NO_CONVERSATION: the user has not installed Silta',
      });
      return;
    }
    const conversationId = String(reference.conversation?.id ?? delivery.recipientKey);
    const tenant = String(reference.conversation?.tenantId ?? 'tenant');
    for (;;) {
      const wait = this.limiter.tryAcquire(
        [
          { key: `conv:${conversationId}`, windows: this.o.conversationLimits },
          { key: `tenant:${tenant}`, windows: tenantLimits(this.o.tenantPerSecond) },
        ],
        this.o.now(),
      );
      if (wait === 0) break;
      await sleep(wait);
    }
    const attempt = delivery.attempts + 1;
    let result;
    try {
      result = await this.o.transport.send(reference, this.o.render(notice, delivery, reference));
    } catch (error) {
      this.o.log.warn({ err: error, deliveryId: delivery.id }, 'DELIVERY_SEND_THREW');
      result = { ok: false as const, status: 0, code: 'NETWORK' };
    }
    if (result.ok) {
      await this.o.outbox.finish(delivery, {
        state: 'sent',
        attempts: attempt,
        sentAt: new Date(this.o.now()).toISOString(),
        ...(result.activityId ? { activityId: result.activityId } : {}),
      });
      return;
    }
    const outcome = outcomeOf(
      result.status,
      attempt,
      this.o.retry,
      this.o.random,
      result.retryAfterMs,
      result.code,
    );
    if (outcome.kind === 'retry') {
      await this.o.outbox.finish(delivery, {
        state: 'pending',
        attempts: attempt,
        nextAttemptAt: this.o.now() + outcome.afterMs,
        lastError: `HTTP ${result.status}`,
      });
    } else if (outcome.kind === 'failed' || outcome.kind === 'unreachable') {
      await this.o.outbox.finish(delivery, {
        state: outcome.kind,
        attempts: attempt,
        lastError: outcome.reason,
      });
    }
  }

  /** Progress to the sender at most every `progressEveryMs`; when nothing is left, the notice is sent. */
  private async report(notice: StoredNotice): Promise<void> {
    const now = this.o.now();
    const last = this.lastReport.get(notice.id) ?? 0;
    const progress = await this.o.outbox.progress(notice.id);
    const done = progress.pending + progress.sending === 0;
    if (done) {
      try {
        const current = await this.o.notices.get(notice.id);
        if (current?.state !== 'sending') return;
        await this.o.notices.save(
          { ...current, state: 'sent', updatedAt: new Date(now).toISOString() },
          current._etag,
        );
      } catch (error) {
        if (error instanceof StaleWriteError) return;
        throw error;
      }
    } else if (now - last < this.o.progressEveryMs) {
      return;
    }
    this.lastReport.set(notice.id, now);
    await this.o.onProgress?.(notice, progress, done);
  }
}
