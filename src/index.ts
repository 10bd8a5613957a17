import { ConfigError, loadConfig, type Config } from './config';
import { createLogger } from './infra/logger';
import { createServices } from './services';
import { startServer } from './teams/server';

/** Boot only: load config, build, start, and stop cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  if (!config.bot.appId) {
    log.warn(
      '!!! ALLOW_ANONYMOUS=true and no BOT_ID: Bot Framework authentication is OFF. Anyone who can reach this endpoint can post forged activities and card actions, so Silta listens on 127.0.0.1 only. Local use only. !!!',
    );
  }
  const services = createServices(config, log);
  const server = await startServer(config, services, config.listenHost);
  log.info({ url: server.url }, `Silta listening on ${server.url} (POST /api/messages, GET /healthz)`);
  services.start().catch((error: unknown) => log.error({ err: error }, 'STARTUP_FAILED'));

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping: no new turns, finishing in-flight ones');
    await server.stop();
    await services.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(`STARTUP_FAILED ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
