import type { Attachment, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Config } from '../../config';
import type { Translate } from '../../i18n';
import { guardedDownload, type DownloadResult } from '../compose';
import type { ImportFile } from '../../services/registerService';
import { logError } from '../../domain/errors';
import { userMessage } from '../errors';

/** Teams' attachment type for a file a user sends to a bot in personal chat. */
const TEAMS_FILE = 'application/vnd.microsoft.teams.file.download.info';
/** Register exports are a few hundred kilobytes at most; a download stops as soon as it passes this. */
export const MAX_REGISTER_FILE_KB = 2048;
/** The register has three kinds of file (units, liaisons, experts): at most one of each per message. */
export const MAX_REGISTER_FILES = 3;
const LIMITS = { maxBytes: MAX_REGISTER_FILE_KB * 1024, timeoutMs: 15_000, maxRedirects: 3 };

export interface FileRef {
  name: string;
  url: string;
  /** false: a plain CSV attachment with a contentUrl, which only local clients send */
  teams: boolean;
}

/** The files in a message: Teams file-download attachments, or plain CSV attachments (local clients). */
export function filesIn(context: TurnContext): FileRef[] {
  return (context.activity.attachments ?? []).flatMap((a: Attachment): FileRef[] => {
    const content = a.content as { downloadUrl?: unknown } | undefined;
    if (a.contentType === TEAMS_FILE && typeof content?.downloadUrl === 'string') {
      return [{ name: a.name ?? 'tiedosto', url: content.downloadUrl, teams: true }];
    }
    if (
      /^text\/(csv|plain)$|^application\/(vnd\.ms-excel|octet-stream)$/.test(a.contentType) &&
      typeof a.contentUrl === 'string'
    ) {
      return [{ name: a.name ?? 'tiedosto.csv', url: a.contentUrl, teams: false }];
    }
    return [];
  });
}

/** A plain attachment outside local use: refused without a request. */
type PlainRefused = {
  kind: 'failed';
  reason: 'PLAIN_ATTACHMENT';
  host?: string;
  status?: number;
  redirectTo?: string;
};
export type Downloaded = { kind: 'ok'; files: ImportFile[] } | { kind: 'failed'; messages: string[] };

/**
 * Downloads a message's register files one at a time within `config.registerDownloads` (outside local
 * use: https from the Teams download hosts only, public addresses only, no plain attachments) and stops
 * at the first failure, which is logged with its reason code and answered in the user's language.
 */
export async function downloadRegisterFiles(
  refs: FileRef[],
  config: Config,
  log: Logger,
  t: Translate,
): Promise<Downloaded> {
  if (refs.length > MAX_REGISTER_FILES) {
    logError(log, 'warn', 'REGISTER_DOWNLOAD_REFUSED', { reason: 'TOO_MANY_FILES', count: refs.length });
    return {
      kind: 'failed',
      messages: [userMessage('TOO_MANY_FILES', t, { count: refs.length, max: MAX_REGISTER_FILES })],
    };
  }
  const notCsv = refs.filter((ref) => !/\.(csv|txt)$/i.test(ref.name));
  if (notCsv.length > 0)
    return { kind: 'failed', messages: notCsv.map((ref) => t('register.notCsv', { file: ref.name })) };

  const files: ImportFile[] = [];
  for (const ref of refs) {
    const result: DownloadResult | PlainRefused =
      ref.teams || config.registerDownloads.local
        ? await guardedDownload(ref.url, config.registerDownloads, LIMITS)
        : { kind: 'failed', reason: 'PLAIN_ATTACHMENT' };
    if (result.kind === 'ok') {
      files.push({ name: ref.name, bytes: result.bytes });
      continue;
    }
    // The link itself is never logged: Teams' download links carry a token.
    const { reason, host, status, redirectTo } = result;
    logError(log, 'warn', 'REGISTER_DOWNLOAD_FAILED', { reason, file: ref.name, host, status, redirectTo });
    return {
      kind: 'failed',
      messages: [userMessage(reason, t, { file: ref.name, max: MAX_REGISTER_FILE_KB })],
    };
  }
  return { kind: 'ok', files };
}
