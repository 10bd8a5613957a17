/**
 * npm run fuzz [-- --count 10000 --seed 1 --seconds 600]: starts a real Silta process (embedded store,
 * demo data, anonymous mode on 127.0.0.1) and a local connector, sends seeded malformed activities and
 * card payloads (test/support/fuzz.ts) and prints the answers by status, every 5xx other than 503,
 * whether the process survived, and its RSS before and after. Exits 1 on a 500 or a crash.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { runFuzz } from '../test/support/fuzz';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const count = arg('count', 10_000);
const seed = arg('seed', 1);
const seconds = arg('seconds', 600);

const rssMb = (pid: number) => {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kb ? Math.round(Number(kb) / 1024) : NaN;
};

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function main(): Promise<void> {
  // The connector: answers every send with 200.
  const connector = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      res.end('{"id":"a-1"}');
    });
  });
  const connectorPort = await listen(connector);
  const probe = http.createServer();
  const port = await listen(probe);
  await new Promise<void>((resolve) => probe.close(() => resolve()));

  const child = spawn(process.execPath, ['--max-old-space-size=192', '--import', 'tsx', 'src/index.ts'], {
    cwd: path.resolve(__dirname, '..'),
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: String(port),
      LOG_LEVEL: 'error',
      ALLOW_ANONYMOUS: 'true',
      // The fuzz is about shapes, not rates: the per-user limits would answer most of it with 429.
      INBOUND_USER_LIMITS: '99999/1s',
      INBOUND_CONVERSATION_LIMITS: '99999/1s',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Errors the turn's error handler caught (the user got the polite error card): counted by message.
  const turnErrors = new Map<string, number>();
  let pending = '';
  child.stdout!.on('data', (c: Buffer) => {
    const lines = (pending + c.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.includes('TURN_FAILED')) continue;
      const message = /"message":"([^"]{0,160})/.exec(line)?.[1] ?? 'unknown';
      turnErrors.set(message, (turnErrors.get(message) ?? 0) + 1);
    }
  });
  let exited: number | null | undefined;
  child.on('exit', (code) => (exited = code));
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  while (
    (await fetch(`${url}/healthz`)
      .then((r) => r.status)
      .catch(() => 0)) !== 200
  ) {
    if (exited !== undefined || Date.now() - started > 60_000)
      throw new Error(`Silta did not start\n${stderr}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const before = rssMb(child.pid!);
  const t0 = Date.now();
  const result = await runFuzz({
    url,
    serviceUrl: `http://127.0.0.1:${connectorPort}/`,
    count,
    seed,
    seconds,
  });
  const healthy =
    (await fetch(`${url}/healthz`)
      .then((r) => r.status)
      .catch(() => 0)) === 200;
  const crashed = exited !== undefined || !healthy;
  const after = crashed ? NaN : rssMb(child.pid!);
  const http500 = result.serverErrors.filter((e) => e.status === 500).length;
  console.log(
    JSON.stringify(
      {
        seed,
        sent: result.sent,
        seconds: Math.round((Date.now() - t0) / 100) / 10,
        statuses: result.statuses,
        http500,
        otherServerErrors: result.serverErrors.length - http500,
        noAnswer: result.noAnswer,
        crashes: crashed ? 1 : 0,
        turnErrorsCaught: [...turnErrors.values()].reduce((a, b) => a + b, 0),
        rssBeforeMb: before,
        rssAfterMb: after,
      },
      null,
      2,
    ),
  );
  for (const [message, n] of [...turnErrors].slice(0, 10)) console.log(`turn error ×${n}: ${message}`);
  for (const e of result.serverErrors.slice(0, 10)) console.log(`${e.status} ${e.body}\n  ← ${e.request}`);
  child.kill('SIGTERM');
  connector.close();
  process.exitCode = http500 > 0 || crashed || result.serverErrors.length > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
