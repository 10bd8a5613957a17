import type { Activity, CloudAdapter, TurnContext } from 'botbuilder';
import { inConversation } from './proactive';
import type { SharedConnectorFactory } from './connectorClients';
import type {
  DeliveryTransport,
  OutboundMessage,
  SendResult,
  StoredReference,
} from '../services/deliveryTransport';
import { NETWORK_ERROR, parseRetryAfter } from '../domain/delivery/retryPolicy';

/** What a failed connector call carries (botframework-connector RestError, or a network error). */
interface HttpError {
  statusCode?: number;
  code?: unknown;
  response?: { headers?: { get?: (name: string) => string | undefined | null } | Record<string, string> };
}

function retryAfterOf(error: HttpError): string | undefined {
  const headers = error.response?.headers;
  if (!headers) return undefined;
  if (typeof headers.get === 'function') return headers.get('retry-after') ?? undefined;
  return (headers as Record<string, string>)['retry-after'];
}

function failureOf(raw: unknown): SendResult {
  const error = (raw ?? {}) as HttpError;
  const retryAfterMs = parseRetryAfter(retryAfterOf(error), Date.now());
  return {
    kind: 'failed',
    status: typeof error.statusCode === 'number' ? error.statusCode : NETWORK_ERROR,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    ...(error.code !== undefined && error.code !== null ? { code: String(error.code) } : {}),
  };
}

function activityOf(message: OutboundMessage): Partial<Activity> {
  return {
    type: 'message',
    ...(message.text ? { text: message.text } : {}),
    summary: message.summary,
    ...(message.attachments ? { attachments: message.attachments } : {}),
    channelData: {
      ...(message.alert ? { notification: { alert: true } } : {}),
      siltaDeliveryId: message.deliveryId,
    },
  };
}

/**
 * The connector client retries 429 and 5xx by itself (three times, invisibly). The outbox decides
 * retries, backoff and rate limits, so this call uses the shared client without the retry phase.
 */
async function withoutSdkRetries(context: TurnContext, adapter: CloudAdapter): Promise<void> {
  const factory = context.turnState.get(adapter.ConnectorFactoryKey) as SharedConnectorFactory;
  const audience = context.turnState.get(adapter.OAuthScopeKey) as string | undefined;
  const client = await factory.createWithoutRetries(context.activity.serviceUrl, audience);
  context.turnState.set(adapter.ConnectorClientKey, client);
}

/**
 * Delivery through the Bot Framework connector: a proactive message with a summary that alerts the
 * user's activity feed. One attempt per call: the outbox decides retries.
 */
export class ProactiveTransport implements DeliveryTransport {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId?: string,
  ) {}

  async send(reference: StoredReference, message: OutboundMessage): Promise<SendResult> {
    const activity = activityOf(message);
    try {
      let activityId: string | undefined;
      await inConversation(this.adapter, this.appId, reference, async (context) => {
        await withoutSdkRetries(context, this.adapter);
        activityId = (await context.sendActivity(activity))?.id;
      });
      return { kind: 'ok', ...(activityId ? { activityId } : {}) };
    } catch (raw) {
      return failureOf(raw);
    }
  }
}
