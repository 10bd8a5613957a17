import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Services } from '../../services';
import { answer } from './refuse';

/** A download of personal data: never cached (by a proxy or the browser), never sniffed as another type. */
const PRIVATE = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

/** GET /exports/:token/:file: short-lived CSV exports (the yearly summary's link); the token is the only key. */
export function exportsRoute(services: Services) {
  return async (req: IncomingMessage & { params?: Record<string, unknown> }, res: ServerResponse) => {
    const token = String(req.params?.token ?? '');
    const csv =
      /^[0-9a-f-]{36}$/i.test(token) && services.storage.store
        ? await services.repos().exports.read(token, services.clock().getTime())
        : undefined;
    if (csv === undefined) {
      answer(
        res,
        404,
        { error: 'EXPORT_NOT_FOUND', message: 'the link has expired; ask Silta for the summary again' },
        PRIVATE,
      );
      return;
    }
    const file = String(req.params?.file ?? 'export.csv').replace(/[^\w.-]/g, '_');
    res.writeHead(200, {
      ...PRIVATE,
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${file}"`,
    });
    res.end(csv);
  };
}
