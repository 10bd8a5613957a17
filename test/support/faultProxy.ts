import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { seededRandom } from './seededRandom';

/**
 * A local HTTP proxy in front of a Cosmos-protocol server that forwards every request and, for a
 * seeded fraction of them, drops the answer after the server has applied the request (the client's
 * connection is cut), as a network blip does. `dropFraction` may be changed at any time (0 = none).
 */
export class FaultProxy {
  dropFraction = 0;
  /** Drops the answer of the requests it picks (method, path, body), besides the random fraction. */
  dropIf?: (method: string, path: string, body: string) => boolean;
  /** Requests forwarded, and answers dropped among them (writes: the request was applied). */
  forwarded = 0;
  dropped = 0;
  droppedWrites = 0;
  url = '';
  private server?: http.Server;
  private readonly random: () => number;
  private readonly agent = new http.Agent({ keepAlive: true });

  constructor(
    private readonly upstream: string,
    seed = 1,
  ) {
    this.random = seededRandom(seed);
  }

  async start(): Promise<this> {
    const target = new URL(this.upstream);
    this.server = http.createServer((req, res) => {
      const body: Buffer[] = [];
      req.on('data', (c: Buffer) => body.push(c));
      req.on('end', () => this.forward(req, res, Buffer.concat(body), target));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  private forward(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer, target: URL): void {
    const picked = this.dropIf?.(req.method ?? '', req.url ?? '', body.toString('utf8')) ?? false;
    const drop = picked || this.random() < this.dropFraction;
    const forward = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host },
        agent: this.agent,
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (c: Buffer) => chunks.push(c));
        answer.on('end', () => {
          this.forwarded += 1;
          if (drop) {
            this.dropped += 1;
            if (req.method !== 'GET') this.droppedWrites += 1;
            req.socket.destroy();
            return;
          }
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          res.end(Buffer.concat(chunks));
        });
      },
    );
    forward.on('error', () => req.socket.destroy());
    forward.end(body);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    this.agent.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
