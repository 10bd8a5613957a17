import http from 'node:http';

export interface RawAnswer {
  /** The status, or undefined when the server closed the connection without an answer. */
  status?: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string | number>;
  /** Written in order; a number is a pause in milliseconds between chunks. */
  chunks?: Array<Buffer | string | number>;
  /** Stop writing once an answer has arrived (a refused upload). */
  stopOnAnswer?: boolean;
}

/**
 * One HTTP request with full control of headers and how the body is sent (chunked when there is no
 * content-length, slowly with pauses), for the edge's hostile cases. Never rejects: a connection the
 * server closed without answering gives `status: undefined`.
 */
export function rawRequest(baseUrl: string, request: RawRequest): Promise<RawAnswer> {
  const url = new URL(request.path, baseUrl);
  return new Promise<RawAnswer>((resolve) => {
    let answered = false;
    let done = false;
    const finish = (answer: RawAnswer) => {
      if (done) return;
      done = true;
      resolve(answer);
    };
    const req = http.request(
      {
        method: request.method ?? 'POST',
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        headers: request.headers,
        agent: false,
      },
      (res) => {
        answered = true;
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => finish({ status: res.statusCode, body, headers: res.headers }));
        res.on('error', () => finish({ status: res.statusCode, body, headers: res.headers }));
      },
    );
    req.on('error', () => finish({ status: undefined, body: '', headers: {} }));
    void (async () => {
      for (const chunk of request.chunks ?? []) {
        if (answered && request.stopOnAnswer) break;
        if (req.destroyed) return;
        if (typeof chunk === 'number') await new Promise((r) => setTimeout(r, chunk));
        else if (!req.write(chunk))
          await new Promise<void>((resolve) => {
            const go = () => {
              req.off('drain', go);
              req.off('close', go);
              resolve();
            };
            req.on('drain', go);
            req.on('close', go);
          });
      }
      if (!req.destroyed) req.end();
    })();
  });
}
