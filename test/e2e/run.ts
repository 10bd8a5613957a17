/** npm run e2e: every step in order; a screenshot per step; exit 1 on the first step that fails. */
import { startE2E, SCREENSHOTS, type E2E } from './harness';
import { directorySteps } from './steps/directory';
import { ngoSteps } from './steps/ngo';
import { noticeSteps } from './steps/notices';
import { orderSteps } from './steps/orders';

const STEPS: Array<[string, (e: E2E) => Promise<void>]> = [
  ...directorySteps,
  ...orderSteps,
  ...noticeSteps,
  ...ngoSteps,
];

async function main(): Promise<void> {
  const started = Date.now();
  const e2e = await startE2E();
  let failed = false;
  try {
    for (const [name, step] of STEPS) {
      const t0 = Date.now();
      try {
        await step(e2e);
        await e2e.shot(name);
        console.log(`ok   ${name} (${Date.now() - t0} ms)`);
      } catch (error) {
        await e2e.shot(`FAILED-${name}`).catch(() => undefined);
        console.error(`FAIL ${name}: ${error instanceof Error ? error.message : String(error)}`);
        failed = true;
        break;
      }
    }
  } finally {
    await e2e.close();
  }
  console.log(
    `${failed ? 'E2E FAILED' : 'E2E passed'} in ${Math.round((Date.now() - started) / 1000)} s; screenshots in ${SCREENSHOTS}`,
  );
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
