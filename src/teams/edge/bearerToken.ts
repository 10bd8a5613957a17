import { verify } from 'node:crypto';
import type { OpenIdKeys } from './openIdKeys';

/** Bot Framework signs with RSA (botframework-connector allows RS256, RS384 and RS512). */
const HASHES = new Map([
  ['RS256', 'sha256'],
  ['RS384', 'sha384'],
  ['RS512', 'sha512'],
]);
/** The SDK's clock tolerance for exp/nbf. */
const TOLERANCE_S = 5 * 60;

export type TokenVerdict = { kind: 'ok' } | { kind: 'refused'; reason: string };

export interface Expected {
  /** The bot's app id (`aud`). */
  audience: string;
  /** Bot Framework's token issuer for channels (`iss`). */
  issuer: string;
  nowMs: number;
}

function json(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks the bearer token before the Bot Framework SDK sees it: the SDK answers a bad signature,
 * `alg=none` or HS256 with 500, its message and a multi-line console.error, and fetches keys itself.
 * Here every forged kind is a reason to log and a 401: RSA algorithm, issuer, audience, expiry, a
 * known key id and the signature with that key. A token that passes still goes through the SDK's own
 * validation (endorsements, the serviceUrl claim). May throw MetadataUnavailable (no keys at all).
 */
export async function checkBearer(
  header: string | undefined,
  keys: OpenIdKeys,
  expected: Expected,
): Promise<TokenVerdict> {
  if (!header) return { kind: 'refused', reason: 'missing' };
  const match = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(header);
  if (!match) return { kind: 'refused', reason: 'malformed' };
  const [, head, body, signature] = match as unknown as [string, string, string, string];
  const jose = json(head);
  const claims = json(body);
  if (!jose || !claims) return { kind: 'refused', reason: 'malformed' };
  const hash = typeof jose.alg === 'string' ? HASHES.get(jose.alg) : undefined;
  if (!hash) return { kind: 'refused', reason: 'algorithm' };
  if (claims.iss !== expected.issuer) return { kind: 'refused', reason: 'issuer' };
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(expected.audience)) return { kind: 'refused', reason: 'audience' };
  const now = expected.nowMs / 1000;
  if (typeof claims.exp !== 'number' || now > claims.exp + TOLERANCE_S)
    return { kind: 'refused', reason: 'expired' };
  if (typeof claims.nbf === 'number' && now < claims.nbf - TOLERANCE_S)
    return { kind: 'refused', reason: 'not-yet-valid' };
  if (typeof jose.kid !== 'string') return { kind: 'refused', reason: 'unknown-key' };
  const key = await keys.key(jose.kid);
  if (!key) return { kind: 'refused', reason: 'unknown-key' };
  const signed = Buffer.from(`${head}.${body}`);
  if (!verify(hash, signed, key.key, Buffer.from(signature, 'base64url')))
    return { kind: 'refused', reason: 'signature' };
  return { kind: 'ok' };
}
