/** Shared start-up for the command-line tools: the same validated config and services as the bot. */
import { ConfigError, loadConfig } from '../src/config';
import { createLogger } from '../src/infra/logger';
import { createServices, type Services } from '../src/services';

export async function withServices(run: (services: Services) => Promise<number>): Promise<never> {
  let services: Services | undefined;
  let code = 1;
  try {
    const config = loadConfig({ LOG_LEVEL: 'warn', SEED_DEMO_DATA: 'false', ...process.env }, 'tool');
    services = createServices(config, createLogger(config.logLevel));
    if (services.storage === undefined) throw new Error('no storage');
    await services.start();
    code = await run(services);
  } catch (error) {
    if (error instanceof ConfigError) console.error(error.message);
    else console.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  } finally {
    await services?.close().catch(() => undefined);
  }
  process.exit(code);
}

export function embeddedNotice(services: Services): boolean {
  if (services.storage.store?.mode !== 'embedded') return false;
  console.log(
    'COSMOS_ENDPOINT is not set, so this command talks to a fresh, empty in-memory store of its own.\n' +
      'A running `npm start` seeds its own embedded store with the demo data at every start.\n' +
      'To change a real register, set COSMOS_ENDPOINT (and COSMOS_KEY or a managed identity) — see README, "Configuration".',
  );
  return true;
}
