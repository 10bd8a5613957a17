import type { IncomingMessage } from 'node:http';

/**
 * The client's address for rate limits. Behind Azure App Service's front end (`trustForwardedFor`) it is
 * the last X-Forwarded-For entry, the one the front end appended (a client cannot forge it; entries before
 * it can be); elsewhere the socket's peer. A port (`1.2.3.4:5678`) is dropped.
 */
export function clientAddress(req: IncomingMessage, trustForwardedFor: boolean): string {
  const header = req.headers['x-forwarded-for'];
  const forwarded = Array.isArray(header) ? header.join(',') : header;
  if (trustForwardedFor && forwarded) {
    const last = forwarded.split(',').pop()!.trim();
    const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(last);
    const v6WithPort = /^\[([0-9a-f:.]+)\](?::\d+)?$/i.exec(last);
    const address = v4WithPort?.[1] ?? v6WithPort?.[1] ?? last;
    if (address) return address.toLowerCase();
  }
  return (req.socket.remoteAddress ?? 'unknown').toLowerCase();
}
