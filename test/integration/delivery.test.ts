import { randomUUID } from 'node:crypto';
import type { Notice, Recipient } from '../../src/domain/notices';
import { openCosmosStore, type CosmosStore } from '../../src/infra/cosmos/store';
import { Outbox } from '../../src/infra/delivery/outbox';
import type { DeliveryTransport, StoredReference } from '../../src/infra/delivery/transport';
import { DeliveryWorker, type WorkerOptions } from '../../src/infra/delivery/worker';
import { createLogger } from '../../src/infra/logger';
import { NoticeRepository } from '../../src/infra/noticeRepository';
import { createAdapter } from '../../src/teams/adapter';
import { Proactive } from '../../src/teams/proactive';
import { ProactiveTransport } from '../../src/teams/proactiveTransport';
import { RateLimitedConnector, type ConnectorOptions } from '../support/rateLimitedConnector';

const log = createLogger('silent');
const never = new Promise<never>(() => undefined);

describe('Delivery engine: Cosmos outbox, leases, rate limits, retries, crashes', () => {
  let store: CosmosStore;
  let notices: NoticeRepository;
  let outbox: Outbox;
  const connectors: RateLimitedConnector[] = [];
  const workers: DeliveryWorker[] = [];
  const transport = new ProactiveTransport(new Proactive(createAdapter({ type: 'SingleTenant' }), undefined));

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
    const now = new Date().toISOString();
    const notice: Notice = {
      id: randomUUID(),
      state: 'sending',
      title: 'Testitiedote',
      text: 'Teksti',
      ngo: 'Yhdistys',
      topics: ['diabetes'],
      audience: { kind: 'county', ids: [] },
      validUntil: '2099-01-01',
      sender: { aadObjectId: 'sender', name: 'Lähettäjä' },
      createdAt: now,
      updatedAt: now,
    };
    await notices.create(notice);
    const recipients: Recipient[] = Array.from({ length: count }, (_, i) => ({
      key: `user:${notice.id}-${i}`,
      kind: 'user',
      reason: 'subscription',
    }));
    await outbox.enqueue(notice.id, recipients, Date.now());
    return { notice, recipients };
  }

  function worker(c: RateLimitedConnector, extra: Partial<WorkerOptions> = {}) {
    const references = async (key: string): Promise<StoredReference> => ({
      channelId: 'msteams',
      serviceUrl: c.url,
      conversation: { id: key.replace(/^user:/, 'conv-'), tenantId: 'tenant-1' },
      bot: { id: '28:silta' },
      user: { id: key },
    });
    const w = new DeliveryWorker({
      outbox,
      notices,
      transport,
      references,
      render: (n, d) => ({ summary: n.title, text: n.title, alert: true, deliveryId: d.id }),
      startDue: async () => undefined,
      log,
      leaseMs: 2_000,
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

  it('When the connector answers 429 (Retry-After), 500 and 403, then retries happen, the blocked user is unreachable, and nothing is duplicated', async () => {
    const { notice } = await broadcast(12);
    const first = `conv-${notice.id}-0`;
    const blocked = `conv-${notice.id}-1`;
    const c = await connector({
      throttleOnceSeconds: 1,
      failFirst: new Map([[first, 8]]),
      forbidden: new Set([blocked]),
    });
    const w = worker(c);
    const started = Date.now();
    w.start();
    await until(finished(notice.id), 30_000);
    const progress = await outbox.progress(notice.id);
    expect(progress).toMatchObject({ total: 12, sent: 11, unreachable: 1, failed: 0 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(c.throttled).toBeGreaterThanOrEqual(11);
    expect(c.duplicates).toBe(0);
    const deliveries = await outbox.list(notice.id);
    const retried = deliveries.find((d) => d.recipientKey === `user:${notice.id}-0`)!;
    expect(retried.state).toBe('sent');
    expect(c.errors).toBe(8);
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
    worker(c).start();
    worker(c).start();
    await until(finished(notice.id));
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
    // Worker A delivers 40 messages, then "dies": the next sends reach Teams but A never records them,
    // and A never sends again (its process is gone).
    const dying: DeliveryTransport = {
      async send(reference, message) {
        sends += 1;
        if (sends <= 40) return transport.send(reference, message);
        crashed = true;
        if (sends <= 44) await transport.send(reference, message);
        return never;
      },
    };
    const a = worker(c, { transport: dying, leaseMs: 400, concurrency: 4 });
    a.start();
    await until(async () => crashed);
    const inFlightAtCrash = 4;
    const b = worker(c, { leaseMs: 400 });
    b.start();
    await until(finished(notice.id));
    expect(c.byConversation.size).toBe(100);
    expect(c.duplicates).toBeLessThanOrEqual(inFlightAtCrash);
  });
});
