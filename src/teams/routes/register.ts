import type { Attachment, TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { formatImportErrors } from '../../domain/register';
import type { Services } from '../../services';
import type { Translate } from '../../i18n';
import type { ImportFile } from '../../services/registerService';
import { attachment, type AdaptiveCard } from '../cards/adaptive';
import { registerMessageCard, registerPreviewCard } from '../cards/registerCard';
import { VERBS } from '../cards/verbs';
import { actorOf, languageOf } from '../turn';

/** Teams' attachment type for a file a user sends to a bot in personal chat. */
const TEAMS_FILE = 'application/vnd.microsoft.teams.file.download.info';
/** Register exports are a few hundred kilobytes at most; anything bigger is refused before reading. */
export const MAX_REGISTER_FILE_KB = 2048;
const DOWNLOAD_TIMEOUT_MS = 15_000;

interface FileRef {
  name: string;
  url: string;
}

/** The files in a message: Teams file-download attachments, or plain CSV attachments (local clients). */
export function filesIn(context: TurnContext): FileRef[] {
  return (context.activity.attachments ?? []).flatMap((a: Attachment): FileRef[] => {
    const content = a.content as { downloadUrl?: unknown } | undefined;
    if (a.contentType === TEAMS_FILE && typeof content?.downloadUrl === 'string') {
      return [{ name: a.name ?? 'tiedosto', url: content.downloadUrl }];
    }
    if (
      /^text\/(csv|plain)$|^application\/(vnd\.ms-excel|octet-stream)$/.test(a.contentType) &&
      a.contentUrl
    ) {
      return [{ name: a.name ?? 'tiedosto.csv', url: a.contentUrl }];
    }
    return [];
  });
}

type Download = { ok: true; file: ImportFile } | { ok: false; message: string };

async function download(ref: FileRef, production: boolean, t: Translate): Promise<Download> {
  if (!/\.(csv|txt)$/i.test(ref.name))
    return { ok: false, message: t('register.notCsv', { file: ref.name }) };
  const url = new URL(ref.url);
  if (url.protocol !== 'https:' && (production || url.protocol !== 'http:')) {
    return { ok: false, message: t('register.downloadFailed', { file: ref.name }) };
  }
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
    if (!res.ok) return { ok: false, message: t('register.downloadFailed', { file: ref.name }) };
    const declared = Number(res.headers.get('content-length') ?? 0);
    const tooLarge = () => ({
      ok: false as const,
      message: t('register.fileTooLarge', { file: ref.name, max: MAX_REGISTER_FILE_KB }),
    });
    if (declared > MAX_REGISTER_FILE_KB * 1024) return tooLarge();
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.byteLength > MAX_REGISTER_FILE_KB * 1024) return tooLarge();
    return { ok: true, file: { name: ref.name, bytes } };
  } catch {
    return { ok: false, message: t('register.downloadFailed', { file: ref.name }) };
  }
}

const send = (context: TurnContext, content: AdaptiveCard) =>
  context.sendActivity({ attachments: [attachment(content)] });

/**
 * A coordinator sends register CSV files in personal chat: every row is validated first; errors come
 * back row by row, a valid file gets a preview card, and nothing changes until it is confirmed.
 */
export async function onRegisterUpload(
  context: TurnContext,
  files: FileRef[],
  services: Services,
): Promise<void> {
  const { t } = languageOf(context);
  const actor = actorOf(context);
  if (!services.directory.roles(actor.aadObjectId).coordinator) {
    services.log.info({ actor: actor.aadObjectId }, 'register upload refused: not a coordinator');
    await context.sendActivity(t('register.notAllowed'));
    return;
  }
  if (context.activity.conversation.conversationType !== 'personal') {
    await context.sendActivity(t('register.personalOnly'));
    return;
  }
  const downloads = await Promise.all(
    files.map((ref) => download(ref, services.config.env === 'production', t)),
  );
  const failed = downloads.flatMap((d) => (d.ok ? [] : [d.message]));
  if (failed.length > 0) return void (await send(context, registerMessageCard(failed)));
  const ready = downloads.flatMap((d) => (d.ok ? [d.file] : []));
  const result = await services.register.preview(ready, actor.aadObjectId!);
  if (result.kind === 'invalid') {
    return void (await send(
      context,
      registerMessageCard([t('register.errorsTitle'), ...formatImportErrors(result.errors, t)]),
    ));
  }
  if (result.kind === 'unchanged') return void (await context.sendActivity(t('register.nothingChanged')));
  await send(context, registerPreviewCard(result.diff, result.token, t));
}

const tokenFrom = (data: unknown): string | undefined => {
  const token = (data as { token?: unknown } | undefined)?.token;
  return typeof token === 'string' && /^[0-9a-f-]{36}$/i.test(token) ? token : undefined;
};

/** Confirm and cancel on the preview card. The pending import is reloaded from Cosmos and bound to its author. */
export function registerRegisterActions(app: Application<TurnState>, services: Services): void {
  app.adaptiveCards.actionExecute(
    VERBS.registerApply,
    async (context, _state, data): Promise<AdaptiveCard> => {
      const { t } = languageOf(context);
      const actor = actorOf(context);
      const token = tokenFrom(data);
      if (!services.directory.roles(actor.aadObjectId).coordinator)
        return registerMessageCard([t('register.notAllowed')]);
      if (!token) return registerMessageCard([t('register.expired')]);
      const result = await services.register.apply(token, actor.aadObjectId!);
      if (result.kind === 'expired') return registerMessageCard([t('register.expired')]);
      if (result.kind === 'stale') return registerMessageCard([t('register.stale')]);
      if (result.kind === 'notAuthor') return registerMessageCard([t('register.notAuthor')]);
      const { added, changed, removed } = result.diff;
      return registerMessageCard([
        t('register.applied', { added: added.length, changed: changed.length, removed: removed.length }),
      ]);
    },
  );

  app.adaptiveCards.actionExecute(
    VERBS.registerCancel,
    async (context, _state, data): Promise<AdaptiveCard> => {
      const { t } = languageOf(context);
      const actor = actorOf(context);
      const token = tokenFrom(data);
      if (!token || !actor.aadObjectId) return registerMessageCard([t('register.expired')]);
      const cancelled = await services.register.cancel(token, actor.aadObjectId);
      return registerMessageCard([cancelled ? t('register.cancelled') : t('register.expired')]);
    },
  );
}
