import type { IncomingMessage } from 'node:http';
import { isIdentity, readBoundedBody } from './readBoundedBody';

/**
 * The NGO form's largest legitimate body: every field at its limit in three-byte characters, each byte
 * percent-encoded (9 bytes a character), is 27 KB; 48 KB leaves room and keeps the cap small.
 */
export const MAX_FORM_BYTES = 48 * 1024;

export type FormBody =
  | { kind: 'ok'; fields: Record<string, string | string[]>; json: boolean }
  | {
      kind: 'refused';
      status: 400 | 408 | 413 | 415;
      code: 'UNSUPPORTED_MEDIA_TYPE' | 'BODY_TOO_LARGE' | 'BODY_UNREADABLE' | 'BODY_TIMEOUT' | 'BAD_JSON';
    };

function mediaType(contentType: string | undefined): { type: string; utf8: boolean } {
  const [type = '', ...params] = (contentType ?? '').split(';').map((part) => part.trim().toLowerCase());
  return { type, utf8: params.every((p) => p === '' || /^charset\s*=\s*"?utf-8"?$/.test(p)) };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The NGO page's own body reading (never restify's bodyParser, which writes multipart to disk and inflates
 * gzip): `application/x-www-form-urlencoded` (the page's form) or `application/json` (scripts), UTF-8,
 * identity encoding only (415 otherwise), at most the cap above (413) within `timeoutMs` (408), kept in
 * memory. A repeated field (checkboxes) becomes a list.
 */
export async function readFormBody(req: IncomingMessage, timeoutMs: number): Promise<FormBody> {
  const { type, utf8: isUtf8 } = mediaType(req.headers['content-type']);
  const json = type === 'application/json';
  if (
    (!json && type !== 'application/x-www-form-urlencoded') ||
    !isUtf8 ||
    !isIdentity(req.headers['content-encoding'])
  )
    return { kind: 'refused', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' };
  const read = await readBoundedBody(req, { maxBytes: MAX_FORM_BYTES, timeoutMs });
  if (read.kind !== 'ok') return read;
  let text: string;
  try {
    text = utf8.decode(read.body);
  } catch {
    return { kind: 'refused', status: 400, code: 'BODY_UNREADABLE' };
  }
  return json ? fromJson(text) : { kind: 'ok', fields: fromUrlEncoded(text), json: false };
}

function fromUrlEncoded(text: string): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  for (const [name, value] of new URLSearchParams(text)) {
    const before = fields[name];
    fields[name] = before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
  }
  return fields;
}

function fromJson(text: string): FormBody {
  try {
    const value = JSON.parse(text) as unknown;
    if (!value || typeof value !== 'object' || Array.isArray(value))
      return { kind: 'refused', status: 400, code: 'BAD_JSON' };
    const fields: Record<string, string | string[]> = Object.create(null) as Record<
      string,
      string | string[]
    >;
    for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
      if (typeof v === 'string' || typeof v === 'number') fields[name] = String(v);
      else if (Array.isArray(v))
        fields[name] = v.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
      else return { kind: 'refused', status: 400, code: 'BAD_JSON' };
    }
    return { kind: 'ok', fields, json: true };
  } catch {
    return { kind: 'refused', status: 400, code: 'BAD_JSON' };
  }
}
