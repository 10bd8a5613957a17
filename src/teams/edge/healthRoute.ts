import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Services } from '../../services';
import type { OpenIdKeys } from './openIdKeys';
import { answer } from './refuse';
import type { TurnsInFlight } from './turnsInFlight';

/**
 * GET /healthz: 200 when storage answers, else 503. `auth` tells whether Bot Framework's signing keys
 * could be fetched (`metadata-unreachable`: tokens cannot be checked, so requests are refused), or
 * `off` in anonymous mode.
 */
export function healthRoute(services: Services, turns: TurnsInFlight, keys?: OpenIdKeys) {
  return async (_req: IncomingMessage, res: ServerResponse) => {
    const storage = await services.storage.ping();
    answer(res, storage ? 200 : 503, {
      status: storage ? 'ok' : 'unavailable',
      storage: storage ? 'ok' : 'unreachable',
      auth: keys ? keys.status : 'off',
      draining: turns.draining,
    });
  };
}
