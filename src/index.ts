import { ConfigError, loadConfig, type Config } from './config';
import { logError, messageOf } from './domain/errors';
import { createLogger, type Logger } from './infra/logger';
import { createServices } from './services';
import { correlationFields } from './services/correlation';
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
  const log = createLogger(config.logLevel, correlationFields);
  handleStrayErrors(log);
  if (!config.bot.appId) logError(log, 'warn', 'AUTH_OFF');
  const services = createServices(config, log);
  const server = await startServer(config, services, config.listenHost);
  log.info({ url: server.url }, `Silta listening on ${server.url} (POST /api/messages, GET /healthz)`);
  services
    .start()
    .catch((error: unknown) =>
      logError(log, 'error', 'STARTUP_FAILED', { err: error, reason: String(error) }),
    );

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

/**
 * The last resort, logged with the turn's correlation id when the error came from a turn.
 * A rejected promise that nothing awaited is logged and Silta keeps running: nobody waits on it, and
 * what it may have left half-done is in Cosmos, where every write is whole and guarded by its ETag
 * (a turn, a delivery or a job is retried or redone, never resumed). An uncaught exception unwound a
 * stack at an unknown point, maybe inside the SDKs' own state; Silta logs it and exits with 1, and
 * App Service starts a fresh process (deliveries in flight are taken over when their lease runs out).
 */
function handleStrayErrors(log: Logger): void {
  process.on('unhandledRejection', (reason) => {
    logError(log, 'error', 'UNHANDLED_REJECTION', { err: reason });
  });
  process.on('uncaughtException', (error) => {
    logError(log, 'fatal', 'UNCAUGHT_EXCEPTION', { err: error });
    process.exit(1);
  });
}

main().catch((error: unknown) => {
  console.error(
    messageOf('STARTUP_FAILED', { reason: error instanceof Error ? error.message : String(error) }),
  );
  process.exit(1);
});
