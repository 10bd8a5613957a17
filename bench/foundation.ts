import { countingConnector, messageActivity, runLoad, spawnServer, type Row } from './lib';

const TURNS = 1000;
const CONCURRENCY = 16;

/** Issue 2: time to healthy, and `apua` turns over HTTP against a bare echo bot started the same way. */
export async function benchFoundation(): Promise<Row[]> {
  const connector = await countingConnector();
  try {
    const silta = await spawnServer(['--enable-source-maps', 'dist/src/index.js'], {
      NODE_ENV: 'development',
    });
    const warm = (i: number) => messageActivity('apua', connector.url, i);
    await runLoad(silta.url, warm, 100, CONCURRENCY);
    const siltaLoad = await runLoad(silta.url, warm, TURNS, CONCURRENCY);
    await silta.stop();

    const echo = await spawnServer(['--import', 'tsx', 'bench/echoBot.ts'], {});
    await runLoad(echo.url, warm, 100, CONCURRENCY);
    const echoLoad = await runLoad(echo.url, warm, TURNS, CONCURRENCY);
    await echo.stop();

    if (siltaLoad.errors + echoLoad.errors > 0)
      throw new Error(`errors: silta ${siltaLoad.errors}, echo ${echoLoad.errors}`);
    return [
      {
        name: 'start-up: process start → /healthz 200 (embedded store + demo data)',
        value: silta.msToHealthy,
        unit: 'ms',
        target: '< 20000 ms',
      },
      {
        name: `Silta "apua" turns/s (${TURNS} at concurrency ${CONCURRENCY})`,
        value: siltaLoad.turnsPerSecond,
        unit: 'turns/s',
      },
      { name: 'Silta "apua" latency p50', value: siltaLoad.p50, unit: 'ms' },
      { name: 'Silta "apua" latency p95', value: siltaLoad.p95, unit: 'ms', target: '< 50 ms' },
      { name: 'echo bot turns/s', value: echoLoad.turnsPerSecond, unit: 'turns/s' },
      { name: 'echo bot latency p50', value: echoLoad.p50, unit: 'ms' },
      { name: 'echo bot latency p95', value: echoLoad.p95, unit: 'ms' },
      {
        name: 'Silta / echo throughput ratio',
        value: siltaLoad.turnsPerSecond / echoLoad.turnsPerSecond,
        unit: '×',
        target: '≥ 0.5',
      },
    ];
  } finally {
    await connector.close();
  }
}
