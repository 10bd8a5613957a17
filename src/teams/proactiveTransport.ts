import type {
  DeliveryTransport,
  OutboundMessage,
  SendResult,
  StoredReference,
} from '../infra/delivery/transport';
import { parseRetryAfter } from '../domain/delivery/retry';
import type { Proactive } from './proactive';

interface HttpError {
  statusCode?: number;
  code?: string;
  response?: { headers?: { get?: (name: string) => string | undefined | null } | Record<string, string> };
}

function retryAfterOf(error: HttpError): string | undefined {
  const headers = error.response?.headers;
  if (!headers) return undefined;
  if (typeof (headers as { get?: unknown }).get === 'function') {
    return (headers as { get: (n: string) => string | null | undefined }).get('retry-after') ?? undefined;
  }
  return (headers as Record<string, string>)['retry-after'];
}

/** Delivery through the Bot Framework connector: a proactive message that alerts the user's feed. */
export class ProactiveTransport implements DeliveryTransport {
  constructor(private readonly proactive: Proactive) {}

  async send(reference: StoredReference, message: OutboundMessage): Promise<SendResult> {
    try {
      const location = await this.proactive.send(reference, {
        type: 'message',
        ...(message.text ? { text: message.text } : {}),
        summary: message.summary,
        ...(message.attachments ? { attachments: message.attachments } : {}),
        channelData: {
          ...(message.alert ? { notification: { alert: true } } : {}),
          siltaDeliveryId: message.deliveryId,
        },
      });
      return { ok: true, ...(location.activityId ? { activityId: location.activityId } : {}) };
    } catch (raw) {
      const error = raw as HttpError;
      const retryAfterMs = parseRetryAfter(retryAfterOf(error), Date.now());
      return {
        ok: false,
        status: typeof error.statusCode === 'number' ? error.statusCode : 0,
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
        ...(error.code ? { code: String(error.code) } : {}),
      };
    }
  }
}
