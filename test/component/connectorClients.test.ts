import {
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type Activity,
  type ConversationReference,
  type TurnContext,
} from 'botbuilder';
import { createAdapter } from '../../src/teams/adapter';
import {
  ConnectorClients,
  type Authentication,
  type ConnectorClient,
} from '../../src/teams/connectorClients';
import { Proactive } from '../../src/teams/proactive';
import { ProactiveTransport } from '../../src/teams/proactiveTransport';
import { RateLimitedConnector } from '../support/rateLimitedConnector';

const reference = (serviceUrl: string, conversationId: string) => ({
  channelId: 'msteams',
  serviceUrl,
  conversation: { id: conversationId, tenantId: 'tenant-1' },
  bot: { id: '28:silta', name: 'Silta' },
  user: { id: `29:${conversationId}`, name: 'Testi' },
});

const anonymous = () =>
  new ConfigurationBotFrameworkAuthentication({}, new ConfigurationServiceClientCredentialFactory({}));

describe('Connector clients shared across turns and proactive messages', () => {
  const connectors: RateLimitedConnector[] = [];
  afterEach(async () => Promise.all(connectors.splice(0).map((c) => c.stop())));

  it('When two proactive turns go to the same service URL, then they use one connector client; another URL gets its own', async () => {
    const adapter = createAdapter({ type: 'SingleTenant' });
    const clientOf = async (serviceUrl: string) => {
      let client: unknown;
      await adapter.continueConversationAsync(
        '',
        reference(serviceUrl, 'c-1') as Partial<ConversationReference>,
        async (context: TurnContext) => {
          client = context.turnState.get(adapter.ConnectorClientKey);
        },
      );
      return client;
    };
    const first = await clientOf('http://127.0.0.1:9/a/');
    expect(first).toBeDefined();
    expect(await clientOf('http://127.0.0.1:9/a/')).toBe(first);
    expect(await clientOf('http://127.0.0.1:9/b/')).not.toBe(first);
  });

  it('When inbound activities are authenticated, then their connector factories hand out the same client for the same service URL', async () => {
    const auth = new ConnectorClients().wrap(anonymous());
    const activity = {
      type: 'message',
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9/a/',
    } as Activity;
    const one = await auth.authenticateRequest(activity, '');
    const two = await auth.authenticateRequest(activity, '');
    const a = await one.connectorFactory!.create(activity.serviceUrl, one.audience);
    expect(await two.connectorFactory!.create(activity.serviceUrl, two.audience)).toBe(a);
    expect(await two.connectorFactory!.create('http://127.0.0.1:9/b/', two.audience)).not.toBe(a);
  });

  it('When the outbox sends without SDK retries, then other messages to the same service URL keep the SDK retries', async () => {
    // Every conversation answers 429 (Retry-After: 0) the first time it is hit.
    const c = await new RateLimitedConnector({ perTenantPerSecond: 1000, throttleOnceSeconds: 0 }).start();
    connectors.push(c);
    const adapter = createAdapter({ type: 'SingleTenant' });
    const transport = new ProactiveTransport(adapter);
    const proactive = new Proactive(adapter, undefined);
    const message = (deliveryId: string) => ({
      summary: 'Tiedote',
      text: 'Tiedote',
      alert: true,
      deliveryId,
    });

    expect(await transport.send(reference(c.url, 'outbox-1'), message('d-1'))).toMatchObject({
      kind: 'failed',
      status: 429,
    });
    expect(c.requests).toBe(1);
    // A card sent by a feature (not the outbox): the SDK retries the 429 itself and it goes through.
    await proactive.send(reference(c.url, 'card-1'), { type: 'message', text: 'Kortti' });
    expect(c.requests).toBe(3);
    expect(c.byConversation.get('card-1')).toBe(1);
    // And the outbox's client is still without retries after the other one was used.
    expect(await transport.send(reference(c.url, 'outbox-2'), message('d-2'))).toMatchObject({
      kind: 'failed',
      status: 429,
    });
    expect(c.requests).toBe(4);
  });

  it('When more service URLs are seen than the cache holds, then the oldest client is dropped and made again when needed', async () => {
    const clients = new ConnectorClients(2);
    const factory = clients
      .wrap(anonymous())
      .createConnectorFactory(
        (await anonymous().authenticateRequest({ type: 'message', channelId: 'msteams' } as Activity, ''))
          .claimsIdentity,
      );
    const first = await factory.create('http://127.0.0.1:9/1/', undefined);
    await factory.create('http://127.0.0.1:9/2/', undefined);
    await factory.create('http://127.0.0.1:9/3/', undefined);
    expect(clients.size).toBe(2);
    expect(await factory.create('http://127.0.0.1:9/1/', undefined)).not.toBe(first);
  });

  it('When making a client fails, then the failure is not cached and the next call tries again', async () => {
    const made = { client: 'client' } as unknown as ConnectorClient;
    const create = jest.fn().mockRejectedValueOnce(new Error('token endpoint down')).mockResolvedValue(made);
    const inner = { createConnectorFactory: () => ({ create }) } as unknown as Authentication;
    const factory = new ConnectorClients().wrap(inner).createConnectorFactory({} as never);
    await expect(factory.create('http://127.0.0.1:9/a/', undefined)).rejects.toThrow('token endpoint down');
    expect(await factory.create('http://127.0.0.1:9/a/', undefined)).toBe(made);
    expect(await factory.create('http://127.0.0.1:9/a/', undefined)).toBe(made);
    expect(create).toHaveBeenCalledTimes(2);
  });
});
