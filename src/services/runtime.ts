import type { Config } from '../config';
import type { Logger } from '../infra/logger';
import { openCosmosStore, type CosmosStore } from '../infra/cosmos/store';
import { logError } from '../domain/errors';

/**
 * The storage connection with a retry loop: the HTTP server starts at once and reports 503 on
 * /healthz until Cosmos answers, instead of crashing when storage is down at start.
 */
export class StorageRuntime {
  private current?: CosmosStore;
  private stopped = false;
  private retryTimer?: NodeJS.Timeout;
  private readonly readyWaiters: Array<(store: CosmosStore) => void> = [];

  constructor(
    private readonly config: Config['cosmos'],
    private readonly log: Logger,
    private readonly onReady: (store: CosmosStore) => Promise<void>,
  ) {}

  get store(): CosmosStore | undefined {
    return this.current;
  }

  /** Resolves once storage is open and prepared. */
  whenReady(): Promise<CosmosStore> {
    if (this.current) return Promise.resolve(this.current);
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  start(attempt = 1): void {
    void this.connect(attempt);
  }

  private async connect(attempt: number): Promise<void> {
    let store: CosmosStore | undefined;
    try {
      store = await openCosmosStore(this.config, this.log);
      await store.ensureSchema();
      await this.onReady(store);
      if (this.stopped) return void (await store.close());
      this.current = store;
      this.log.info({ mode: store.mode, database: this.config.database }, 'storage ready');
      for (const resolve of this.readyWaiters.splice(0)) resolve(store);
    } catch (error) {
      await store?.close().catch(() => undefined);
      if (this.stopped) return;
      const delayMs = Math.min(30_000, 500 * 2 ** Math.min(attempt, 6));
      logError(this.log, 'error', 'COSMOS_UNREACHABLE', {
        err: error,
        attempt,
        retryInMs: delayMs,
        endpoint: this.config.endpoint ?? 'embedded',
      });
      this.retryTimer = setTimeout(() => this.start(attempt + 1), delayMs);
    }
  }

  async ping(): Promise<boolean> {
    return this.current ? this.current.ping() : false;
  }

  async close(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.current?.close();
    this.current = undefined;
  }
}
