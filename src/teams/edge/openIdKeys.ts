import { createPublicKey, type KeyObject } from 'node:crypto';
import type { Logger } from 'pino';
import { SiltaError, logError } from '../../domain/errors';

export type MetadataStatus = 'not-fetched' | 'ok' | 'metadata-unreachable';

/** No signing keys at all (never fetched): requests fail closed with 503 until they can be fetched. */
export class MetadataUnavailable extends SiltaError<'OPENID_METADATA_UNAVAILABLE'> {
  constructor() {
    super('OPENID_METADATA_UNAVAILABLE');
  }
}

export interface SigningKey {
  key: KeyObject;
  /** The PEM form the Bot Framework SDK verifies with. */
  pem: string;
  endorsements: string[];
}

export interface OpenIdKeysOptions {
  /** Each of the two fetches (metadata document, key set). */
  timeoutMs: number;
  /** Keys older than this are refreshed on the next request (stale keys are still used if that fails). */
  maxAgeMs: number;
  /** An unknown `kid` refreshes the keys at most this often (a forged kid must not refetch every time). */
  minRefreshMs: number;
  /** With no keys yet, a failed fetch is retried no sooner than this. */
  retryMs: number;
}

const DEFAULTS: OpenIdKeysOptions = {
  timeoutMs: 5_000,
  maxAgeMs: 24 * 3_600_000,
  minRefreshMs: 5 * 60_000,
  retryMs: 30_000,
};
const MAX_DOCUMENT_BYTES = 1024 * 1024;

/**
 * The keys Bot Framework signs its tokens with, from an OpenID metadata document and its JWKS:
 * fetched with a timeout, one fetch at a time shared by every request (single flight), refreshed when
 * older than a day or, for an unknown key id, at most every five minutes. `status` is what /healthz
 * shows; the change to unreachable (and back) is logged once.
 */
export class OpenIdKeys {
  status: MetadataStatus = 'not-fetched';
  private keys = new Map<string, SigningKey>();
  private fetchedAt = Number.NEGATIVE_INFINITY;
  private attemptedAt = Number.NEGATIVE_INFINITY;
  private inFlight?: Promise<void>;
  private readonly options: OpenIdKeysOptions;

  constructor(
    readonly url: string,
    private readonly log: Logger,
    options: Partial<OpenIdKeysOptions> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** The key with this id, or undefined; throws MetadataUnavailable when no keys could ever be fetched. */
  async key(kid: string): Promise<SigningKey | undefined> {
    const at = this.now();
    const known = this.keys.get(kid);
    const stale = at - this.fetchedAt > this.options.maxAgeMs;
    if (known && !stale) return known;
    const wait = this.keys.size === 0 ? this.options.retryMs : stale ? 0 : this.options.minRefreshMs;
    if (this.inFlight || at - this.attemptedAt >= wait) await this.refresh();
    if (this.keys.size === 0) throw new MetadataUnavailable();
    return this.keys.get(kid);
  }

  /** Fetches now, or joins the fetch under way. Never throws. */
  refresh(): Promise<void> {
    this.inFlight ??= this.fetchKeys().finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  /** The SDK's OpenIdMetadata interface (botframework-connector's JwtTokenExtractor calls it). */
  async getKey(kid: string): Promise<{ key: string; endorsements: string[] } | null> {
    const found = await this.key(kid);
    return found ? { key: found.pem, endorsements: found.endorsements } : null;
  }

  private async fetchKeys(): Promise<void> {
    this.attemptedAt = this.now();
    try {
      const metadata = (await this.getJson(this.url)) as { jwks_uri?: unknown };
      if (typeof metadata.jwks_uri !== 'string') throw new Error('the metadata has no jwks_uri');
      const jwks = (await this.getJson(metadata.jwks_uri)) as { keys?: unknown };
      const keys = parseKeys(jwks.keys);
      if (keys.size === 0) throw new Error('the key set has no RSA signing keys');
      this.keys = keys;
      this.fetchedAt = this.now();
      if (this.status === 'metadata-unreachable')
        logError(this.log, 'info', 'OPENID_METADATA_OK', { url: this.url, keys: keys.size });
      this.status = 'ok';
    } catch (error) {
      if (this.status !== 'metadata-unreachable')
        logError(this.log, 'error', 'OPENID_METADATA_UNREACHABLE', {
          url: this.url,
          reason: error instanceof Error ? error.message : String(error),
        });
      this.status = 'metadata-unreachable';
    }
  }

  private async getJson(url: string): Promise<unknown> {
    const res = await fetch(url, { signal: AbortSignal.timeout(this.options.timeoutMs) });
    if (!res.ok) throw new Error(`HTTP ${res.status} from ${url}`);
    const text = await res.text();
    if (text.length > MAX_DOCUMENT_BYTES) throw new Error(`${url} is larger than 1 MB`);
    return JSON.parse(text) as unknown;
  }
}

function parseKeys(list: unknown): Map<string, SigningKey> {
  const keys = new Map<string, SigningKey>();
  if (!Array.isArray(list)) return keys;
  for (const jwk of list as Array<Record<string, unknown>>) {
    if (!jwk || jwk.kty !== 'RSA' || typeof jwk.kid !== 'string') continue;
    if (typeof jwk.n !== 'string' || typeof jwk.e !== 'string') continue;
    try {
      const key = createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' });
      const endorsements = Array.isArray(jwk.endorsements)
        ? jwk.endorsements.filter((e): e is string => typeof e === 'string')
        : [];
      keys.set(jwk.kid, { key, pem: key.export({ type: 'spki', format: 'pem' }).toString(), endorsements });
    } catch {
      // not a usable RSA key: skipped
    }
  }
  return keys;
}
