import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local HTTP server that serves files by path: plays Teams' pre-authenticated file download URLs. */
export class FileServer {
  private readonly files = new Map<string, Buffer>();
  private server?: http.Server;
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const body = this.files.get(req.url ?? '');
      res.statusCode = body ? 200 : 404;
      res.end(body ?? 'not found');
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Serves `bytes` and returns the download URL. */
  put(name: string, bytes: Buffer | string): string {
    const path = `/${this.files.size}/${encodeURIComponent(name)}`;
    this.files.set(path, Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8'));
    return `${this.url}${path}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
