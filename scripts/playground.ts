/**
 * `npm run playground`: the Microsoft 365 Agents Playground (a local Teams-like client with a mocked
 * connector) against the local bot. Start Silta first (`npm start`), then run this and open the URL.
 * Telemetry off, bound to 127.0.0.1 (the Playground has no host option: a preload adds the host to listen()).
 * `-- --as staff|liaison|coordinator` picks who is at the keyboard (default staff).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PEOPLE, playgroundConfig } from './playgroundConfig';

type Role = 'staff' | 'liaison' | 'coordinator';

function roleFromArgs(args: readonly string[]): Role {
  const i = args.indexOf('--as');
  const role = i >= 0 ? args[i + 1] : 'staff';
  if (role === 'staff' || role === 'liaison' || role === 'coordinator') return role;
  console.error(`--as must be staff, liaison or coordinator (got "${String(role)}")`);
  process.exit(2);
}

const root = path.resolve(__dirname, '..');
const botPort = process.env.PORT ?? '3978';
const port = process.env.PLAYGROUND_PORT ?? '56150';
const work = path.join(root, '.e2e', 'playground');
mkdirSync(work, { recursive: true });
const role = roleFromArgs(process.argv.slice(2));
const configPath = path.join(work, `.m365agentsplayground-${role}.yml`);
writeFileSync(configPath, playgroundConfig(PEOPLE[role], '28:silta'));

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
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
      M365_AGENTS_PLAYGROUND_LOGFILE:
        process.env.M365_AGENTS_PLAYGROUND_LOGFILE ?? path.join(work, 'playground.log'),
    },
  },
);
console.log(
  `Agents Playground: http://127.0.0.1:${port} as ${PEOPLE[role].name} (${role}); bot at http://127.0.0.1:${botPort}/api/messages`,
);
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
