/**
 * `npm run playground`: the Microsoft 365 Agents Playground (a local Teams-like client with a mocked
 * connector) against the local bot. Start Silta first (`npm start`), then run this and open the URL.
 * Telemetry off, bound to 127.0.0.1 (the Playground has no host option: a preload adds the host to listen()).
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const botPort = process.env.PORT ?? '3978';
const port = process.env.PLAYGROUND_PORT ?? '56150';
const work = path.join(root, '.e2e', 'playground');
mkdirSync(work, { recursive: true });

const preload = path.join(root, 'scripts', 'bind-localhost.cjs');

const cli = path.join(root, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
const child = spawn(
  process.execPath,
  ['-r', preload, cli, '-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '--dt', '-p', port],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      TEAMSAPPTESTER_BROWSER: process.env.TEAMSAPPTESTER_BROWSER ?? 'none',
      M365_AGENTS_PLAYGROUND_LOGFILE:
        process.env.M365_AGENTS_PLAYGROUND_LOGFILE ?? path.join(work, 'playground.log'),
    },
  },
);
console.log(`Agents Playground: http://127.0.0.1:${port} (bot at http://127.0.0.1:${botPort}/api/messages)`);
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
