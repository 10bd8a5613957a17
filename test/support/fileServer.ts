import http from 'node:http';
import type { AddressInfo } from 'node:net';

type Route =
  | { kind: 'file'; body: Buffer }
  | { kind: 'redirect'; location: string }
  | { kind: 'stream'; totalBytes: number };

/**
 * A local HTTP server that serves files by path: plays Teams' pre-authenticated file download URLs.
 * It also answers redirects and endless chunked streams, and counts what it was asked for and sent.
 */
export class FileServer {
  private readonly routes = new Map<string, Route>();
  private server?: http.Server;
  url = '';
  port = 0;
  /** TCP connections accepted (a refused download never opens one). */
  connections = 0;
  /** Paths requested, in order. */
  readonly requested: string[] = [];
  /** Body bytes written by stream routes before the client stopped reading or went away. */
  streamedBytes = 0;

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      this.requested.push(req.url ?? '');
      const route = this.routes.get(req.url ?? '');
      if (!route) {
        res.statusCode = 404;
        return void res.end('not found');
      }
      if (route.kind === 'file') return void res.end(route.body);
      if (route.kind === 'redirect') {
        res.writeHead(302, { location: route.location });
        return void res.end();
      }
      this.stream(res, route.totalBytes);
    });
    this.server.on('connection', () => (this.connections += 1));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    this.url = `http://127.0.0.1:${this.port}`;
    return this;
  }

  /** A chunked answer (no Content-Length) of `totalBytes`, written as fast as the client reads it. */
  private stream(res: http.ServerResponse, totalBytes: number): void {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let left = totalBytes;
    res.writeHead(200, { 'content-type': 'text/csv' });
    const write = () => {
      while (left > 0 && !res.destroyed) {
        left -= chunk.byteLength;
        this.streamedBytes += chunk.byteLength;
        if (!res.write(chunk)) return void res.once('drain', write);
      }
      if (!res.destroyed) res.end();
    };
    write();
  }

  private path(name: string): string {
    return `/${this.routes.size}/${encodeURIComponent(name)}`;
  }

  /** Serves `bytes` and returns the download URL. */
  put(name: string, bytes: Buffer | string): string {
    const path = this.path(name);
    this.routes.set(path, {
      kind: 'file',
      body: Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8'),
    });
    return `${this.url}${path}`;
  }

  /** Answers 302 to `location` and returns the URL that does. */
  redirect(name: string, location: string): string {
    const path = this.path(name);
    this.routes.set(path, { kind: 'redirect', location });
    return `${this.url}${path}`;
  }

  /** Streams `totalBytes` in chunks without announcing a length and returns the URL. */
  streamOf(name: string, totalBytes: number): string {
    const path = this.path(name);
    this.routes.set(path, { kind: 'stream', totalBytes });
    return `${this.url}${path}`;
  }

  /** Forgets the counts (the served files stay). */
  reset(): void {
    this.connections = 0;
    this.requested.length = 0;
    this.streamedBytes = 0;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
