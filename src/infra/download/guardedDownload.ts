import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { SiltaError, codeOf } from '../../domain/errors';
import { isPublicAddress } from './publicAddress';

/** Where downloads may come from. */
export interface DownloadRules {
  /** host names and `*.domain` wildcards (subdomains only); `*` = any host */
  hosts: readonly string[];
  /** local use: http:// too, and loopback or private addresses */
  local: boolean;
}

export interface DownloadLimits {
  maxBytes: number;
  /** the whole download, redirects included */
  timeoutMs: number;
  /** redirects followed, each to the same scheme, host and port as the link itself */
  maxRedirects: number;
}

/** Why a download was refused or failed; logged as the reason code. */
export type DownloadFailure =
  | 'BAD_URL'
  | 'SCHEME_NOT_ALLOWED'
  | 'HOST_NOT_ALLOWED'
  | 'PRIVATE_ADDRESS'
  | 'REDIRECT_TO_OTHER_ORIGIN'
  | 'TOO_MANY_REDIRECTS'
  | 'HTTP_STATUS'
  | 'TOO_LARGE'
  | 'TIMEOUT'
  | 'NETWORK';

export type DownloadResult =
  | { kind: 'ok'; bytes: Uint8Array }
  | { kind: 'failed'; reason: DownloadFailure; host?: string; status?: number; redirectTo?: string };

type Hop =
  | { kind: 'body'; bytes: Uint8Array }
  | { kind: 'redirect'; location: string }
  | { kind: 'failed'; reason: DownloadFailure; status?: number };

export function hostAllowed(hostname: string, patterns: readonly string[]): boolean {
  const host = hostname.toLowerCase();
  return patterns.some((pattern) =>
    pattern === '*' ? true : pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern,
  );
}

/**
 * DNS lookup for the connection itself that refuses names resolving to any non-public address: the
 * address checked is the address connected to, so a name that resolves to 127.0.0.1 (DNS rebinding)
 * never gets a connection.
 */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    if (addresses.length === 0 || addresses.some((a) => !isPublicAddress(a.address))) {
      return callback(new SiltaError('PRIVATE_ADDRESS'), '', 0);
    }
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

/** Checks a link against the rules before any connection is made. */
function refusal(url: URL, rules: DownloadRules): DownloadFailure | undefined {
  if (url.protocol !== 'https:' && !(rules.local && url.protocol === 'http:')) return 'SCHEME_NOT_ALLOWED';
  if (url.username || url.password) return 'BAD_URL';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!hostAllowed(host, rules.hosts)) return 'HOST_NOT_ALLOWED';
  if (!rules.local && isIP(host) !== 0 && !isPublicAddress(host)) return 'PRIVATE_ADDRESS';
  return undefined;
}

/** One GET: the body (counted as it streams, cut off past maxBytes), a redirect, or why it failed. */
function get(url: URL, rules: DownloadRules, maxBytes: number, signal: AbortSignal): Promise<Hop> {
  return new Promise<Hop>((resolve) => {
    const client = url.protocol === 'https:' ? https : http;
    const request = client.get(url, {
      agent: false,
      signal,
      headers: { 'accept-encoding': 'identity' },
      ...(rules.local ? {} : { lookup: publicOnlyLookup }),
    });
    const fail = (reason: DownloadFailure, status?: number) => {
      request.destroy();
      resolve({ kind: 'failed', reason, status });
    };
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (codeOf(error) === 'PRIVATE_ADDRESS') return fail('PRIVATE_ADDRESS');
      fail(signal.aborted ? 'TIMEOUT' : 'NETWORK');
    });
    request.on('response', (response: IncomingMessage) => {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        resolve({ kind: 'redirect', location: response.headers.location });
        return void request.destroy();
      }
      if (status !== 200) return fail('HTTP_STATUS', status);
      if (Number(response.headers['content-length'] ?? 0) > maxBytes) return fail('TOO_LARGE');
      const chunks: Buffer[] = [];
      let total = 0;
      response.on('data', (chunk: Buffer) => {
        total += chunk.byteLength;
        if (total > maxBytes) return fail('TOO_LARGE');
        chunks.push(chunk);
      });
      response.on('end', () => resolve({ kind: 'body', bytes: new Uint8Array(Buffer.concat(chunks)) }));
      response.on('error', () => fail(signal.aborted ? 'TIMEOUT' : 'NETWORK'));
      response.on('close', () => {
        if (!response.complete) fail(signal.aborted ? 'TIMEOUT' : 'NETWORK');
      });
    });
  });
}

/**
 * Downloads one file within the rules and limits. Redirects are followed only to the link's own scheme,
 * host and port (each hop checked again); anything else is refused, never fetched.
 */
export async function guardedDownload(
  link: string,
  rules: DownloadRules,
  limits: DownloadLimits,
): Promise<DownloadResult> {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return { kind: 'failed', reason: 'BAD_URL' };
  }
  const origin = url.origin;
  const host = url.host;
  const signal = AbortSignal.timeout(limits.timeoutMs);
  for (let redirects = 0; ; redirects += 1) {
    const refused = refusal(url, rules);
    if (refused) return { kind: 'failed', reason: refused, host };
    const hop = await get(url, rules, limits.maxBytes, signal);
    if (hop.kind === 'body') return { kind: 'ok', bytes: hop.bytes };
    if (hop.kind === 'failed') return { kind: 'failed', reason: hop.reason, host, status: hop.status };
    if (redirects >= limits.maxRedirects) return { kind: 'failed', reason: 'TOO_MANY_REDIRECTS', host };
    let next: URL;
    try {
      next = new URL(hop.location, url);
    } catch {
      return { kind: 'failed', reason: 'BAD_URL', host };
    }
    if (next.origin !== origin) {
      return { kind: 'failed', reason: 'REDIRECT_TO_OTHER_ORIGIN', host, redirectTo: next.host };
    }
    url = next;
  }
}
