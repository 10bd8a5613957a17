import type { Notice } from '../../src/domain/notices';
import { openCosmosStore, type CosmosStore } from '../../src/infra/cosmos/store';
import { Outbox, type Progress } from '../../src/infra/delivery/outbox';
import type { DeliveryWorker, WorkerOptions } from '../../src/infra/delivery/worker';
import { createLogger } from '../../src/infra/logger';
import { NoticeRepository } from '../../src/infra/noticeRepository';
import { sendingNotice, subscribers } from '../support/broadcast';
import { testWorker, until } from '../support/deliveryHarness';
import { FaultProxy } from '../support/faultProxy';
import { RateLimitedConnector } from '../support/rateLimitedConnector';

const log = createLogger('silent');
const DATABASE = 'storage-faults-it';

/**
 * docs/delivery.md §3, §6: the delivery worker's storage goes through a proxy that applies each Cosmos
 * request and then drops the answer (as a network blip does); the truth is read straight from the store.
 */
describe('The outbox when storage answers get lost', () => {
  let store: CosmosStore;
  let faulty: CosmosStore;
  let proxy: FaultProxy;
  let truth: { outbox: Outbox; notices: NoticeRepository };
  const workers: DeliveryWorker[] = [];
  const connectors: RateLimitedConnector[] = [];

  beforeAll(async () => {
    store = await openCosmosStore({ database: DATABASE }, log);
    await store.ensureSchema();
    truth = { outbox: new Outbox(store), notices: new NoticeRepository(store) };
  });
  beforeEach(async () => {
    proxy = await new FaultProxy(store.endpoint, 16).start();
    faulty = await openCosmosStore({ database: DATABASE, endpoint: proxy.url, key: store.endpoint }, log);
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
    await Promise.all(connectors.splice(0).map((c) => c.stop()));
    await faulty.close();
    await proxy.stop();
  });
  afterAll(() => store.close());

  /** A notice being sent to `count` recipients, written straight to the store. */
  async function broadcast(count: number): Promise<Notice> {
    const notice = sendingNotice('Tiedote', { aadObjectId: 'sender', name: 'Lähettäjä' });
    await truth.notices.create(notice);
    await truth.outbox.enqueue(notice.id, subscribers(count, `${notice.id}-`), Date.now());
    return notice;
  }

  /** Starts a worker on the faulty store; `reports` gets the notice's reports as the sender sees them. */
  async function send(notice: Notice, extra: Partial<WorkerOptions> = {}) {
    const connector = await new RateLimitedConnector({ perTenantPerSecond: 400 }).start();
    connectors.push(connector);
    const reports: Array<{ progress: Progress; done: boolean }> = [];
    const w = testWorker(
      { outbox: new Outbox(faulty), notices: new NoticeRepository(faulty), log },
      connector,
      {
        onProgress: async (n, progress, done) => {
          if (n.id === notice.id) reports.push({ progress, done });
        },
        ...extra,
      },
    );
    workers.push(w);
    w.start();
    return { w, connector, reports };
  }

  /** Sent, its final report shown and no longer pending: what the sender sees is the stored truth. */
  async function reportedDone(notice: Notice, reports: Array<{ done: boolean }>): Promise<boolean> {
    const stored = await truth.notices.get(notice.id);
    return stored?.state === 'sent' && !stored.finalReportPending && reports.some((r) => r.done);
  }

  it('When the answer to the write that marks the notice sent is lost, then the report still ends with the final figures', async () => {
    const notice = await broadcast(30);
    let picked = 0;
    proxy.dropIf = (method, path, body) =>
      method === 'PUT' &&
      path.includes('/colls/notices/') &&
      body.includes('"state":"sent"') &&
      picked++ === 0;
    const { reports } = await send(notice);
    await until(() => reportedDone(notice, reports));
    expect(picked).toBeGreaterThanOrEqual(1);
    expect(proxy.droppedWrites).toBe(1);
    const final = reports.filter((r) => r.done).at(-1)!;
    expect(final.progress).toEqual(await truth.outbox.progress(notice.id));
    expect(final.progress).toMatchObject({ total: 30, sent: 30, pending: 0, sending: 0 });
  });

  it('When the answer to one claim of a batch is lost, then the rest of the batch goes on and that delivery is not stranded for its lease', async () => {
    const notice = await broadcast(40);
    let picked = 0;
    proxy.dropIf = (method, path, body) =>
      method === 'PUT' &&
      path.includes('/colls/deliveries/') &&
      body.includes('"state":"sending"') &&
      picked++ === 0;
    // a stranded claim would wait out a whole minute's lease, past the wait below
    const { connector } = await send(notice, { leaseMs: 60_000 });
    await until(async () => (await truth.outbox.progress(notice.id)).sent === 40, 30_000);
    expect(proxy.droppedWrites).toBe(1);
    expect(connector.byConversation.size).toBe(40);
    expect(connector.duplicates).toBe(0);
  });

  it('When answers are lost at 0.5 % and 2 %, then the report ends exact, nothing is lost or duplicated beyond the sends in flight, and at 0.5 % the broadcast takes at most twice its fault-free time', async () => {
    const n = 400;
    const run = async (fraction: number) => {
      const notice = await broadcast(n);
      proxy.dropFraction = fraction;
      const started = performance.now();
      const { connector, reports } = await send(notice, { tenantPerSecond: 50 });
      await until(() => reportedDone(notice, reports), 90_000);
      const ms = performance.now() - started;
      const final = reports.filter((r) => r.done).at(-1)!;
      expect(final.progress).toEqual(await truth.outbox.progress(notice.id));
      expect(final.progress).toMatchObject({ total: n, sent: n, pending: 0, sending: 0, failed: 0 });
      expect(connector.byConversation.size).toBe(n);
      // at least once: a duplicate needs a lost answer to a send's record, at most the sends in flight (8)
      expect(connector.duplicates).toBeLessThanOrEqual(8);
      await Promise.all(workers.splice(0).map((w) => w.stop()));
      proxy.dropFraction = 0;
      return ms;
    };
    const clean = await run(0);
    const dropped = proxy.dropped;
    const halfPercent = await run(0.005);
    expect(proxy.dropped).toBeGreaterThan(dropped);
    // 400 sends at 50/s take 8 s whatever the faults; a stranded lease or a lost batch would add seconds
    expect(halfPercent).toBeLessThanOrEqual(2 * clean);
    await run(0.02);
  }, 240_000);

  it('When the tenant answers 429s, then the rate backs off and recovers, and retries do not run out', async () => {
    const notice = await broadcast(150);
    const connector = await new RateLimitedConnector({ perTenantPerSecond: 20 }).start();
    connectors.push(connector);
    // configured at twice what the tenant allows (the per-instance setting with two instances)
    const w = testWorker(
      { outbox: new Outbox(store), notices: new NoticeRepository(store), log },
      connector,
      {
        tenantPerSecond: 40,
        retry: { maxAttempts: 4, baseMs: 20, capMs: 200 },
        sendTimeoutMs: 5_000,
        leaseMs: 20_000,
      },
    );
    workers.push(w);
    w.start();
    let lowest = Infinity;
    await until(async () => {
      lowest = Math.min(lowest, w.tenantRate());
      const p = await truth.outbox.progress(notice.id);
      return p.pending + p.sending === 0;
    }, 60_000);
    expect(connector.throttled).toBeGreaterThan(0);
    expect(lowest).toBeLessThan(40);
    expect(await truth.outbox.progress(notice.id)).toMatchObject({ total: 150, sent: 150, failed: 0 });
    expect(connector.duplicates).toBe(0);
  }, 90_000);
});
