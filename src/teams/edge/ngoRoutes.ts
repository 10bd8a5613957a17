import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Server } from 'restify';
import type { Config } from '../../config';
import { logError } from '../../domain/errors';
import type { Locale } from '../../i18n';
import { t } from '../../i18n';
import type { Services } from '../../services';
import { PAGE_HEADERS } from '../pages/html';
import { errorText, formPage } from '../pages/ngoForm';
import { NGO_PAGE_PATHS, STATUS_SEGMENT, statusPath } from '../pages/ngoPaths';
import { messagePage, statusPage, thanksPage } from '../pages/ngoStatus';
import { clientAddress } from './clientAddress';
import { InboundLimiter } from './inboundLimiter';
import { readFormBody } from './readFormBody';
import { closeAfterAnswer, refuseAndClose } from './refuse';

type Request = IncomingMessage & { params?: Record<string, unknown> };

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, { ...PAGE_HEADERS, ...headers });
  res.end(body);
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) return;
  res.writeHead(status, {
    'content-type': 'application/json',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

/**
 * The public NGO page (docs/ngo.md §1–§5), in Finnish, Swedish and English: GET shows the form, POST
 * receives it (the page's urlencoded form, or JSON), GET …/<status>/<token> shows the status. Submissions
 * are rate-limited per client address and overall before their body is read, read with a small cap and
 * a time limit, checked (honeypot, fill time) and validated by the NGO service.
 */
export function registerNgoRoutes(server: Server, services: Services, config: Config): void {
  const limiter = new InboundLimiter(config.ngo.addressLimits, config.ngo.totalLimits);
  for (const locale of Object.keys(NGO_PAGE_PATHS) as Locale[]) {
    const path = NGO_PAGE_PATHS[locale];
    server.get(path, async (_req: Request, res: ServerResponse) => {
      if (!services.storage.store)
        return send(res, 503, messagePage(locale, t(locale, 'ngo.unavailable')), { 'retry-after': '10' });
      send(res, 200, formPage({ locale, units: services.ngo.units(), servedAt: services.clock().getTime() }));
    });
    server.post(path, async (req: Request, res: ServerResponse) => submit(req, res, locale));
    server.get(`${path}/${STATUS_SEGMENT[locale]}/:token`, async (req: Request, res: ServerResponse) => {
      const submission = services.storage.store
        ? await services.ngo.byToken(String(req.params?.token ?? ''))
        : undefined;
      send(res, submission ? 200 : 404, statusPage(locale, submission));
    });
  }

  async function submit(req: Request, res: ServerResponse, pageLocale: Locale): Promise<void> {
    const wantsJson = (req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json');
    const refuse = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
      wantsJson
        ? sendJson(res, status, { error: code, message }, headers)
        : send(res, status, messagePage(pageLocale, message), headers);

    if (limiter.admit(clientAddress(req, config.ngo.trustForwardedFor), 'all') !== 'admit') {
      logError(services.log, 'warn', 'NGO_RATE_LIMITED');
      closeAfterAnswer(req, res);
      return refuse(429, 'NGO_RATE_LIMITED', t(pageLocale, 'ngo.rateLimited'), {
        'retry-after': '600',
        connection: 'close',
      });
    }
    const body = await readFormBody(req, config.inbound.bodyTimeoutMs);
    if (body.kind !== 'ok') {
      if (body.status === 413 && !wantsJson) {
        closeAfterAnswer(req, res);
        return send(res, 413, messagePage(pageLocale, t(pageLocale, 'ngo.tooLarge')), {
          connection: 'close',
        });
      }
      return refuseAndClose(req, res, body.status, body.code);
    }
    if (!services.storage.store)
      return refuse(503, 'STORAGE_NOT_READY', t(pageLocale, 'ngo.unavailable'), { 'retry-after': '10' });
    const fields = body.fields;
    const locale = (['fi', 'sv', 'en'] as const).find((l) => l === fields.language) ?? pageLocale;
    const result = await services.ngo.submit(fields);
    const servedAt = services.clock().getTime();
    if (result.kind === 'ok') {
      const url = `${config.publicBaseUrl}${statusPath(locale, result.token)}`;
      return wantsJson
        ? sendJson(res, 201, { reference: result.reference, statusUrl: url })
        : send(res, 201, thanksPage(locale, result.reference, url));
    }
    if (result.kind === 'guard') {
      const message = t(locale, result.verdict === 'tooFast' ? 'ngo.tooFast' : 'ngo.refused');
      if (wantsJson)
        return sendJson(res, 422, {
          error: result.verdict === 'tooFast' ? 'NGO_TOO_FAST' : 'NGO_REFUSED',
          message,
        });
      return send(
        res,
        422,
        formPage({
          locale,
          units: services.ngo.units(),
          servedAt,
          values: { ...fields, website: '' },
          alert: message,
        }),
      );
    }
    if (wantsJson) {
      return sendJson(res, 422, {
        error: 'NGO_INVALID',
        errors: result.errors.map((e) => ({ ...e, message: errorText(locale, e) })),
      });
    }
    send(
      res,
      422,
      formPage({ locale, units: services.ngo.units(), servedAt, values: fields, errors: result.errors }),
    );
  }
}
