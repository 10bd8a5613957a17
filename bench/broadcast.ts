import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from 'botbuilder';
import type { Notice, Recipient } from '../src/domain/notices';
import { openCosmosStore } from '../src/infra/cosmos/store';
import { Outbox } from '../src/infra/delivery/outbox';
import { DeliveryWorker } from '../src/infra/delivery/worker';
import { createLogger } from '../src/infra/logger';
import { NoticeRepository } from '../src/infra/noticeRepository';
import { ProactiveTransport } from '../src/teams/proactiveTransport';
import { RateLimitedConnector } from '../test/support/rateLimitedConnector';
import { ROOT, type Row } from './lib';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One notice to N recipients in N conversations (BENCH_BROADCAST_N, default 10,000) through the real
 * outbox (embedded Cosmos in a child process, so only Silta's side is measured), the delivery worker
 * and the Bot Framework connector client, against a local connector that enforces the Teams limits
 * (7/s per conversation, the tenant ceiling BENCH_TENANT_RPS, default 50/s) and counts duplicates.
 * 10,000 at 50/s takes about 200 s. Prints figures; asserts nothing.
 */
export async function benchBroadcast(): Promise<Row[]> {
  const n = Number(process.env.BENCH_BROADCAST_N ?? 10_000);
  const ceiling = Number(process.env.BENCH_TENANT_RPS ?? 50);
  const log = createLogger(process.env.BENCH_LOG_LEVEL ?? 'silent');
  const cosmos = await cosmosInChild();
  const store = await openCosmosStore(
    { database: 'bench-broadcast', endpoint: cosmos.endpoint, key: cosmos.key },
    log,
  );
  await store.ensureSchema();
  const notices = new NoticeRepository(store);
  const outbox = new Outbox(store);
  const connector = await new RateLimitedConnector({
    perConversationPerSecond: 7,
    perTenantPerSecond: ceiling,
  }).start();
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  let worker: DeliveryWorker | undefined;
  try {
    const now = new Date().toISOString();
    const notice: Notice = {
      id: randomUUID(),
      state: 'sending',
      title: 'Benchmark',
      text: 'Tiedote',
      ngo: 'Yhdistys',
      topics: ['diabetes'],
      audience: { kind: 'county', ids: [] },
      validUntil: '2099-01-01',
      sender: { aadObjectId: 'bench', name: 'Bench' },
      createdAt: now,
      updatedAt: now,
    };
    await notices.create(notice);
    const recipients: Recipient[] = Array.from({ length: n }, (_, i) => ({
      key: `user:${i}`,
      kind: 'user',
      reason: 'subscription',
    }));
    const t0 = performance.now();
    await outbox.enqueue(notice.id, recipients, 0);
    const enqueueMs = performance.now() - t0;
    // A CloudAdapter with no app id (as src/teams/adapter.ts builds it without BOT_ID): no auth, posts
    // to the reference's serviceUrl. Plain botbuilder, so the figure is not teams-ai's module weight.
    const adapter = new CloudAdapter(
      new ConfigurationBotFrameworkAuthentication({}, new ConfigurationServiceClientCredentialFactory({})),
    );
    worker = new DeliveryWorker({
      outbox,
      notices,
      transport: new ProactiveTransport(adapter),
      references: async (key) => ({
        channelId: 'msteams',
        serviceUrl: connector.url,
        conversation: { id: key.replace('user:', 'conv-'), tenantId: 't' },
        bot: { id: '28:bench' },
      }),
      render: (nt, d) => ({ summary: nt.title, text: nt.title, alert: true, deliveryId: d.id }),
      startDue: async () => undefined,
      log,
      tenantPerSecond: ceiling,
      batch: 250,
      concurrency: 16,
      pollMs: 200,
    });
    const t1 = performance.now();
    worker.start();
    let last = 0;
    let lastAt = t1;
    while (connector.byConversation.size < n) {
      await sleep(50);
      if (connector.total !== last) [last, lastAt] = [connector.total, performance.now()];
      if (performance.now() - lastAt > 30_000) break; // stalled: report what arrived
    }
    const seconds = (lastAt - t1) / 1000;
    for (let i = 0; i < 100 && (await outbox.hasOpen(notice.id)); i += 1) await sleep(200);
    await worker.stop();
    const progress = await outbox.progress(notice.id);
    const rate = connector.total / seconds;
    const liveHeap = heapAfterFullGc();
    const lost = n - connector.byConversation.size - progress.failed - progress.unreachable;
    return [
      { name: `broadcast: enqueue ${n} deliveries (embedded Cosmos)`, value: enqueueMs / 1000, unit: 's' },
      { name: `broadcast: delivered/s (tenant ceiling ${ceiling}/s)`, value: rate, unit: 'msg/s' },
      { name: 'broadcast: delivered/s ÷ tenant ceiling', value: rate / ceiling, unit: '×', target: '≥ 0.95' },
      { name: 'broadcast: 429 answers received', value: connector.throttled, unit: '' },
      { name: 'broadcast: duplicates', value: connector.duplicates, unit: '', target: '0' },
      { name: 'broadcast: lost (neither delivered nor failed)', value: lost, unit: '', target: '0' },
      {
        name: 'broadcast: peak RSS of the sending process',
        value: peakRss / 1024 / 1024,
        unit: 'MB',
        target: '< 250 MB',
      },
      // Peak RSS is mostly V8 letting garbage pile up (the connector client allocates ~36 KB per send);
      // what stays alive after a full collection shows there is no leak. NODE_OPTIONS=--max-old-space-size=128
      // keeps the peak near 180 MB.
      { name: 'broadcast: live heap after a full GC', value: liveHeap, unit: 'MB' },
    ];
  } finally {
    clearInterval(sampler);
    await worker?.stop();
    await connector.stop();
    await store.close();
    cosmos.child.kill('SIGTERM');
  }
}

/** heapUsed after a forced full collection (gc exposed at run time, for this figure only). */
function heapAfterFullGc(): number {
  v8.setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

async function cosmosInChild(): Promise<{ endpoint: string; key: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/cosmosServer.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`embedded Cosmos exited with ${code}`)));
  });
  return { ...(JSON.parse(line) as { endpoint: string; key: string }), child };
}
