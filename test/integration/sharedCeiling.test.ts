import { openCosmosStore, type CosmosStore } from '../../src/infra/cosmos/store';
import { Outbox } from '../../src/infra/delivery/outbox';
import { TenantShare } from '../../src/infra/delivery/tenantShare';
import type { DeliveryWorker } from '../../src/infra/delivery/worker';
import { createLogger } from '../../src/infra/logger';
import { NoticeRepository } from '../../src/infra/noticeRepository';
import { testWorker, until } from '../support/deliveryHarness';
import { sendingNotice, subscribers } from '../support/broadcast';
import { RateLimitedConnector } from '../support/rateLimitedConnector';

const log = createLogger(process.env.TEST_LOG ?? 'silent');
const CEILING = 20;

/** docs/delivery.md §4: two workers on one store share DELIVERY_TENANT_RPS, the tenant's ceiling. */
describe('One tenant ceiling across instances', () => {
  let store: CosmosStore;
  let connector: RateLimitedConnector;
  const workers: DeliveryWorker[] = [];
  beforeAll(async () => {
    store = await openCosmosStore({ database: 'shared-ceiling-it' }, log);
    await store.ensureSchema();
    connector = await new RateLimitedConnector({ perTenantPerSecond: CEILING }).start();
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await connector.stop();
    await store.close();
  });

  it('When two workers send one broadcast, then together they stay under the ceiling in every window, and when one stops the other takes the whole ceiling', async () => {
    const parts = { outbox: new Outbox(store), notices: new NoticeRepository(store), log };
    const notice = sendingNotice('Jaettu katto', { aadObjectId: 'sender', name: 'Lähettäjä' });
    await parts.notices.create(notice);
    await parts.outbox.enqueue(notice.id, subscribers(360, `${notice.id}-`), Date.now());
    const shares: TenantShare[] = [];
    const start = (name: string) => {
      const share = new TenantShare({ store, owner: name, ceiling: CEILING, heartbeatMs: 200 });
      // leases outlast the queue of claimed deliveries at half the ceiling
      const w = testWorker(parts, connector, { owner: name, tenantShare: share, leaseMs: 10_000 });
      shares.push(share);
      workers.push(w);
      w.start();
      return { w, share };
    };
    const a = start('worker-a');
    await until(() => connector.total >= 40);
    const b = start('worker-b');
    // both count each other, and each sends half
    await until(() => a.share.instances === 2 && b.share.perSecond(Date.now()) === CEILING / 2);
    const beforeStop = connector.total;
    await until(() => connector.total >= beforeStop + 100);
    await a.w.stop();
    // the survivor counts itself alone and takes the whole ceiling
    await until(() => b.share.instances === 1 && b.share.perSecond(Date.now()) === CEILING);
    await until(async () => (await parts.notices.get(notice.id))?.state === 'sent', 60_000);

    expect(connector.byConversation.size).toBe(360);
    expect(connector.duplicates).toBe(0);
    // Counted by the connector in every window starting at an arrival: at most the ceiling (the
    // sends are spaced 2 % under it; one early or late arrival either side is network jitter).
    expect(connector.busiest(1_000)).toBeLessThanOrEqual(CEILING + 2);
    expect(connector.busiest(5_000)).toBeLessThanOrEqual(5 * CEILING + 2);
  }, 90_000);
});
