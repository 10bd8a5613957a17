import type { CosmosStore } from '../../src/infra/cosmos/store';
import type { Outbox } from '../../src/infra/delivery/outbox';
import type { DeliveryTransport, StoredReference } from '../../src/services/deliveryTransport';
import { DeliveryWorker, type WorkerOptions } from '../../src/infra/delivery/worker';
import type { Logger } from '../../src/infra/logger';
import type { NoticeRepository } from '../../src/infra/noticeRepository';
import { createAdapter } from '../../src/teams/adapter';
import { ProactiveTransport } from '../../src/teams/proactiveTransport';
import type { RateLimitedConnector } from './rateLimitedConnector';

/** A transport through the real Bot Framework client to a local connector (no app id: no auth). */
export const localTransport = (): DeliveryTransport =>
  new ProactiveTransport(createAdapter({ type: 'SingleTenant' }));

/** Every recipient in a conversation of its own at the local connector, one tenant. */
export const referenceAt =
  (c: RateLimitedConnector) =>
  async (key: string): Promise<StoredReference> => ({
    channelId: 'msteams',
    serviceUrl: c.url,
    conversation: { id: key.replace(/^user:/, 'conv-'), tenantId: 'tenant-1' },
    bot: { id: '28:silta' },
    user: { id: key },
  });

/** A delivery worker with test-sized leases, polls and retries, sending to the local connector. */
export function testWorker(
  parts: { store?: CosmosStore; outbox: Outbox; notices: NoticeRepository; log: Logger },
  c: RateLimitedConnector,
  extra: Partial<WorkerOptions> = {},
): DeliveryWorker {
  return new DeliveryWorker({
    outbox: parts.outbox,
    notices: parts.notices,
    transport: localTransport(),
    references: referenceAt(c),
    render: (n, d) => ({ summary: n.title, text: n.title, alert: true, deliveryId: d.id }),
    startDue: async () => undefined,
    log: parts.log,
    leaseMs: 2_000,
    sendTimeoutMs: 500,
    pollMs: 20,
    batch: 25,
    concurrency: 8,
    retry: { maxAttempts: 6, baseMs: 20, capMs: 500 },
    ...extra,
  });
}

export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
