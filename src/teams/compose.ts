/**
 * The Teams layer's composition root: the one file under src/teams that may import src/infra
 * (.dependency-cruiser.cjs, rule teams-infra-only-in-compose).
 */
import { randomUUID } from 'node:crypto';
import { SiltaError } from '../domain/errors';
import { DeliveryWorker } from '../infra/delivery/worker';
import { ConversationWindows } from '../infra/delivery/conversationWindows';
import { Outbox } from '../infra/delivery/outbox';
import { TenantShare } from '../infra/delivery/tenantShare';
import { NoticeRepository } from '../infra/noticeRepository';
import type { Services } from '../services';
import { OrderFlow } from '../services/orderFlow';
import { NoticeReports } from './notices/reports';
import { TeamsOrderMessenger } from './orders/messenger';
import { OrderViews } from './orders/views';
import type { Proactive } from './proactive';
import { ProactiveTransport } from './proactiveTransport';

export type { DeliveryWorker };
/** Register files are fetched with the guarded download (size, hosts, redirects: src/infra/download). */
export { guardedDownload, type DownloadResult } from '../infra/download/guardedDownload';

/** The use cases that talk back through Teams, wired to their Teams implementations. */
export interface Features {
  orderViews: OrderViews;
  orderFlow: OrderFlow;
}

export function composeFeatures(services: Services, proactive: Proactive): Features {
  const orderViews = new OrderViews(services);
  const messenger = new TeamsOrderMessenger(services, proactive, orderViews);
  return {
    orderViews,
    orderFlow: new OrderFlow(services.orders, services.conversations, messenger, services.log),
  };
}

/** The delivery engine for this instance (once storage is ready): the Cosmos outbox, sent through the connector. */
export function createDeliveryWorker(services: Services, proactive: Proactive): DeliveryWorker {
  const store = services.storage.store;
  if (!store) throw new SiltaError('STORAGE_NOT_READY');
  const reports = new NoticeReports(services, proactive);
  const { delivery } = services.config;
  const owner = `worker-${randomUUID()}`;
  return new DeliveryWorker({
    owner,
    // The tenant's ceiling, shared by the live instances (docs/delivery.md §4).
    tenantShare: new TenantShare({ store, owner, ceiling: delivery.tenantPerSecond }),
    // The per-conversation limits, exact for all instances together (docs/delivery.md §4).
    conversationWindows: new ConversationWindows(store, delivery.conversationLimits),
    outbox: new Outbox(store),
    notices: new NoticeRepository(store),
    transport: new ProactiveTransport(proactive.adapter, proactive.appId),
    references: (key) => services.conversations.get(key),
    render: (notice, recipient, reference) => ({
      ...reports.message(notice, reference, recipient.kind === 'user'),
      alert: recipient.kind === 'user',
      deliveryId: recipient.id,
    }),
    startDue: async (notice) => {
      const result = await services.notices.start(notice);
      if (result.kind === 'forbidden') await reports.withdrawn(notice, result.code);
    },
    onProgress: (notice, progress, done) => reports.progress(notice, progress, done),
    log: services.log,
    scheduleNow: () => services.clock().getTime(),
    tenantPerSecond: delivery.tenantPerSecond,
    conversationLimits: delivery.conversationLimits,
    leaseMs: delivery.leaseMs,
    // A send must end well inside its lease (the worker renews the lease to twice this before sending).
    sendTimeoutMs: Math.min(30_000, Math.floor(delivery.leaseMs / 2)),
    retry: { maxAttempts: delivery.maxAttempts, baseMs: 1_000, capMs: 60_000 },
    pollMs: 1_000,
  });
}
