import {
  countingConnector,
  messageActivity,
  runLoad,
  spawnServer,
  serveArgs,
  type LoadResult,
  type Row,
} from './lib';

const TURNS = 1000;
const CONCURRENCY = 16;
/** Turns run before the warm measurement: V8 keeps optimising the hot paths for about this long. */
const WARM_UP = 2000;

interface Measured {
  msToHealthy: number;
  /** The first TURNS turns after start: the JIT still compiling (what the first users of the day see). */
  cold: LoadResult;
  /** TURNS turns after WARM_UP more: the steady state of a running server. */
  warm: LoadResult;
}

async function measure(args: string[], serviceUrl: string): Promise<Measured> {
  const server = await spawnServer(args, { NODE_ENV: 'development', ALLOW_ANONYMOUS: 'true' });
  try {
    const apua = (i: number) => messageActivity('apua', serviceUrl, i);
    const cold = await runLoad(server.url, apua, TURNS, CONCURRENCY);
    await runLoad(server.url, apua, WARM_UP, CONCURRENCY);
    const warm = await runLoad(server.url, apua, TURNS, CONCURRENCY);
    if (cold.errors + warm.errors > 0) throw new Error(`${cold.errors + warm.errors} turns failed`);
    return { msToHealthy: server.msToHealthy, cold, warm };
  } finally {
    await server.stop();
  }
}

/**
 * Issue 2: time to healthy, and `apua` turns over HTTP against a bare botbuilder echo bot started the
 * same way, both measured cold (right after start) and warm (after the same warm-up).
 */
export async function benchFoundation(): Promise<Row[]> {
  const connector = await countingConnector();
  try {
    const silta = await measure(serveArgs(), connector.url);
    const echo = await measure(['--import', 'tsx', 'bench/echoBot.ts'], connector.url);
    const rows = (who: string, m: Measured, target?: string): Row[] => [
      {
        name: `${who} "apua" turns/s, first ${TURNS} after start`,
        value: m.cold.turnsPerSecond,
        unit: 'turns/s',
      },
      { name: `${who} "apua" latency p95, first ${TURNS} after start`, value: m.cold.p95, unit: 'ms' },
      {
        name: `${who} "apua" turns/s, warm (${TURNS} after ${WARM_UP} more)`,
        value: m.warm.turnsPerSecond,
        unit: 'turns/s',
      },
      { name: `${who} "apua" latency p50, warm`, value: m.warm.p50, unit: 'ms' },
      {
        name: `${who} "apua" latency p95, warm`,
        value: m.warm.p95,
        unit: 'ms',
        ...(target ? { target } : {}),
      },
    ];
    return [
      {
        name: 'start-up: process start → /healthz 200 (embedded store + demo data)',
        value: silta.msToHealthy,
        unit: 'ms',
        target: '< 20000 ms',
      },
      ...rows('Silta', silta, '< 50 ms'),
      ...rows('echo bot', echo),
      {
        name: 'Silta / echo throughput ratio, first after start',
        value: silta.cold.turnsPerSecond / echo.cold.turnsPerSecond,
        unit: '×',
        target: '≥ 0.5',
      },
      {
        name: 'Silta / echo throughput ratio, warm',
        value: silta.warm.turnsPerSecond / echo.warm.turnsPerSecond,
        unit: '×',
        target: '≥ 0.5',
      },
    ];
  } finally {
    await connector.close();
  }
}
