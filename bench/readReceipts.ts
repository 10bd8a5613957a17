import http from 'node:http';
import { openCosmosStore } from '../src/infra/cosmos/store';
import { deliveryId } from '../src/infra/delivery/outbox';
import { ReadMarks } from '../src/infra/delivery/readMarks';
import { createLogger } from '../src/infra/logger';
import { NoticeRepository } from '../src/infra/noticeRepository';
import { sendingNotice } from '../test/support/broadcast';
import { cosmosInChild, countingConnector, percentile, serveArgs, spawnServer, type Row } from './lib';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const aadOf = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

/**
 * Issue 16: read receipts. One notice sent to N people (BENCH_RECEIPTS_N, default 10,000), each in a
 * personal chat of their own, then N read receipts (the event Teams sends) posted over HTTP to one
 * real Silta process at BENCH_RECEIPTS_RPS (default 200/s), on a Cosmos-protocol server in a process
 * of its own. Prints the receipt turn's latency, the rate kept, and the report's read count at the
 * end against N. Asserts nothing.
 */
export async function benchReadReceipts(): Promise<Row[]> {
  const n = Number(process.env.BENCH_RECEIPTS_N ?? 10_000);
  // (the warm-up's receipts come from people n … n + 1,999, who got nothing)
  const perSecond = Number(process.env.BENCH_RECEIPTS_RPS ?? 200);
  const database = 'bench-receipts';
  const log = createLogger(process.env.BENCH_LOG_LEVEL ?? 'silent');
  const cosmos = await cosmosInChild();
  const store = await openCosmosStore({ database, endpoint: cosmos.endpoint, key: cosmos.key }, log);
  await store.ensureSchema();
  const connector = await countingConnector();
  let silta: Awaited<ReturnType<typeof spawnServer>> | undefined;
  try {
    // The notice as the engine leaves it: sent, each delivery with its message's id (Teams' ids are
    // the message's time in epoch ms).
    const notice = { ...sendingNotice('Lukukuittaukset', { aadObjectId: 'bench', name: 'Bench' }) };
    const startedAt = Date.now() - 600_000;
    await new NoticeRepository(store).create({
      ...notice,
      state: 'sent',
      startedAt: new Date(startedAt).toISOString(),
    });
    const deliveries = store.container('deliveries');
    const messageIdOf = (i: number) => String(startedAt + 1_000 + i);
    for (let i = 0; i < n; i += 32) {
      await Promise.all(
        Array.from({ length: Math.min(32, n - i) }, (_, j) => {
          const key = `user:${aadOf(i + j)}`;
          return deliveries.items.create({
            id: deliveryId(notice.id, key),
            pk: notice.id,
            recipientKey: key,
            kind: 'user',
            state: 'sent',
            attempts: 1,
            nextAttemptAt: 0,
            sentAt: new Date(startedAt + 1_000 + i + j).toISOString(),
            activityId: messageIdOf(i + j),
          });
        }),
      );
    }
    silta = await spawnServer(serveArgs(), {
      NODE_ENV: 'development',
      ALLOW_ANONYMOUS: 'true',
      COSMOS_ENDPOINT: cosmos.endpoint,
      COSMOS_KEY: cosmos.key,
      COSMOS_DATABASE: database,
      SEED_DEMO_DATA: 'true',
      LOG_LEVEL: 'error',
    });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
    const receipt = (i: number) =>
      JSON.stringify({
        type: 'event',
        name: 'application/vnd.microsoft.readReceipt',
        id: `r-${i}`,
        channelId: 'msteams',
        serviceUrl: connector.url,
        locale: 'fi-FI',
        from: { id: `29:reader-${i}`, aadObjectId: aadOf(i), name: 'Lukija' },
        recipient: { id: '28:bot', name: 'Silta' },
        conversation: { id: `a:personal-${i}`, conversationType: 'personal', tenantId: 'bench-tenant' },
        value: { lastReadMessageId: messageIdOf(i) },
      });
    const latencies: number[] = [];
    let errors = 0;
    const post = (i: number) =>
      new Promise<void>((resolve) => {
        const t0 = performance.now();
        const req = http.request(
          `${silta!.url}/api/messages`,
          { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
          (res) => {
            res.resume();
            res.on('end', () => {
              if ((res.statusCode ?? 500) >= 300) errors += 1;
              latencies.push(performance.now() - t0);
              resolve();
            });
          },
        );
        req.on('error', () => {
          errors += 1;
          resolve();
        });
        req.end(receipt(i));
      });
    // Warm-up: receipts of people who got nothing (they mark nothing), until the process answers a
    // batch promptly (start-up work and the JIT are not the receipt turn).
    for (let round = 0; round < 20; round += 1) {
      const t0 = performance.now();
      for (let i = 0; i < 100; i += 10)
        await Promise.all(Array.from({ length: 10 }, (_, j) => post(n + round * 100 + i + j)));
      if (performance.now() - t0 < 2_000) break;
    }
    latencies.length = 0;
    errors = 0;
    // Paced as Teams would post them: the i-th receipt at i / rate seconds, whatever the answers do.
    const started = performance.now();
    const turns: Array<Promise<void>> = [];
    for (let i = 0; i < n; i += 1) {
      const due = started + (i * 1000) / perSecond;
      if (due > performance.now()) await sleep(due - performance.now());
      turns.push(post(i));
    }
    const postedIn = (performance.now() - started) / 1000;
    await Promise.all(turns);
    const answeredIn = (performance.now() - started) / 1000;
    agent.destroy();
    // The report's count (each receipt is recorded within its turn; the card redraw is throttled).
    const counts = await new ReadMarks(store).counts(notice.id);
    latencies.sort((a, b) => a - b);
    return [
      {
        name: `read receipts: ${n} posted at ${perSecond}/s, rate kept`,
        value: n / postedIn,
        unit: 'receipts/s',
      },
      { name: 'read receipts: all answered after', value: answeredIn, unit: 's' },
      { name: 'read receipts: receipt turn p50 (over HTTP)', value: percentile(latencies, 50), unit: 'ms' },
      { name: 'read receipts: receipt turn p95', value: percentile(latencies, 95), unit: 'ms' },
      { name: 'read receipts: receipt turn p99', value: percentile(latencies, 99), unit: 'ms' },
      { name: 'read receipts: turns answered other than 200', value: errors, unit: '', target: '0' },
      {
        name: `read receipts: report's read count at the end (of ${n})`,
        value: counts.read,
        unit: '',
        target: String(n),
      },
    ];
  } finally {
    await silta?.stop();
    await connector.close();
    await store.close();
    cosmos.child.kill('SIGTERM');
  }
}
