import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { guardedDownload } from '../../src/infra/download/guardedDownload';
import { FileServer } from '../support/fileServer';

const LOCAL = { hosts: ['*'], local: true };
const LIMITS = { maxBytes: 1024, timeoutMs: 5_000, maxRedirects: 2 };

describe('Guarded download over real HTTP', () => {
  let files: FileServer;
  beforeAll(async () => {
    files = await new FileServer().start();
  });
  afterAll(() => files.stop());

  it('When the file is within the limit, then its bytes come back exactly', async () => {
    const result = await guardedDownload(files.put('a.csv', 'x'.repeat(1024)), LOCAL, LIMITS);
    expect(result).toEqual({ kind: 'ok', bytes: new Uint8Array(Buffer.from('x'.repeat(1024))) });
  });

  it('When the file is one byte over the limit, then it is refused as too large', async () => {
    const result = await guardedDownload(files.put('b.csv', 'x'.repeat(1025)), LOCAL, LIMITS);
    expect(result).toMatchObject({ kind: 'failed', reason: 'TOO_LARGE' });
  });

  it('When redirects within the host go on past the limit, then the download stops', async () => {
    const last = files.put('c.csv', 'ok');
    const chain = files.redirect('r3', files.redirect('r2', files.redirect('r1', last)));
    expect(await guardedDownload(chain, LOCAL, LIMITS)).toMatchObject({
      kind: 'failed',
      reason: 'TOO_MANY_REDIRECTS',
    });
    expect(await guardedDownload(files.redirect('r4', last), LOCAL, LIMITS)).toMatchObject({ kind: 'ok' });
  });

  it('When the server never finishes the answer, then the download ends at its time limit', async () => {
    const server = http.createServer((_req, res) => {
      res.writeHead(200);
      res.write('a');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slow.csv`;
      expect(await guardedDownload(url, LOCAL, { ...LIMITS, timeoutMs: 300 })).toMatchObject({
        kind: 'failed',
        reason: 'TIMEOUT',
      });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('When the link is not a URL or carries credentials, then it is refused without a request', async () => {
    files.reset();
    expect(await guardedDownload('not a url', LOCAL, LIMITS)).toMatchObject({
      kind: 'failed',
      reason: 'BAD_URL',
    });
    const withCredentials = files.put('d.csv', 'x').replace('http://', 'http://user:secret@');
    expect(await guardedDownload(withCredentials, LOCAL, LIMITS)).toMatchObject({
      kind: 'failed',
      reason: 'BAD_URL',
    });
    expect(files.connections).toBe(0);
  });
});
