import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Recipient } from '../src/domain/notices';
import { ConversationRepository } from '../src/infra/conversationRepository';
import { openCosmosStore } from '../src/infra/cosmos/store';
import { Outbox } from '../src/infra/delivery/outbox';
import { createLogger } from '../src/infra/logger';
import { NoticeRepository } from '../src/infra/noticeRepository';
import { sendingNotice, subscribers } from '../test/support/broadcast';
import { RateLimitedConnector } from '../test/support/rateLimitedConnector';
import { ROOT, spawnServer, serveArgs, type Row } from './lib';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One notice to N recipients in N conversations (BENCH_BROADCAST_N, default 10,000), sent by a real
 * Silta process (the production build, its own delivery worker, DELIVERY_TENANT_RPS = the ceiling)
 * against a local connector that enforces the Teams limits (7/s per conversation, the tenant ceiling
 * BENCH_TENANT_RPS, default 50/s) and counts duplicates. The benchmark fills the outbox and the
 * conversation references in a Cosmos-protocol server of its own process; Silta's peak RSS is the
 * kernel's high-water mark (VmHWM). 10,000 at 50/s takes about 200 s. Prints figures; asserts nothing.
 */
export async function benchBroadcast(): Promise<Row[]> {
  const n = Number(process.env.BENCH_BROADCAST_N ?? 10_000);
  const ceiling = Number(process.env.BENCH_TENANT_RPS ?? 50);
  const database = 'bench-broadcast';
  const log = createLogger(process.env.BENCH_LOG_LEVEL ?? 'silent');
  const cosmos = await cosmosInChild();
  const store = await openCosmosStore({ database, endpoint: cosmos.endpoint, key: cosmos.key }, log);
  await store.ensureSchema();
  const notices = new NoticeRepository(store);
  const outbox = new Outbox(store);
  const connector = await new RateLimitedConnector({
    perConversationPerSecond: 7,
    perTenantPerSecond: ceiling,
  }).start();
  let silta: Awaited<ReturnType<typeof spawnServer>> | undefined;
  try {
    const notice = sendingNotice('Benchmark', { aadObjectId: 'bench', name: 'Bench' });
    const recipients = subscribers(n);
    await saveReferences(new ConversationRepository(store), recipients, connector.url);
    silta = await spawnServer(serveArgs(), {
      NODE_ENV: 'development',
      ALLOW_ANONYMOUS: 'true',
      COSMOS_ENDPOINT: cosmos.endpoint,
      COSMOS_KEY: cosmos.key,
      COSMOS_DATABASE: database,
      DELIVERY_TENANT_RPS: String(ceiling),
      LOG_LEVEL: 'error',
    });
    await sleep(2000);
    const idle = memoryOf(silta.child.pid);
    // As the notice service does: the deliveries first, then the notice turns to "sending".
    const t0 = performance.now();
    await outbox.enqueue(notice.id, recipients, 0);
    const enqueueMs = performance.now() - t0;
    // The rate counts from the moment the notice is being sent (the enqueue has its own row).
    await notices.create(notice);
    const t1 = performance.now();
    let last = 0;
    let lastAt = t1;
    while (connector.byConversation.size < n) {
      await sleep(50);
      if (connector.total !== last) [last, lastAt] = [connector.total, performance.now()];
      if (performance.now() - lastAt > 30_000) break; // stalled: report what arrived
    }
    const seconds = (lastAt - t1) / 1000;
    for (let i = 0; i < 100 && (await outbox.hasOpen(notice.id)); i += 1) await sleep(200);
    const memory = memoryOf(silta.child.pid);
    await silta.stop();
    const progress = await outbox.progress(notice.id);
    const rate = connector.total / seconds;
    const lost = n - connector.byConversation.size - progress.failed - progress.unreachable;
    return [
      { name: `broadcast: enqueue ${n} deliveries (embedded Cosmos)`, value: enqueueMs / 1000, unit: 's' },
      { name: `broadcast: delivered/s (tenant ceiling ${ceiling}/s)`, value: rate, unit: 'msg/s' },
      { name: 'broadcast: delivered/s ÷ tenant ceiling', value: rate / ceiling, unit: '×', target: '≥ 0.95' },
      {
        name: 'broadcast: first message out after (worker poll + first claim)',
        value: ((connector.arrivals[0] ?? NaN) - t1) / 1000,
        unit: 's',
      },
      {
        name: 'broadcast: the last 1 % of deliveries took (retries after 429)',
        value: tailSeconds(connector.arrivals, n, lastAt),
        unit: 's',
      },
      { name: 'broadcast: 429 answers received', value: connector.throttled, unit: '' },
      { name: 'broadcast: duplicates', value: connector.duplicates, unit: '', target: '0' },
      { name: 'broadcast: lost (neither delivered nor failed)', value: lost, unit: '', target: '0' },
      {
        name: 'broadcast: peak RSS of the Silta process (VmHWM)',
        value: memory.peakMb,
        unit: 'MB',
        target: '< 250 MB',
      },
      {
        name: 'broadcast: RSS of the Silta process idle, before the broadcast',
        value: idle.nowMb,
        unit: 'MB',
      },
      { name: 'broadcast: RSS of the Silta process at the end', value: memory.nowMb, unit: 'MB' },
    ];
  } finally {
    await silta?.stop();
    await connector.stop();
    await store.close();
    cosmos.child.kill('SIGTERM');
  }
}

/** Seconds from the moment 99 % of the recipients had their message to the last arrival. */
function tailSeconds(arrivals: readonly number[], n: number, lastAt: number): number {
  const at99 = arrivals[Math.ceil(0.99 * n) - 1];
  return at99 === undefined ? NaN : (lastAt - at99) / 1000;
}

/** One stored conversation reference per recipient, pointing at the local connector. */
async function saveReferences(
  conversations: ConversationRepository,
  recipients: Recipient[],
  serviceUrl: string,
): Promise<void> {
  const now = new Date();
  for (let i = 0; i < recipients.length; i += 32) {
    await Promise.all(
      recipients.slice(i, i + 32).map((r) =>
        conversations.save(
          r.key,
          {
            channelId: 'msteams',
            serviceUrl,
            conversation: { id: r.key.replace('user:', 'conv-'), tenantId: 't' },
            bot: { id: '28:bench' },
            locale: 'fi-FI',
          },
          now,
        ),
      ),
    );
  }
}

/** Peak and current resident set of a process, from /proc (Linux). */
function memoryOf(pid: number | undefined): { peakMb: number; nowMb: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { peakMb: kb('VmHWM') / 1024, nowMb: kb('VmRSS') / 1024 };
  } catch {
    return { peakMb: NaN, nowMb: NaN };
  }
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
