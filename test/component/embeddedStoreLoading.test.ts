import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../support/freePort';

const ROOT = path.resolve(__dirname, '../..');
const REPORT = path.join(ROOT, 'test', 'fixtures', 'loaded-modules', 'report.cjs');
const TENANT = 'c0ffee00-0000-4000-8000-000000000001';

/**
 * Starts the real Silta process with `env` until its storage start-up has run (its log says `logLine`),
 * stops it with SIGTERM and returns everything it printed, with the preloaded report of loaded modules.
 */
async function runUntil(env: Record<string, string>, logLine: string): Promise<string> {
  const child = spawn(process.execPath, ['--require', REPORT, '--import', 'tsx', 'src/index.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(logLine)) resolve();
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    void exited.then(() => resolve());
  });
  child.kill('SIGTERM');
  await exited;
  return output;
}

describe('The embedded Cosmos server package (@vercel/cosmosdb-server, a dev dependency)', () => {
  it('When Silta starts in production with COSMOS_ENDPOINT, then the embedded server package is never loaded', async () => {
    const output = await runUntil(
      {
        NODE_ENV: 'production',
        PORT: String(await freePort()),
        BOT_ID: 'b0b0b0b0-0000-4000-8000-000000000001',
        BOT_PASSWORD: 'not-a-real-secret',
        BOT_TENANT_ID: TENANT,
        ALLOWED_TENANT_IDS: TENANT,
        COSMOS_ENDPOINT: `https://127.0.0.1:${await freePort()}/`,
        COSMOS_KEY: 'bm90LWEtcmVhbC1rZXk=',
        SEED_DEMO_DATA: 'false',
      },
      'COSMOS_UNREACHABLE',
    );

    expect(output).toContain('COSMOS_UNREACHABLE');
    expect(output).toContain('@vercel/cosmosdb-server loaded: false');
  }, 60_000);

  it('When COSMOS_ENDPOINT is unset (local use), then Silta loads it and starts the embedded store', async () => {
    const output = await runUntil(
      { PORT: String(await freePort()), ALLOW_ANONYMOUS: 'true' },
      'storage ready',
    );

    expect(output).toContain('storage ready');
    expect(output).toContain('@vercel/cosmosdb-server loaded: true');
  }, 60_000);
});
