import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { freePort } from '../test/support/freePort';

export const ROOT = path.resolve(__dirname, '..');

export interface Row {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export interface Spawned {
  child: ChildProcess;
  url: string;
  msToHealthy: number;
  stop(): Promise<void>;
}

/** The node arguments of `npm run serve` (the production start: its memory budget included). */
export function serveArgs(): string[] {
  const pkg = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { scripts: { serve: string } };
  const [node, ...args] = pkg.scripts.serve.split(/\s+/);
  if (node !== 'node') throw new Error(`expected "npm run serve" to run node, not ${node}`);
  return args;
}

/** Starts a server process and waits until GET /healthz answers 200. */
export async function spawnServer(
  args: string[],
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<Spawned> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      // A load generator is no person: 50 users at hundreds of turns/s would be refused by the per-user
      // limits. The limiter still runs on every turn.
      INBOUND_USER_LIMITS: '99999/1s',
      INBOUND_CONVERSATION_LIMITS: '99999/1s',
      ...env,
      PORT: String(port),
      LOG_LEVEL: env.LOG_LEVEL ?? 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if (performance.now() - started > timeoutMs) throw new Error(`server not healthy within ${timeoutMs} ms`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  const msToHealthy = performance.now() - started;
  return {
    child,
    url,
    msToHealthy,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(); // exited, or killed
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** A Teams connector stand-in that answers every bot reply with 200 and counts them. */
export async function countingConnector(): Promise<{
  url: string;
  count: () => number;
  close(): Promise<void>;
}> {
  let count = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      count += 1;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: `a-${count}` }));
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    count: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface LoadResult {
  turnsPerSecond: number;
  p50: number;
  p95: number;
  errors: number;
}

/** Posts `total` activities at `concurrency` and measures whole-turn latency (request → HTTP response). */
export async function runLoad(
  url: string,
  makeActivity: (i: number) => unknown,
  total: number,
  concurrency: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      const i = next++;
      const t0 = performance.now();
      const res = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(makeActivity(i)),
      });
      await res.arrayBuffer();
      if (res.status >= 300) errors += 1;
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    turnsPerSecond: total / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    errors,
  };
}

export function messageActivity(text: string, serviceUrl: string, i: number, locale = 'fi-FI') {
  const userId = `user-${i % 50}`;
  return {
    type: 'message',
    id: `m-${i}`,
    channelId: 'msteams',
    serviceUrl,
    locale,
    text,
    from: {
      id: `29:${userId}`,
      aadObjectId: `00000000-0000-0000-0000-${String(i % 50).padStart(12, '0')}`,
      name: 'Bench',
    },
    recipient: { id: '28:bot', name: 'Silta' },
    conversation: { id: `a:conv-${i % 50}`, conversationType: 'personal', tenantId: 'bench-tenant' },
  };
}

/** A person in a benchmark's personal chat. */
export interface BenchUser {
  id: string;
  aadObjectId: string;
  name: string;
}

/** An Adaptive Card Action.Execute from `from`'s personal chat, as Teams posts it. */
export function cardActionInvoke(
  serviceUrl: string,
  from: BenchUser,
  verb: string,
  data: Record<string, unknown>,
  i: number,
) {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: `inv-${i}`,
    channelId: 'msteams',
    serviceUrl,
    locale: 'fi-FI',
    from,
    recipient: { id: '28:bot', name: 'Silta' },
    conversation: {
      id: `a:personal-${from.aadObjectId}`,
      conversationType: 'personal',
      tenantId: 'bench-tenant',
    },
    value: { action: { type: 'Action.Execute', verb, data: { verb, ...data } }, trigger: 'manual' },
  };
}

export function printTable(title: string, rows: Row[]): void {
  const fmt = (v: number) =>
    Number.isInteger(v) ? String(v) : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
  const lines = rows.map((r) => [r.name, `${fmt(r.value)} ${r.unit}`, r.target ?? '']);
  const widths = [0, 1, 2].map((c) =>
    Math.max(...lines.map((l) => l[c]!.length), ['measure', 'value', 'target'][c]!.length),
  );
  const line = (cells: string[]) => `| ${cells.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  console.log(`\n${title}\n`);
  console.log(line(['measure', 'value', 'target']));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const l of lines) console.log(line(l));
}

/** The embedded Cosmos-protocol server in a process of its own (bench/cosmosServer.ts). */
export async function cosmosInChild(): Promise<{ endpoint: string; key: string; child: ChildProcess }> {
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
