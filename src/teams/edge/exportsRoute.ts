import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Services } from '../../services';
import { answer } from './refuse';

/** A download of personal data: never cached (by a proxy or the browser), never sniffed as another type. */
const PRIVATE = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
/** The summary's chart holds counts only: clients and Teams' image proxy may keep it for a day. */
const CHART = { 'cache-control': 'private, max-age=86400', 'x-content-type-options': 'nosniff' };

/**
 * GET /exports/:token/:file: short-lived exports of the yearly summary, the CSV and (a file name ending
 * in .png) the chart's image; the token is the only key.
 */
export function exportsRoute(services: Services) {
  return async (req: IncomingMessage & { params?: Record<string, unknown> }, res: ServerResponse) => {
    const token = String(req.params?.token ?? '');
    const file = String(req.params?.file ?? 'export.csv').replace(/[^\w.-]/g, '_');
    const read = () => services.orders.readExport(token, file.endsWith('.png') ? 'png' : 'csv');
    const body = /^[0-9a-f-]{36}$/i.test(token) && services.storage.store ? await read() : undefined;
    if (body === undefined) {
      answer(
        res,
        404,
        { error: 'EXPORT_NOT_FOUND', message: 'the link has expired; ask Silta for the summary again' },
        PRIVATE,
      );
      return;
    }
    if (typeof body !== 'string') {
      res.writeHead(200, { ...CHART, 'content-type': 'image/png' });
      res.end(body);
      return;
    }
    res.writeHead(200, {
      ...PRIVATE,
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${file}"`,
    });
    res.end(body);
  };
}
