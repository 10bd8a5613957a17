import { createHmac, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const CHANNEL_ISSUER = 'https://api.botframework.com';

/**
 * A local stand-in for Bot Framework's OpenID metadata and key set (login.botframework.com), with
 * its own RSA key, so authentication is tested offline. `mode` makes it fail or hang; `hits` counts
 * requests per path.
 */
export class OpenIdServer {
  readonly kid = 'silta-test-key';
  readonly privateKey: KeyObject;
  private readonly publicJwk: Record<string, unknown>;
  readonly hits: Record<string, number> = {};
  mode: 'ok' | 'fail' | 'hang' = 'ok';
  url = '';
  private server?: http.Server;

  constructor() {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = privateKey;
    this.publicJwk = publicKey.export({ format: 'jwk' }) as Record<string, unknown>;
  }

  get metadataUrl(): string {
    return `${this.url}/v1/.well-known/openidconfiguration`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const path = req.url ?? '';
      this.hits[path] = (this.hits[path] ?? 0) + 1;
      if (this.mode === 'hang') return;
      if (this.mode === 'fail') {
        res.statusCode = 500;
        res.end();
        return;
      }
      res.setHeader('content-type', 'application/json');
      if (path === '/v1/.well-known/openidconfiguration') {
        res.end(JSON.stringify({ issuer: CHANNEL_ISSUER, jwks_uri: `${this.url}/v1/.well-known/keys` }));
      } else if (path === '/v1/.well-known/keys') {
        res.end(
          JSON.stringify({
            keys: [{ ...this.publicJwk, kid: this.kid, use: 'sig', endorsements: ['msteams'] }],
          }),
        );
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT signed with `key` (RSA: RS256; a string: HS256 with it as the secret; none: unsigned). */
export function jwt(
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
  key: KeyObject | string | 'none',
): string {
  const data = `${b64(header)}.${b64(claims)}`;
  if (key === 'none') return `${data}.`;
  const signature =
    typeof key === 'string'
      ? createHmac('sha256', key).update(data).digest()
      : sign('sha256', Buffer.from(data), key);
  return `${data}.${signature.toString('base64url')}`;
}
