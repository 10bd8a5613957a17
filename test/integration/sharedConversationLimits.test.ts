import { openCosmosStore, type CosmosStore } from '../../src/infra/cosmos/store';
import { ConversationWindows } from '../../src/infra/delivery/conversationWindows';
import { Outbox } from '../../src/infra/delivery/outbox';
import type { DeliveryWorker } from '../../src/infra/delivery/worker';
import { createLogger } from '../../src/infra/logger';
import { NoticeRepository } from '../../src/infra/noticeRepository';
import { sendingNotice, subscribers } from '../support/broadcast';
import { testWorker, until } from '../support/deliveryHarness';
import { RateLimitedConnector } from '../support/rateLimitedConnector';

const log = createLogger(process.env.TEST_LOG ?? 'silent');
const LIMITS = [
  { limit: 2, ms: 1_000 },
  { limit: 3, ms: 2_000 },
];
/** Sends start within the windows; their arrivals at the connector may drift this much more. */
const JITTER_MS = 100;

/** docs/delivery.md §4: the per-conversation limits hold for all instances together. */
describe('Per-conversation limits across instances', () => {
  let store: CosmosStore;
  let connector: RateLimitedConnector;
  const workers: DeliveryWorker[] = [];
  beforeAll(async () => {
    store = await openCosmosStore({ database: 'shared-conversation-limits-it' }, log);
    await store.ensureSchema();
    // the connector accepts everything and records when each conversation received what
    connector = await new RateLimitedConnector({
      perConversationPerSecond: 100,
      perTenantPerSecond: 1_000,
    }).start();
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await connector.stop();
    await store.close();
  });

  it('When two instances race for the slots of one conversation, then exactly its limit is taken', async () => {
    const a = new ConversationWindows(store, LIMITS, 0);
    const b = new ConversationWindows(store, LIMITS, 0);
    const now = Date.now();
    const waits = await Promise.all(
      Array.from({ length: 8 }, (_, i) => (i % 2 === 0 ? a : b).take('race-conversation', now)),
    );
    expect(waits.filter((w) => w === 0)).toHaveLength(2);
    expect(waits.filter((w) => w > 0).every((w) => w <= 1_000)).toBe(true);
    // a second later the 1 s window has room again, the 2 s window for one more
    const later = await Promise.all([
      a.take('race-conversation', now + 1_000),
      b.take('race-conversation', now + 1_000),
    ]);
    expect(later.filter((w) => w === 0)).toHaveLength(1);
    expect(b.hint('race-conversation', now + 1_000)).toBeGreaterThan(0);
  });

  it('When two instances send several notices to the same conversations, then no conversation exceeds its limits in any window', async () => {
    const parts = { outbox: new Outbox(store), notices: new NoticeRepository(store), log };
    const conversations = 4;
    const notices = Array.from({ length: 6 }, (_, i) =>
      sendingNotice(`Tiedote ${i}`, { aadObjectId: 's', name: 'S' }),
    );
    for (const notice of notices) {
      await parts.outbox.enqueue(notice.id, subscribers(conversations, 'limits-'), Date.now());
      await parts.notices.create(notice);
    }
    for (const owner of ['worker-a', 'worker-b']) {
      const w = testWorker(parts, connector, {
        owner,
        conversationLimits: LIMITS,
        conversationWindows: new ConversationWindows(store, LIMITS),
        tenantPerSecond: 1_000,
        leaseMs: 20_000,
        sendTimeoutMs: 2_000,
        batch: 12,
      });
      workers.push(w);
      w.start();
    }
    await until(async () => {
      const states = await Promise.all(notices.map(async (n) => (await parts.notices.get(n.id))?.state));
      return states.every((s) => s === 'sent');
    }, 60_000);

    expect(connector.duplicates).toBe(0);
    expect(connector.byConversation.size).toBe(conversations);
    for (const [conversation, arrivals] of connector.arrivalsIn) {
      expect({ conversation, received: arrivals.length }).toEqual({ conversation, received: notices.length });
      for (const { limit, ms } of LIMITS) {
        const most = connector.busiest(ms - JITTER_MS, 0, Infinity, arrivals);
        expect({ conversation, window: ms, most: Math.min(most, limit) }).toEqual({
          conversation,
          window: ms,
          most,
        });
      }
    }
  }, 90_000);
});
