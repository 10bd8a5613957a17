/** One benchmark suite in a process of its own; prints its rows as one JSON line for bench/run.ts. */
import { SUITES } from './suites';

async function main(): Promise<void> {
  const name = process.argv[2] ?? '';
  const suite = SUITES[name];
  if (!suite) throw new Error(`unknown benchmark "${name}"; one of: ${Object.keys(SUITES).join(', ')}`);
  const rows = await suite();
  process.stdout.write(`BENCH_ROWS ${JSON.stringify(rows)}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
