/**
 * `npm run bench`: every benchmark, one table of figures and ratios. Not a test: nothing here asserts
 * timings. Each suite runs in its own process (bench/suite.ts), so one suite's heap does not inflate
 * the next one's memory figures.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import { ROOT, printTable, type Row } from './lib';
import { SUITE_NAMES } from './suites';

const ROWS_PREFIX = 'BENCH_ROWS ';

function runSuite(name: string): Promise<Row[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/suite.ts', name], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(ROWS_PREFIX));
      if (code !== 0 || !line) reject(new Error(`benchmark "${name}" failed (exit ${code})`));
      else resolve(JSON.parse(line.slice(ROWS_PREFIX.length)) as Row[]);
    });
  });
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const rows: Row[] = [];
  for (const name of SUITE_NAMES.filter((s) => only.length === 0 || only.includes(s))) {
    process.stderr.write(`running ${name} …\n`);
    rows.push(...(await runSuite(name)));
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
