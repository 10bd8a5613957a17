import type { AddressInfo } from 'node:net';
import restify from 'restify';
import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { Config } from '../config';
import type { Logger } from 'pino';
import type { Services } from '../services';
import { withCorrelationId } from '../services/correlation';
import { logError } from '../domain/errors';
import { createAdapter } from './adapter';
import { createApp } from './app';
import { createDeliveryWorker, type DeliveryWorker } from './compose';
import { isTenantAllowed, tenantOf } from './tenantGuard';
import { Authenticator } from './edge/authFailures';
import { exportsRoute } from './edge/exportsRoute';
import { healthRoute } from './edge/healthRoute';
import { InboundLimiter } from './edge/inboundLimiter';
import { messagesRoute } from './edge/messagesRoute';
import { registerNgoRoutes } from './edge/ngoRoutes';
import { registerInfoScreen } from './edge/infoScreenRoute';
import { OpenIdKeys } from './edge/openIdKeys';
import { shareSigningKeys } from './edge/sdkSigningKeys';
import { turnRunner } from './edge/turnRunner';
import { TurnsInFlight } from './edge/turnsInFlight';

const JOB_INTERVAL_MS = 60_000;

export interface RunningServer {
  url: string;
  port: number;
  /** Stop accepting, wait for in-flight turns (at most `graceMs`), then resolve. */
  stop(graceMs?: number): Promise<void>;
  /** Runs the scheduled jobs once now (they also run every minute). */
  runJobs(): Promise<void>;
  /** This instance's delivery worker, once storage is ready. */
  worker(): DeliveryWorker | undefined;
}

/**
 * restify without its body parser (Silta reads /api/messages bodies itself, see edge/readJsonBody):
 * POST /api/messages runs the teams-ai Application on its TeamsAdapter, GET /healthz reports storage
 * and the signing keys, GET /exports/… serves short-lived CSV exports, /jarjestoille (and its Swedish and
 * English addresses) is the public NGO page (edge/ngoRoutes).
 */
export async function startServer(
  config: Config,
  services: Services,
  host = '0.0.0.0',
): Promise<RunningServer> {
  const log = services.log;
  const adapter = createAdapter(config.bot);
  const { app, jobs, proactive } = createApp(adapter, services, config.bot.appId);
  const keys = config.bot.appId ? new OpenIdKeys(config.bot.openIdMetadataUrl, log) : undefined;
  if (keys) {
    shareSigningKeys(keys);
    void keys.refresh();
  }
  const background = startBackground(services, jobs, () => createDeliveryWorker(services, proactive));
  const turns = new TurnsInFlight();
  const runner = turnRunner(adapter);

  const server = restify.createServer({ name: 'silta', handleUncaughtExceptions: false });
  // Node's own backstops under Silta's body timeout: headers within 10 s, a whole request shortly after.
  server.server.headersTimeout = 10_000;
  server.server.requestTimeout = config.inbound.bodyTimeoutMs + 10_000;
  server.get('/exports/:token/:file', exportsRoute(services));
  server.get('/healthz', healthRoute(services, turns, keys));
  registerNgoRoutes(server, services, config);
  registerInfoScreen(server, services);
  server.post(
    '/api/messages',
    messagesRoute({
      runner,
      authenticator: new Authenticator(runner, log, keys && { appId: config.bot.appId!, keys }),
      limiter: new InboundLimiter(config.inbound.userLimits, config.inbound.conversationLimits),
      turns,
      storageReady: () => services.storage.store !== undefined,
      log,
      bodyTimeoutMs: config.inbound.bodyTimeoutMs,
      turn: tenantGuarded(app, config, log),
    }),
  );

  await new Promise<void>((resolve) => server.listen(config.port, host, () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    port,
    runJobs: background.runJobs,
    worker: background.worker,
    async stop(graceMs = 10_000) {
      turns.draining = true;
      await background.stop();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await turns.drained(graceMs);
      server.server.closeIdleConnections();
      await Promise.race([closed, new Promise<void>((resolve) => setTimeout(resolve, 1000).unref())]);
      server.server.closeAllConnections();
    },
  };
}

/** The turn: activities from tenants outside ALLOWED_TENANT_IDS are logged and get no reply. */
function tenantGuarded(app: Application<TurnState>, config: Config, log: Logger) {
  return async (context: TurnContext, correlationId: string): Promise<void> => {
    context.turnState.set('correlationId', correlationId);
    if (!isTenantAllowed(context.activity, config.allowedTenantIds)) {
      logError(log, 'warn', 'TENANT_REFUSED', {
        correlationId,
        tenant: tenantOf(context.activity) ?? null,
        type: context.activity.type,
      });
      if (context.activity.type === 'invoke') {
        await context.sendActivity({ type: 'invokeResponse', value: { status: 403 } });
      }
      return;
    }
    await withCorrelationId(correlationId, () => app.run(context));
  };
}

/** The delivery engine (once storage is ready, stopped before storage closes) and the minute's jobs. */
function startBackground(
  services: Services,
  jobs: Array<() => Promise<void>>,
  createWorker: () => DeliveryWorker,
) {
  let worker: DeliveryWorker | undefined;
  let stopped = false;
  void services.storage.whenReady().then(() => {
    if (stopped) return;
    worker = createWorker();
    worker.start();
  });
  const runJobs = async () => {
    if (!services.storage.store) return;
    for (const job of jobs) {
      await job().catch((error: unknown) => logError(services.log, 'warn', 'JOB_FAILED', { err: error }));
    }
  };
  const timer = setInterval(() => void runJobs(), JOB_INTERVAL_MS);
  timer.unref();
  return {
    runJobs,
    worker: () => worker,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await worker?.stop();
    },
  };
}
