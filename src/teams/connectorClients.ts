import type { CloudAdapter } from 'botbuilder';

/** The adapter's authentication (botframework-connector's BotFrameworkAuthentication). */
export type Authentication = NonNullable<ConstructorParameters<typeof CloudAdapter>[0]>;
type ConnectorFactory = ReturnType<Authentication['createConnectorFactory']>;
export type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;

/** A connector factory that hands out shared clients, and a variant without the SDK's retries. */
export interface SharedConnectorFactory extends ConnectorFactory {
  createWithoutRetries(serviceUrl: string, audience?: string): Promise<ConnectorClient>;
}

/** What a connector client carries that the retry removal needs (an Azure core pipeline). */
interface WithPipeline {
  client?: { pipeline?: { removePolicy?: (options: { phase: 'Retry' }) => unknown } };
}

/**
 * Connector clients, one per (bot app id, service URL, audience, retry flavour), reused across turns.
 * The SDK builds a new client, with a new HTTP pipeline, for every turn and every proactive message:
 * about a tenth of a turn's CPU (README, "Benchmarks"). A client is stateless between requests; its
 * credentials get tokens from the SDK's own token cache, so sharing it changes nothing else.
 */
export class ConnectorClients {
  private readonly clients = new Map<string, Promise<ConnectorClient>>();

  constructor(private readonly limit = 64) {}

  /** The authentication whose connector factories share this cache. */
  wrap(inner: Authentication): Authentication {
    return new Proxy(inner, {
      get: (target, property, receiver) => {
        if (property === 'authenticateRequest')
          return async (...args: Parameters<Authentication['authenticateRequest']>) => {
            const result = await target.authenticateRequest(...args);
            if (result.connectorFactory) result.connectorFactory = this.factory(result.connectorFactory);
            return result;
          };
        if (property === 'createConnectorFactory')
          return (...args: Parameters<Authentication['createConnectorFactory']>) =>
            this.factory(target.createConnectorFactory(...args));
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }

  /** How many clients are cached (for tests). */
  get size(): number {
    return this.clients.size;
  }

  private factory(inner: ConnectorFactory): SharedConnectorFactory {
    // The SDK's factory keeps the app id it signs for; Silta is one bot, but key on it all the same.
    const appId = (inner as unknown as { appId?: string }).appId ?? '';
    const shared = {
      create: (serviceUrl: string, audience?: string) =>
        this.get(`${appId}|${serviceUrl}|${audience ?? ''}|sdk-retries`, () =>
          inner.create(serviceUrl, audience),
        ),
      createWithoutRetries: (serviceUrl: string, audience?: string) =>
        this.get(`${appId}|${serviceUrl}|${audience ?? ''}|no-retries`, async () => {
          const client = await inner.create(serviceUrl, audience);
          (client as unknown as WithPipeline).client?.pipeline?.removePolicy?.({ phase: 'Retry' });
          return client;
        }),
    };
    return shared as unknown as SharedConnectorFactory;
  }

  private get(key: string, make: () => Promise<ConnectorClient>): Promise<ConnectorClient> {
    const cached = this.clients.get(key);
    if (cached) return cached;
    const created = make();
    this.clients.set(key, created);
    created.catch(() => this.clients.delete(key));
    if (this.clients.size > this.limit) this.clients.delete(this.clients.keys().next().value!);
    return created;
  }
}
