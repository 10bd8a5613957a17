import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createDeflate, createGzip, type Deflate, type Gzip } from 'node:zlib';
import { message, post } from '../support/activities';
import { rawRequest } from '../support/rawHttp';
import { startSilta, type TestSilta } from '../support/silta';
import { MAX_BODY_BYTES } from '../../src/teams/edge/readJsonBody';

/** `megabytes` of zeros inside a JSON string, compressed: a few hundred KB on the wire. */
async function bomb(compressor: Gzip | Deflate, megabytes: number): Promise<Buffer> {
  const out: Buffer[] = [];
  compressor.on('data', (c: Buffer) => out.push(c));
  const ended = new Promise((resolve) => compressor.on('end', resolve));
  compressor.write('{"type":"message","text":"');
  const zeros = Buffer.alloc(1024 * 1024, 0x30);
  for (let i = 0; i < megabytes; i += 1) {
    if (!compressor.write(zeros)) await new Promise((r) => compressor.once('drain', r));
  }
  compressor.end('"}');
  await ended;
  return Buffer.concat(out);
}

const MB = 1024 * 1024;

describe('The HTTP edge refuses bodies it should not read', () => {
  let silta: TestSilta;
  beforeAll(async () => {
    silta = await startSilta({ HTTP_BODY_TIMEOUT_SECONDS: '1' });
  });
  afterAll(() => silta.stop());
  beforeEach(() => silta.connector.clear());

  const activity = () => JSON.stringify(message('apua', { serviceUrl: silta.connector.url }));

  it('When a 300 MB gzip bomb arrives with no token, then 415 and memory stays where it was', async () => {
    const body = await bomb(createGzip({ level: 9 }), 300);
    expect(body.length).toBeGreaterThan(250 * 1024);
    global.gc?.();
    const before = process.memoryUsage();
    const res = await rawRequest(silta.url, {
      path: '/api/messages',
      headers: {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        'content-length': body.length,
      },
      chunks: [body],
      stopOnAnswer: true,
    });
    const after = process.memoryUsage();
    expect(res.status).toBe(415);
    expect(JSON.parse(res.body)).toEqual({ error: 'UNSUPPORTED_MEDIA_TYPE' });
    // Inflating it would take 300 MB; 64 MB is a generous bound for everything else going on.
    expect(after.rss - before.rss).toBeLessThan(64 * MB);
    expect(after.heapUsed - before.heapUsed).toBeLessThan(64 * MB);
    expect(silta.connector.requests).toBe(0);
  });

  it('When a deflate body arrives (chunked, no length), then 415', async () => {
    const body = await bomb(createDeflate(), 50);
    const res = await rawRequest(silta.url, {
      path: '/api/messages',
      headers: { 'content-type': 'application/json', 'content-encoding': 'deflate' },
      chunks: [body],
      stopOnAnswer: true,
    });
    expect(res.status).toBe(415);
  });

  it('When a multipart upload arrives, then 415 and the temp folder gains no files', async () => {
    const before = readdirSync(tmpdir()).length;
    const boundary = `----silta${randomUUID()}`;
    const part = (name: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${name}.bin"\r\n` +
      `Content-Type: application/octet-stream\r\n\r\n${'x'.repeat(100_000)}\r\n`;
    const body = Buffer.from(`${part('a')}${part('b')}${part('c')}--${boundary}--\r\n`);
    const res = await rawRequest(silta.url, {
      path: '/api/messages',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': body.length },
      chunks: [body],
      stopOnAnswer: true,
    });
    expect(res.status).toBe(415);
    expect(readdirSync(tmpdir()).length).toBe(before);
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['JSON in Latin-1', 'application/json; charset=iso-8859-1'],
    ['form data', 'application/x-www-form-urlencoded'],
    ['JSON with an unknown parameter', 'application/json; boundary=x'],
  ])('When the content type is %s, then 415 before reading', async (_what, contentType) => {
    const body = activity();
    const res = await rawRequest(silta.url, {
      path: '/api/messages',
      headers: { 'content-type': contentType, 'content-length': Buffer.byteLength(body) },
      chunks: [body],
    });
    expect(res.status).toBe(415);
    expect(silta.connector.requests).toBe(0);
  });

  it('When there is no content type, then 415', async () => {
    const res = await rawRequest(silta.url, { path: '/api/messages', chunks: [activity()] });
    expect(res.status).toBe(415);
  });

  it('When JSON comes with charset=UTF-8, then it is read as any activity', async () => {
    const body = activity();
    const res = await rawRequest(silta.url, {
      path: '/api/messages',
      headers: {
        'content-type': 'application/json; charset=UTF-8',
        'content-length': Buffer.byteLength(body),
      },
      chunks: [body],
    });
    expect(res.status).toBe(200);
    await silta.connector.waitForCount(1);
  });

  it('When Content-Length says more than the cap, then 413 before the body is read', async () => {
    const res = await rawRequest(silta.url, {
      path: '/api/messages',
      headers: { 'content-type': 'application/json', 'content-length': 50 * MB },
      chunks: Array.from({ length: 50 }, () => Buffer.alloc(MB, 0x20)),
      stopOnAnswer: true,
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toEqual({ error: 'BODY_TOO_LARGE' });
  });

  it('When a chunked body without Content-Length grows past the cap, then 413', async () => {
    const res = await rawRequest(silta.url, {
      path: '/api/messages',
      headers: { 'content-type': 'application/json' },
      chunks: ['{"type":"message","text":"', ...Array.from({ length: 64 }, () => 'x'.repeat(64 * 1024))],
      stopOnAnswer: true,
    });
    expect(res.status).toBe(413);
  });

  it('When a body is exactly at the cap, then it is read (and refused only for what it says)', async () => {
    const head = '{"type":"message","text":"';
    const text = 'x'.repeat(MAX_BODY_BYTES - head.length - 2);
    const res = await rawRequest(silta.url, {
      path: '/api/messages',
      headers: { 'content-type': 'application/json' },
      chunks: [head, text, '"}'],
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ error: 'BAD_ACTIVITY' });
  });

  it('When a body trickles in, then it is cut off with 408 after the body timeout', async () => {
    const body = activity();
    const res = await rawRequest(silta.url, {
      path: '/api/messages',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      chunks: [body.slice(0, 10), 700, body.slice(10, 20), 700, body.slice(20, 30), 700, body.slice(30)],
      stopOnAnswer: true,
    });
    expect(res.status).toBe(408);
    expect(silta.connector.requests).toBe(0);
  });

  it('After all that, then /healthz answers and a normal turn is answered', async () => {
    expect((await fetch(`${silta.url}/healthz`)).status).toBe(200);
    expect((await post(silta.url, message('apua', { serviceUrl: silta.connector.url }))).status).toBe(200);
    await silta.connector.waitForCount(1);
  });
});

describe('CSV exports', () => {
  let silta: TestSilta;
  beforeAll(async () => {
    silta = await startSilta();
  });
  afterAll(() => silta.stop());

  it('When an export is downloaded, then it is neither cached nor sniffed', async () => {
    const token = randomUUID();
    await silta.services.repos().exports.save(token, 'a;b\n1;2\n', Date.now() + 60_000);
    const res = await fetch(`${silta.url}/exports/${token}/yhteenveto.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="yhteenveto.csv"');
    expect(await res.text()).toBe('a;b\n1;2\n');
  });

  it('When the export is unknown, then 404, also not cached', async () => {
    const res = await fetch(`${silta.url}/exports/${randomUUID()}/x.csv`);
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
