import type { IncomingMessage } from 'node:http';
import { isIdentity, readBoundedBody } from './readBoundedBody';

/**
 * The largest request body Silta reads. The largest legitimate activity is the "Välitä järjestötiedote"
 * dialog submitted with every field at its maximum in three-byte characters on a 28 KB message:
 * 99.7 KB (189.5 KB were every non-ASCII character \u-escaped); a Teams message of 28 KB with ten file
 * attachments is 67.3 KB, the notice form at its maximum 70.9 KB (test/support/largestActivities.ts,
 * README "The HTTP edge"). 256 KB leaves 2.5 times the largest.
 */
export const MAX_BODY_BYTES = 256 * 1024;

export type BodyRefusal = {
  status: 400 | 408 | 413 | 415;
  code: 'UNSUPPORTED_MEDIA_TYPE' | 'BODY_TOO_LARGE' | 'BODY_UNREADABLE' | 'BODY_TIMEOUT' | 'BAD_JSON';
};
export type BodyResult = { kind: 'ok'; value: unknown } | ({ kind: 'refused' } & BodyRefusal);

/** `application/json`, with no parameter but `charset=utf-8` (any case, optional quotes). */
function isJsonUtf8(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [type, ...params] = contentType.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => p === '' || /^charset\s*=\s*"?utf-8"?$/.test(p));
}

/**
 * Reads a JSON request body at the edge, before authentication: refuses anything but identity-encoded
 * UTF-8 JSON (415) before reading, counts the bytes actually read and stops at `maxBytes` (413, at once
 * when Content-Length already says more), gives the whole body `timeoutMs` (408), keeps it in memory
 * only, then parses it (400). Every refusal closes the connection (see `refuseAndClose`).
 */
export function readJsonBody(
  req: IncomingMessage,
  limits: { maxBytes: number; timeoutMs: number },
): Promise<BodyResult> {
  if (!isJsonUtf8(req.headers['content-type']) || !isIdentity(req.headers['content-encoding']))
    return Promise.resolve({ kind: 'refused', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
  return readBoundedBody(req, limits).then((read) => (read.kind === 'ok' ? parse(read.body) : read));
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function parse(body: Buffer): BodyResult {
  try {
    return { kind: 'ok', value: JSON.parse(utf8.decode(body)) as unknown };
  } catch {
    return { kind: 'refused', status: 400, code: 'BAD_JSON' };
  }
}
