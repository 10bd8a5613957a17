import type { IncomingMessage } from 'node:http';

export type RawBodyResult =
  | { kind: 'ok'; body: Buffer }
  | { kind: 'refused'; status: 400 | 408 | 413; code: 'BODY_TOO_LARGE' | 'BODY_UNREADABLE' | 'BODY_TIMEOUT' };

/** Only identity encoding: a compressed body would be inflated past any cap. */
export function isIdentity(encoding: string | undefined): boolean {
  return encoding === undefined || encoding.trim().toLowerCase() === 'identity' || encoding.trim() === '';
}

/**
 * Reads a request body into memory: counts the bytes actually read and stops at `maxBytes` (413, at once
 * when Content-Length already says more), gives the whole body `timeoutMs` (408). Nothing touches disk.
 */
export function readBoundedBody(
  req: IncomingMessage,
  limits: { maxBytes: number; timeoutMs: number },
): Promise<RawBodyResult> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limits.maxBytes)
    return Promise.resolve({ kind: 'refused', status: 413, code: 'BODY_TOO_LARGE' });

  return new Promise<RawBodyResult>((resolve) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    let settled = false;
    const finish = (result: RawBodyResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      if (result.kind !== 'ok') req.pause();
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > limits.maxBytes) finish({ kind: 'refused', status: 413, code: 'BODY_TOO_LARGE' });
      else chunks.push(chunk);
    };
    const onEnd = () => finish({ kind: 'ok', body: Buffer.concat(chunks, bytes) });
    const onError = () => finish({ kind: 'refused', status: 400, code: 'BODY_UNREADABLE' });
    const timer = setTimeout(
      () => finish({ kind: 'refused', status: 408, code: 'BODY_TIMEOUT' }),
      limits.timeoutMs,
    );
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}
