import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { message, post } from '../support/activities';
import { freePort } from '../support/freePort';

const ROOT = path.resolve(__dirname, '../..');

function startProcess(
  env: Record<string, string>,
  nodeArgs: string[] = [],
): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/index.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** A connector that holds each reply for `delayMs` before answering, so a turn stays in flight. */
async function slowConnector(delayMs: number) {
  const received: string[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () =>
      setTimeout(() => {
        received.push(body);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ id: 'a-1' }));
      }, delayMs),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function untilHealthy(url: string, output: () => string): Promise<void> {
  for (let i = 0; ; i += 1) {
    const healthy = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return;
    if (i > 300) throw new Error(`not healthy: ${output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The JSON log lines with `code`, waiting for the first of them a little while. */
async function logLines(output: () => string, code: string): Promise<Array<Record<string, unknown>>> {
  for (let i = 0; i < 100 && !output().includes(`"code":"${code}"`); i += 1) {
    await new Promise((r) => setTimeout(r, 50));
  }
  return output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.code === code);
}

/** Makes the process drop a rejected promise or throw outside any handler while a turn replies. */
const FAULT = ['--require', path.join(ROOT, 'test/fixtures/process/fault.cjs')];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('The Silta process', () => {
  it('When a setting is wrong, then it stops with one line that names the variable and what is expected', async () => {
    const proc = startProcess({ PORT: 'eighty' });
    expect(await proc.exited).toBe(1);
    const lines = proc.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/PORT/);
    expect(lines[0]).toMatch(/expected/i);
  });

  it('When NODE_ENV=production has no BOT_ID, then it refuses to start', async () => {
    const proc = startProcess({
      NODE_ENV: 'production',
      COSMOS_ENDPOINT: 'https://x.documents.azure.com:443/',
      COSMOS_KEY: 'k',
    });
    expect(await proc.exited).toBe(1);
    expect(proc.output()).toMatch(/BOT_ID/);
  });

  it('When neither BOT_ID nor ALLOW_ANONYMOUS is set, then it refuses to start with one line saying what to set', async () => {
    const proc = startProcess({ PORT: '0' });
    expect(await proc.exited).toBe(1);
    const lines = proc.output().trim().split('\n');
    expect(lines).toEqual([expect.stringMatching(/^CONFIG_INVALID BOT_ID: .*ALLOW_ANONYMOUS=true/)]);
  });

  it('When ALLOW_ANONYMOUS=true meets App Service variables, then it refuses to start and names them', async () => {
    const proc = startProcess({ PORT: '0', ALLOW_ANONYMOUS: 'true', WEBSITE_SITE_NAME: 'silta-prod' });
    expect(await proc.exited).toBe(1);
    expect(proc.output().trim().split('\n')).toEqual([
      expect.stringMatching(/^CONFIG_INVALID ALLOW_ANONYMOUS: .*App Service \(WEBSITE_SITE_NAME is set\)/),
    ]);
  });

  it('When anonymous mode is asked for, then Silta listens on 127.0.0.1 only; with BOT_ID on every interface', async () => {
    // On Linux all of 127.0.0.0/8 reaches this host: a server bound to 0.0.0.0 answers on 127.0.0.2,
    // one bound to 127.0.0.1 does not. The BOT_ID process is the control that the probe can see it.
    const healthyOn = async (host: string, port: number) =>
      fetch(`http://${host}:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
    const start = async (env: Record<string, string>) => {
      const port = await freePort();
      const proc = startProcess({ PORT: String(port), ...env });
      for (let i = 0; !(await healthyOn('127.0.0.1', port)); i += 1) {
        if (i > 300) throw new Error(`not healthy: ${proc.output()}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return { proc, port };
    };
    const anonymous = await start({ ALLOW_ANONYMOUS: 'true' });
    const authenticated = await start({
      BOT_ID: '3f1b1f0e-1111-2222-3333-444444444444',
      BOT_PASSWORD: 'not-a-real-secret',
      BOT_TENANT_ID: 'aaaaaaaa-1111-2222-3333-444444444444',
    });
    try {
      expect(await healthyOn('127.0.0.2', anonymous.port)).toBe(false);
      expect(await healthyOn('127.0.0.2', authenticated.port)).toBe(true);
      expect(anonymous.proc.output()).toContain('listens on 127.0.0.1 only');
    } finally {
      anonymous.proc.child.kill('SIGKILL');
      authenticated.proc.child.kill('SIGKILL');
    }
  });

  it('When storage is down at start, then /healthz says 503, turns get 503, the log says why, and the process keeps retrying', async () => {
    const port = await freePort();
    const proc = startProcess({
      PORT: String(port),
      ALLOW_ANONYMOUS: 'true',
      COSMOS_ENDPOINT: 'https://127.0.0.1:1/',
      COSMOS_KEY: Buffer.from('not a real key').toString('base64'),
    });
    const url = `http://127.0.0.1:${port}`;
    try {
      let health: Response | undefined;
      for (let i = 0; !health; i += 1) {
        health = await fetch(`${url}/healthz`).catch(() => undefined);
        if (i > 300) throw new Error(`no answer: ${proc.output()}`);
        if (!health) await new Promise((r) => setTimeout(r, 50));
      }
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'unavailable', storage: 'unreachable' });
      expect((await post(url, message('apua', { serviceUrl: 'http://127.0.0.1:9/' }))).status).toBe(503);
      await new Promise((r) => setTimeout(r, 2500));
      expect(proc.child.exitCode).toBeNull();
      expect(proc.output().match(/COSMOS_UNREACHABLE/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(proc.output()).not.toContain('Discarded returned value');
    } finally {
      proc.child.kill('SIGKILL');
    }
  });

  it('When SIGTERM arrives during a turn, then the turn finishes, new turns get 503, and the process exits 0', async () => {
    const port = await freePort();
    const connector = await slowConnector(800);
    const proc = startProcess({ PORT: String(port), ALLOW_ANONYMOUS: 'true' });
    const url = `http://127.0.0.1:${port}`;
    try {
      for (let i = 0; ; i += 1) {
        const healthy = await fetch(`${url}/healthz`).then(
          (r) => r.ok,
          () => false,
        );
        if (healthy) break;
        if (i > 300) throw new Error(`not healthy: ${proc.output()}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      const inFlight = post(url, message('apua', { serviceUrl: connector.url }));
      await new Promise((r) => setTimeout(r, 200));
      proc.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 100));
      const refused = await post(url, message('apua', { serviceUrl: connector.url })).catch(() => ({
        status: 0,
      }));
      expect([0, 503]).toContain(refused.status);
      expect((await inFlight).status).toBe(200);
      expect(await proc.exited).toBe(0);
      expect(connector.received).toHaveLength(1);
      expect(connector.received[0]).toContain('Näin Silta auttaa');
    } finally {
      proc.child.kill('SIGKILL');
      await connector.close();
    }
  });

  it("When a promise fails during a turn and nothing awaits it, then the log has UNHANDLED_REJECTION with the turn's correlation id and the process keeps serving", async () => {
    const port = await freePort();
    const connector = await slowConnector(0);
    const proc = startProcess(
      { PORT: String(port), ALLOW_ANONYMOUS: 'true', SILTA_TEST_FAULT: 'rejection' },
      FAULT,
    );
    const url = `http://127.0.0.1:${port}`;
    try {
      await untilHealthy(url, proc.output);
      expect((await post(url, message('apua', { serviceUrl: connector.url }))).status).toBe(200);
      const [line, ...more] = await logLines(proc.output, 'UNHANDLED_REJECTION');
      expect(more).toHaveLength(0);
      expect(line).toMatchObject({
        level: 50,
        code: 'UNHANDLED_REJECTION',
        err: { message: 'a dropped promise (test fault)' },
      });
      expect(line!.correlationId).toMatch(UUID);
      expect(line!.msg).toMatch(/^UNHANDLED_REJECTION .*await or catch it/);
      expect((await post(url, message('apua', { serviceUrl: connector.url }))).status).toBe(200);
      expect(proc.child.exitCode).toBeNull();
      expect(connector.received.filter((body) => body.includes('Näin Silta auttaa'))).toHaveLength(2);
    } finally {
      proc.child.kill('SIGKILL');
      await connector.close();
    }
  });

  it('When an exception escapes every handler during a turn, then the log has UNCAUGHT_EXCEPTION with the correlation id and the process exits 1 (App Service restarts it)', async () => {
    const port = await freePort();
    const connector = await slowConnector(0);
    const proc = startProcess(
      { PORT: String(port), ALLOW_ANONYMOUS: 'true', SILTA_TEST_FAULT: 'exception' },
      FAULT,
    );
    const url = `http://127.0.0.1:${port}`;
    try {
      await untilHealthy(url, proc.output);
      await post(url, message('apua', { serviceUrl: connector.url })).catch(() => undefined);
      expect(await proc.exited).toBe(1);
      const [line] = await logLines(proc.output, 'UNCAUGHT_EXCEPTION');
      expect(line).toMatchObject({
        level: 60,
        code: 'UNCAUGHT_EXCEPTION',
        err: { message: 'an escaped exception (test fault)' },
      });
      expect(line!.correlationId).toMatch(UUID);
    } finally {
      proc.child.kill('SIGKILL');
      await connector.close();
    }
  });
});
