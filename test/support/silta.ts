import { loadConfig, type Config } from '../../src/config';
import { createLogger, type Logger } from '../../src/infra/logger';
import { createServices, type Services } from '../../src/services';
import { correlationFields } from '../../src/services/correlation';
import { startServer, type RunningServer } from '../../src/teams/server';
import { post } from './activities';
import { FakeConnector, type SentActivity } from './connector';

export interface TestSilta {
  url: string;
  services: Services;
  server: RunningServer;
  connector: FakeConnector;
  config: Config;
  stop(): Promise<void>;
}

/**
 * The real Silta: real config, embedded Cosmos-protocol server with the demo register, the real restify
 * server and teams-ai Application on a random port, anonymous mode (ALLOW_ANONYMOUS=true); a local fake connector as serviceUrl.
 */
export async function startSilta(
  env: Record<string, string> = {},
  clock?: () => Date,
  logger?: Logger,
): Promise<TestSilta> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    ALLOW_ANONYMOUS: 'true',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // A workflow test acts as one user many times within seconds (parallel clicks on purpose); the inbound
    // limits are tested where they are the subject (test/hostile/flood.test.ts sets its own).
    INBOUND_USER_LIMITS: '99999/1s',
    INBOUND_CONVERSATION_LIMITS: '99999/1s',
    ...env,
  });
  const log = logger ?? createLogger(config.logLevel, correlationFields);
  const services = createServices(config, log, clock);
  await services.start();
  const server = await startServer(config, services, '127.0.0.1');
  const connector = await new FakeConnector().start();
  return {
    url: server.url,
    services,
    server,
    connector,
    config,
    async stop() {
      await server.stop(1000);
      await services.close();
      await connector.stop();
    },
  };
}

/**
 * Posts a message to Silta over HTTP and returns Silta's reply to it, whatever else reaches the
 * connector meanwhile (the delivery engine's sends and report updates run in the background).
 */
export async function replyTo(silta: TestSilta, activity: { id: string }): Promise<SentActivity> {
  await post(silta.url, activity);
  return silta.connector.waitForReplyTo(activity.id);
}
