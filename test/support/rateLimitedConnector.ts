import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { observeCards } from './cardGate';

export interface ConnectorOptions {
  /** Per-conversation limit per second (Teams: 7). */
  perConversationPerSecond?: number;
  /** Per-tenant limit per second (Teams: about 50). */
  perTenantPerSecond?: number;
  /** Conversations that answer 403 (the user blocked the bot) or 500 a number of times first. */
  forbidden?: ReadonlySet<string>;
  failFirst?: ReadonlyMap<string, number>;
  /** Answer 429 with this Retry-After (seconds) the first time each conversation is hit. */
  throttleOnceSeconds?: number;
  /** Called before answering: lets a test hold a request (to simulate a crash in flight). */
  hold?: (conversationId: string) => Promise<void>;
}

/**
 * A local Teams connector that enforces rate limits (429 with Retry-After), can answer 500 and 403,
 * and counts every delivery and every duplicate (by the delivery id Silta puts in channelData).
 */
export class RateLimitedConnector {
  readonly delivered = new Map<string, number>();
  readonly byConversation = new Map<string, number>();
  throttled = 0;
  errors = 0;
  /** Every request received, answered or not. */
  requests = 0;
  /** Arrival times (ms, performance.now()) of every accepted delivery, in order. */
  readonly arrivals: number[] = [];
  /** The same, per conversation. */
  readonly arrivalsIn = new Map<string, number[]>();
  private server?: http.Server;
  private readonly convWindow = new Map<string, number[]>();
  private tenantWindow: number[] = [];
  private readonly failures = new Map<string, number>();
  private readonly throttledOnce = new Set<string>();
  url = '';

  constructor(private readonly o: ConnectorOptions = {}) {}

  get duplicates(): number {
    let n = 0;
    for (const count of this.delivered.values()) n += Math.max(0, count - 1);
    return n;
  }

  /** The most accepted deliveries inside any window of `ms` that starts at an arrival. */
  busiest(ms: number, from = 0, to = Infinity, all: readonly number[] = this.arrivals): number {
    const arrivals = all.filter((t) => t >= from && t <= to);
    let most = 0;
    let end = 0;
    for (let start = 0; start < arrivals.length; start += 1) {
      while (end < arrivals.length && arrivals[end]! < arrivals[start]! + ms) end += 1;
      most = Math.max(most, end - start);
    }
    return most;
  }

  get total(): number {
    let n = 0;
    for (const count of this.delivered.values()) n += count;
    return n;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.requests += 1;
        void this.handle(req, res, Buffer.concat(chunks).toString('utf8'));
      });
    });
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  private within(times: number[], now: number): number[] {
    return times.filter((t) => t > now - 1000);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse, body: string): Promise<void> {
    const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
    res.setHeader('content-type', 'application/json');
    if (!match) {
      res.statusCode = 404;
      res.end('{}');
      return;
    }
    const conversation = decodeURIComponent(match[1]!);
    observeCards(`${req.method ?? ''} ${match[0]} (the Teams connector)`, body);
    await this.o.hold?.(conversation);
    const answer = (status: number, json: object, headers: Record<string, string> = {}) => {
      res.writeHead(status, headers);
      res.end(JSON.stringify(json));
    };
    if (this.o.forbidden?.has(conversation)) return answer(403, { error: { code: 'MessageWritesBlocked' } });
    const failuresLeft = (this.o.failFirst?.get(conversation) ?? 0) - (this.failures.get(conversation) ?? 0);
    if (failuresLeft > 0) {
      this.failures.set(conversation, (this.failures.get(conversation) ?? 0) + 1);
      this.errors += 1;
      return answer(500, { error: { code: 'ServiceError' } });
    }
    if (this.o.throttleOnceSeconds !== undefined && !this.throttledOnce.has(conversation)) {
      this.throttledOnce.add(conversation);
      this.throttled += 1;
      return answer(
        429,
        { error: { code: 'Throttled' } },
        { 'retry-after': String(this.o.throttleOnceSeconds) },
      );
    }
    const now = Date.now();
    const conv = this.within(this.convWindow.get(conversation) ?? [], now);
    this.tenantWindow = this.within(this.tenantWindow, now);
    const convLimit = this.o.perConversationPerSecond ?? 7;
    const tenantLimit = this.o.perTenantPerSecond ?? 50;
    if (conv.length >= convLimit || this.tenantWindow.length >= tenantLimit) {
      this.throttled += 1;
      return answer(429, { error: { code: 'Throttled' } }, { 'retry-after': '1' });
    }
    conv.push(now);
    this.convWindow.set(conversation, conv);
    this.tenantWindow.push(now);
    const activity = body ? (JSON.parse(body) as { channelData?: { siltaDeliveryId?: string } }) : {};
    const id = activity.channelData?.siltaDeliveryId ?? `no-id-${now}-${Math.random()}`;
    this.delivered.set(id, (this.delivered.get(id) ?? 0) + 1);
    this.byConversation.set(conversation, (this.byConversation.get(conversation) ?? 0) + 1);
    this.arrivals.push(performance.now());
    this.arrivalsIn.set(conversation, [...(this.arrivalsIn.get(conversation) ?? []), performance.now()]);
    answer(200, { id: `activity-${this.total}` });
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
