import type { Notice, Recipient } from '../../src/domain/notices';
import { openCosmosStore, type CosmosStore } from '../../src/infra/cosmos/store';
import { Outbox } from '../../src/infra/delivery/outbox';
import type { DeliveryTransport, StoredReference } from '../../src/services/deliveryTransport';
import { DeliveryWorker, type WorkerOptions } from '../../src/infra/delivery/worker';
import { createLogger } from '../../src/infra/logger';
import { NoticeRepository } from '../../src/infra/noticeRepository';
import { createAdapter } from '../../src/teams/adapter';
import { replyToError } from '../../src/teams/errors';
import { ProactiveTransport } from '../../src/teams/proactiveTransport';
import { sendingNotice, subscribers } from '../support/broadcast';
import { RateLimitedConnector, type ConnectorOptions } from '../support/rateLimitedConnector';

const log = createLogger('silent');
const never = new Promise<never>(() => undefined);

describe('Delivery engine: Cosmos outbox, leases, rate limits, retries, crashes', () => {
  let store: CosmosStore;
  let notices: NoticeRepository;
  let outbox: Outbox;
  const connectors: RateLimitedConnector[] = [];
  const workers: DeliveryWorker[] = [];
  // A CloudAdapter with no app id: no auth, posts to whatever serviceUrl the reference names (the local
  // connector). It has the app's turn error handler, as in production (app.error sets it on the adapter).
  const adapter = createAdapter({ type: 'SingleTenant' });
  adapter.onTurnError = (context, error) => replyToError(context, error, log);
  const transport = new ProactiveTransport(adapter);

  beforeAll(async () => {
    store = await openCosmosStore({ database: 'delivery-it' }, log);
    await store.ensureSchema();
    notices = new NoticeRepository(store);
    outbox = new Outbox(store);
  });
  afterEach(async () => {
    await Promise.all(
      workers.splice(0).map((w) => Promise.race([w.stop(), new Promise((r) => setTimeout(r, 200))])),
    );
    await Promise.all(connectors.splice(0).map((c) => c.stop()));
  });
  afterAll(() => store.close());

  async function connector(options: ConnectorOptions = {}) {
    const c = await new RateLimitedConnector({ perTenantPerSecond: 400, ...options }).start();
    connectors.push(c);
    return c;
  }

  /** A notice being sent to `count` users, each in a conversation of their own. */
  async function broadcast(count: number): Promise<{ notice: Notice; recipients: Recipient[] }> {
    const notice = sendingNotice('Testitiedote', { aadObjectId: 'sender', name: 'Lähettäjä' });
    await notices.create(notice);
    const recipients = subscribers(count, `${notice.id}-`);
    await outbox.enqueue(notice.id, recipients, Date.now());
    return { notice, recipients };
  }

  const referenceTo = (c: RateLimitedConnector, key: string): StoredReference => ({
    channelId: 'msteams',
    serviceUrl: c.url,
    conversation: { id: key.replace(/^user:/, 'conv-'), tenantId: 'tenant-1' },
    bot: { id: '28:silta' },
    user: { id: key },
  });
  const message = (deliveryId: string) => ({ summary: 'Tiedote', text: 'Tiedote', alert: true, deliveryId });

  function worker(c: RateLimitedConnector, extra: Partial<WorkerOptions> = {}) {
    const references = async (key: string): Promise<StoredReference> => referenceTo(c, key);
    const w = new DeliveryWorker({
      outbox,
      notices,
      transport,
      references,
      render: (n, d) => ({ summary: n.title, text: n.title, alert: true, deliveryId: d.id }),
      startDue: async () => undefined,
      log,
      leaseMs: 2_000,
      sendTimeoutMs: 500,
      pollMs: 20,
      batch: 25,
      concurrency: 8,
      tenantPerSecond: 400,
      retry: { maxAttempts: 4, baseMs: 20, capMs: 200 },
      ...extra,
    });
    workers.push(w);
    return w;
  }

  async function until(check: () => Promise<boolean>, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const finished = (noticeId: string) => async () => {
    const p = await outbox.progress(noticeId);
    return p.pending + p.sending === 0;
  };

  it('When the same recipients are enqueued twice, then each delivery exists once', async () => {
    const { notice, recipients } = await broadcast(30);
    expect(await outbox.enqueue(notice.id, recipients, Date.now())).toBe(0);
    expect((await outbox.progress(notice.id)).total).toBe(30);
  });

  it('When the connector answers 429 with Retry-After, then the transport reports it once (no SDK-internal retry) with the wait in ms', async () => {
    const c = await connector({ throttleOnceSeconds: 3, failFirst: new Map([['conv-x-500', 1]]) });
    expect(await transport.send(referenceTo(c, 'user:x-429'), message('d-429'))).toEqual({
      kind: 'failed',
      status: 429,
      retryAfterMs: 3000,
      code: 'Throttled',
    });
    expect(await transport.send(referenceTo(c, 'user:x-500'), message('d-500'))).toMatchObject({
      kind: 'failed',
      status: 500,
    });
    expect(c.errors).toBe(1);
    expect(c.throttled).toBe(1);
    expect(await transport.send(referenceTo(c, 'user:x-429'), message('d-429'))).toMatchObject({
      kind: 'ok',
    });
    expect(c.total).toBe(1);
    // A refused send is the caller's to handle: the turn error handler must not answer the recipient
    // with an apology (and so turn the failure into a success).
    expect(c.requests).toBe(3);
  });

  it('When the connector answers 429 (Retry-After), 500 and 403, then retries happen, the blocked user is unreachable, and nothing is duplicated', async () => {
    const { notice } = await broadcast(12);
    const first = `conv-${notice.id}-0`;
    const blocked = `conv-${notice.id}-1`;
    const c = await connector({
      throttleOnceSeconds: 1,
      failFirst: new Map([[first, 2]]),
      forbidden: new Set([blocked]),
    });
    const w = worker(c, { retry: { maxAttempts: 5, baseMs: 20, capMs: 200 } });
    w.start();
    await until(finished(notice.id), 30_000);
    const progress = await outbox.progress(notice.id);
    expect(progress).toMatchObject({ total: 12, sent: 11, unreachable: 1, failed: 0 });
    expect(c.throttled).toBeGreaterThanOrEqual(11);
    expect(c.duplicates).toBe(0);
    const deliveries = await outbox.list(notice.id);
    const retried = deliveries.find((d) => d.recipientKey === `user:${notice.id}-0`)!;
    // two 500s, one 429, then delivered: one HTTP call per attempt, the outbox counts them
    expect(retried).toMatchObject({ state: 'sent', attempts: 4 });
    expect(c.errors).toBe(2);
    expect(deliveries.find((d) => d.recipientKey === `user:${notice.id}-1`)).toMatchObject({
      state: 'unreachable',
      attempts: 1,
      lastError: 'HTTP 403 MessageWritesBlocked',
    });
    await until(async () => (await notices.get(notice.id))?.state === 'sent');
  });

  it('When 5xx persists beyond the attempts allowed, then the delivery fails with its reason', async () => {
    const { notice } = await broadcast(1);
    const c = await connector({ failFirst: new Map([[`conv-${notice.id}-0`, 99]]) });
    const w = worker(c, { retry: { maxAttempts: 2, baseMs: 20, capMs: 200 } });
    w.start();
    await until(finished(notice.id), 30_000);
    expect((await outbox.list(notice.id))[0]).toMatchObject({
      state: 'failed',
      attempts: 2,
      lastError: 'HTTP 500 ServiceError after 2 attempts',
    });
  }, 40_000);

  it('When two workers share the outbox, then every recipient gets exactly one message', async () => {
    const { notice } = await broadcast(150);
    const c = await connector();
    // The claim is what is tested: leases and send timeouts long enough that a loaded machine's pauses
    // (a send slower than 500 ms, a lease outliving 2 s) cannot make a resend on purpose, which the
    // in-flight bound allows and other tests cover.
    const patient = { leaseMs: 15_000, sendTimeoutMs: 10_000 };
    worker(c, patient).start();
    worker(c, patient).start();
    await until(finished(notice.id), 60_000);
    expect(c.byConversation.size).toBe(150);
    expect(c.duplicates).toBe(0);
    expect(c.total).toBe(150);
  });

  it('When a worker is stopped cleanly mid-broadcast, then another finishes it with nothing lost and nothing duplicated', async () => {
    const { notice } = await broadcast(120);
    const c = await connector();
    const a = worker(c, { tenantPerSecond: 60 });
    a.start();
    await until(async () => c.total >= 30);
    await a.stop();
    const afterStop = c.total;
    expect(afterStop).toBeLessThan(120);
    worker(c).start();
    await until(finished(notice.id));
    expect(c.total).toBe(120);
    expect(c.duplicates).toBe(0);
  });

  it('When a worker dies mid-send (kill -9), then after its leases expire another resends at most the in-flight ones', async () => {
    const { notice } = await broadcast(100);
    const c = await connector();
    let sends = 0;
    let crashed = false;
    /** Everything worker A touches hangs forever once it has "died": its process is gone, it writes nothing more. */
    const frozen = <T extends object>(target: T): T =>
      new Proxy(target, {
        get(obj, prop, receiver) {
          const value: unknown = Reflect.get(obj, prop, receiver);
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) =>
            crashed ? never : (value as (...a: unknown[]) => unknown).apply(obj, args);
        },
      });
    // Worker A delivers 40 messages; its next sends (one per lane) reach Teams, then A is killed before
    // recording them. Its leases are never released.
    const dying: DeliveryTransport = {
      async send(reference, message) {
        sends += 1;
        if (sends <= 40) return transport.send(reference, message);
        if (sends <= 44) await transport.send(reference, message);
        crashed = true;
        return never;
      },
    };
    const a = worker(c, {
      transport: dying,
      outbox: frozen(outbox),
      notices: frozen(notices),
      // Leases long enough that a loaded machine (a slow event loop) never lets A's own live leases
      // expire under it; only the crash leaves leases behind.
      leaseMs: 2_000,
      sendTimeoutMs: 700,
      concurrency: 4,
    });
    a.start();
    await until(async () => crashed);
    const inFlightAtCrash = 4;
    const b = worker(c, { leaseMs: 2_000, sendTimeoutMs: 700 });
    b.start();
    await until(finished(notice.id));
    expect(c.byConversation.size).toBe(100);
    expect(c.duplicates).toBeLessThanOrEqual(inFlightAtCrash);
    const progress = await outbox.progress(notice.id);
    expect(progress).toMatchObject({ total: 100, sent: 100 });
  });

  it('When updating the report card fails, then every delivery still goes out, the notice ends sent, and the failure is logged as a report failure, not a stalled delivery loop', async () => {
    const { notice } = await broadcast(20);
    const c = await connector();
    const warnings: string[] = [];
    const capture = createLogger('warn');
    capture.warn = ((_obj: unknown, msg?: string) => void warnings.push(String(msg))) as typeof capture.warn;
    const w = worker(c, {
      log: capture,
      batch: 5,
      progressEveryMs: 0,
      onProgress: async () => {
        throw new Error('report card gone (404)');
      },
    });
    w.start();
    await until(async () => (await notices.get(notice.id))?.state === 'sent');
    expect(c.byConversation.size).toBe(20);
    expect(c.duplicates).toBe(0);
    expect(warnings.some((m) => m.startsWith('DELIVERY_REPORT_FAILED'))).toBe(true);
    expect(warnings.filter((m) => m.startsWith('DELIVERY_LOOP_FAILED'))).toEqual([]);
  });

  it('When a notice is being sent, then progress() counts every state and onProgress is throttled per notice (here once a minute), ending with one final report', async () => {
    const { notice } = await broadcast(60);
    const c = await connector({ forbidden: new Set([`conv-${notice.id}-7`]) });
    const reports: Array<{ done: boolean; sent: number; unreachable: number; total: number }> = [];
    const w = worker(c, {
      tenantPerSecond: 40,
      progressEveryMs: 60_000,
      // (other tests' notices whose final report failed are reported again by any worker: not counted here)
      onProgress: async (n, p, done) => {
        if (n.id === notice.id)
          reports.push({ done, sent: p.sent, unreachable: p.unreachable, total: p.total });
      },
    });
    w.start();
    await until(async () => reports.some((r) => r.done));
    expect(reports.filter((r) => !r.done)).toHaveLength(1);
    expect(reports.filter((r) => r.done)).toEqual([
      expect.objectContaining({ done: true, sent: 59, unreachable: 1, total: 60 }),
    ]);
    expect(await w.progress(notice.id)).toEqual({
      total: 60,
      pending: 0,
      sending: 0,
      sent: 59,
      failed: 0,
      unreachable: 1,
    });
    expect((await notices.get(notice.id))?.state).toBe('sent');
  });
});
