import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import type { TurnContext } from 'botbuilder';
import type { Config } from '../config';
import type { Services } from '../services';
import { createAdapter } from './adapter';
import { createApp } from './app';
import type { DeliveryWorker } from '../infra/delivery/worker';
import { createDeliveryWorker } from './routes/notices';
import { isTenantAllowed, tenantOf } from './tenantGuard';

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
 * restify: POST /api/messages runs the teams-ai Application on its TeamsAdapter; GET /healthz reports
 * whether storage answers.
 */
export async function startServer(
  config: Config,
  services: Services,
  host = '0.0.0.0',
): Promise<RunningServer> {
  const adapter = createAdapter(config.bot);
  const { app, jobs, proactive } = createApp(adapter, services, config.bot.appId);
  // The delivery engine starts once storage is ready and stops before storage closes.
  let worker: DeliveryWorker | undefined;
  let stopped = false;
  void services.storage.whenReady().then(() => {
    if (stopped) return;
    worker = createDeliveryWorker(services, proactive);
    worker.start();
  });
  const runJobs = async () => {
    if (!services.storage.store) return;
    for (const job of jobs) {
      await job().catch((error: unknown) => services.log.warn({ err: error }, 'JOB_FAILED'));
    }
  };
  const timer = setInterval(() => void runJobs(), JOB_INTERVAL_MS);
  timer.unref();
  const log = services.log;
  let inFlight = 0;
  let draining = false;
  const drained: Array<() => void> = [];

  const server = restify.createServer({ name: 'silta', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: 4 * 1024 * 1024, mapParams: false }));

  // Short-lived CSV exports (the yearly summary's download link); the token is the only key.
  server.get('/exports/:token/:file', async (req, res) => {
    const token = String(req.params.token ?? '');
    const csv =
      /^[0-9a-f-]{36}$/i.test(token) && services.storage.store
        ? await services.repos().exports.read(token, services.clock().getTime())
        : undefined;
    if (csv === undefined) {
      res.status(404);
      res.json({
        error: 'EXPORT_NOT_FOUND',
        message: 'the link has expired; ask Silta for the summary again',
      });
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${String(req.params.file ?? 'export.csv').replace(/[^\w.-]/g, '_')}"`,
    });
    res.end(csv);
  });

  server.get('/healthz', async (_req, res) => {
    const storage = await services.storage.ping();
    res.status(storage ? 200 : 503);
    res.json({ status: storage ? 'ok' : 'unavailable', storage: storage ? 'ok' : 'unreachable', draining });
  });

  server.post('/api/messages', async (req, res) => {
    if (draining) {
      res.status(503);
      res.json({ error: 'SHUTTING_DOWN', message: 'Silta is restarting; Bot Framework will retry' });
      return;
    }
    const body = req.body as { type?: unknown } | undefined;
    if (!body || typeof body !== 'object' || typeof body.type !== 'string' || body.type === '') {
      res.status(400);
      res.json({ error: 'BAD_ACTIVITY', message: 'expected a Bot Framework activity (JSON with a "type")' });
      return;
    }
    if (!services.storage.store) {
      res.status(503);
      res.json({ error: 'STORAGE_UNAVAILABLE', message: 'storage is not reachable yet; retry later' });
      return;
    }
    inFlight += 1;
    const correlationId = randomUUID();
    try {
      await adapter.process(req, res, async (context: TurnContext) => {
        context.turnState.set('correlationId', correlationId);
        if (!isTenantAllowed(context.activity, config.allowedTenantIds)) {
          log.warn(
            { correlationId, tenant: tenantOf(context.activity) ?? null, type: context.activity.type },
            'TENANT_REFUSED activity from a tenant outside ALLOWED_TENANT_IDS ignored',
          );
          if (context.activity.type === 'invoke') {
            await context.sendActivity({ type: 'invokeResponse', value: { status: 403 } });
          }
          return;
        }
        await app.run(context);
      });
    } catch (error) {
      log.error({ err: error, correlationId }, 'REQUEST_FAILED /api/messages');
      if (!res.headersSent) {
        res.status(500);
        res.json({ error: 'INTERNAL', correlationId });
      }
    } finally {
      inFlight -= 1;
      if (inFlight === 0) drained.splice(0).forEach((resolve) => resolve());
    }
  });

  await new Promise<void>((resolve) => server.listen(config.port, host, () => resolve()));
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;

  return {
    url,
    port,
    runJobs,
    worker: () => worker,
    async stop(graceMs = 10_000) {
      draining = true;
      stopped = true;
      clearInterval(timer);
      await worker?.stop();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      if (inFlight > 0) {
        await Promise.race([
          new Promise<void>((resolve) => drained.push(resolve)),
          new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref()),
        ]);
      }
      server.server.closeIdleConnections();
      await Promise.race([closed, new Promise<void>((resolve) => setTimeout(resolve, 1000).unref())]);
      server.server.closeAllConnections();
    },
  };
}
