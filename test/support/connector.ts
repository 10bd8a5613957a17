import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { observeCards } from './cardGate';

/** What the bot sent to the Teams connector. */
export interface SentActivity {
  method: string;
  path: string;
  conversationId: string;
  /** The message id the connector answered with (a new message's, or the updated one's). */
  id: string;
  activity: Record<string, unknown> & {
    type?: string;
    text?: string;
    attachments?: Array<{ contentType: string; content: unknown }>;
  };
}

/**
 * A local HTTP server that plays the Teams connector (the activity's `serviceUrl`): it records every
 * activity the bot sends, creates conversations for proactive messages, and can answer with errors.
 */
export class FakeConnector {
  readonly sent: SentActivity[] = [];
  /** Every request that reached the connector, whatever its path. */
  requests = 0;
  private server?: http.Server;
  private counter = 0;
  private lastId = 0;
  private waiters: Array<() => void> = [];
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      this.requests += 1;
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, body: string): void {
    const path = (req.url ?? '').replace(/\?.*$/, '');
    const json = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    res.setHeader('content-type', 'application/json');
    observeCards(`${req.method ?? ''} ${path} (the Teams connector)`, json);
    if (req.method === 'POST' && /^\/v3\/conversations\/?$/.test(path)) {
      this.counter += 1;
      res.end(JSON.stringify({ id: `created-${this.counter}`, activityId: `a-${this.counter}` }));
      return;
    }
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
    if (match) {
      this.counter += 1;
      // Teams' message ids are the message's time in epoch milliseconds, so they grow as messages are sent.
      this.lastId = Math.max(Date.now(), this.lastId + 1);
      const id = match[2] && req.method === 'PUT' ? match[2] : String(this.lastId);
      this.sent.push({
        method: req.method ?? '',
        path,
        id,
        conversationId: decodeURIComponent(match[1]!),
        activity: json,
      });
      this.waiters.splice(0).forEach((wake) => wake());
      res.end(JSON.stringify({ id }));
      return;
    }
    res.statusCode = 404;
    res.end(JSON.stringify({ error: { code: 'NotFound', message: `fake connector has no route ${path}` } }));
  }

  /** Waits until at least `count` activities were sent (or fails after `timeoutMs`). */
  async waitForCount(count: number, timeoutMs = 5000): Promise<SentActivity[]> {
    await this.waitUntil(
      () => this.sent.length >= count,
      timeoutMs,
      () => `expected ${count} activities at the connector, got ${this.sent.length}`,
    );
    return this.sent;
  }

  /**
   * Waits for the bot's reply to the activity with id `activityId` (botbuilder posts a reply to
   * `…/activities/<that id>`), whatever else was sent meanwhile (proactive cards, updates of other
   * people's cards). Fails after `timeoutMs`, naming what did arrive.
   */
  async waitForReplyTo(activityId: string, timeoutMs = 5000): Promise<SentActivity> {
    const reply = () =>
      this.sent.find(
        (s) => s.method === 'POST' && s.path.endsWith(`/activities/${encodeURIComponent(activityId)}`),
      );
    await this.waitUntil(
      () => reply() !== undefined,
      timeoutMs,
      () =>
        `no reply to ${activityId} at the connector; it got ${this.sent.map((s) => `${s.method} ${s.path}`).join(', ') || 'nothing'}`,
    );
    return reply()!;
  }

  /** Waits, woken by every activity that arrives, until `done()` holds; fails after `timeoutMs`. */
  private async waitUntil(done: () => boolean, timeoutMs: number, failure: () => string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(failure());
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  clear(): void {
    this.sent.length = 0;
    this.requests = 0;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
