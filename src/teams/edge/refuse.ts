import type { IncomingMessage, ServerResponse } from 'node:http';

/** How long a refused request's unread body may still be discarded before the socket is destroyed. */
const LINGER_MS = 1000;

/** A JSON answer (errors: a bare code, never internal text); no body when `body` is undefined. */
export function answer(res: ServerResponse, status: number, body?: unknown, headers: object = {}): void {
  if (res.headersSent) return;
  if (body === undefined) {
    res.writeHead(status, headers as Record<string, string>);
    res.end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * Answers a request whose body is not (all) read and closes its connection: after the answer is out,
 * what is still in flight is read and discarded for at most a second (so the client sees the answer
 * rather than a reset), then the socket is destroyed. Nothing of the body is kept.
 */
export function refuseAndClose(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  code: string,
): void {
  closeAfterAnswer(req, res);
  answer(res, status, { error: code }, { connection: 'close' });
}

/**
 * Once the answer is out, reads and discards what is still in flight for at most a second (so the
 * client sees the answer rather than a reset), then destroys the socket. Call before answering.
 */
export function closeAfterAnswer(req: IncomingMessage, res: ServerResponse): void {
  const socket = req.socket;
  res.once('finish', () => {
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
    req.on('data', () => undefined);
    req.resume();
    socket.end();
  });
}
