/** `npm run bench`: every benchmark, one table of figures and ratios. Not a test: nothing here asserts timings. */
import os from 'node:os';
import { benchBroadcast } from './broadcast';
import { benchDirectory } from './directory';
import { benchFoundation } from './foundation';
import { benchOrders } from './orders';
import { printTable, type Row } from './lib';

async function main(): Promise<void> {
  const rows: Row[] = [];
  const suites: Array<[string, () => Promise<Row[]>]> = [
    ['foundation', benchFoundation],
    ['directory', benchDirectory],
    ['orders', benchOrders],
    ['broadcast', benchBroadcast],
  ];
  for (const [name, run] of suites) {
    process.stderr.write(`running ${name} …\n`);
    rows.push(...(await run()));
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  printTable(
    `Silta benchmarks — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} × ${cpu}`,
    rows,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
