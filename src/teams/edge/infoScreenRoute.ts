import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Server } from 'restify';
import type { Services } from '../../services';
import { SCREEN_HEADERS, SCREEN_SCRIPT, SCREEN_SCRIPT_PATH, infoScreenPage } from '../pages/infoScreen';

type Request = IncomingMessage & { params?: Record<string, unknown> };

/** GET /infotaulu/<unit id>: the centre's info screen (docs/ngo.md §8); GET /infotaulu/screen.js: its script. */
export function registerInfoScreen(server: Server, services: Services): void {
  server.get(SCREEN_SCRIPT_PATH, async (_req: Request, res: ServerResponse) => {
    res.writeHead(200, {
      'content-type': 'text/javascript; charset=utf-8',
      'x-content-type-options': 'nosniff',
      'cache-control': 'public, max-age=3600',
    });
    res.end(SCREEN_SCRIPT);
  });
  server.get('/infotaulu/:unitId', async (req: Request, res: ServerResponse) => {
    const unitId = String(req.params?.unitId ?? '');
    if (!services.storage.store) {
      res.writeHead(503, { ...SCREEN_HEADERS, 'retry-after': '10' });
      return void res.end();
    }
    const content = /^[A-Za-z0-9-]{1,40}$/.test(unitId)
      ? await services.infoScreens.content(unitId)
      : undefined;
    if (!content) {
      res.writeHead(404, SCREEN_HEADERS);
      return void res.end();
    }
    res.writeHead(200, SCREEN_HEADERS);
    res.end(infoScreenPage(content));
  });
}
