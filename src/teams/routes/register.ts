import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { formatImportErrors, pendingTokenOf } from '../../domain/register';
import type { Services } from '../../services';
import { attachment, type AdaptiveCard } from '../cards/adaptive';
import { registerMessageCard, registerPreviewCard } from '../cards/registerCard';
import { VERBS } from '../cards/verbs';
import { onCardAction } from '../cardAction';
import { actorOf, languageOf } from '../turn';
import { downloadRegisterFiles, type FileRef } from './registerDownload';

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
  const downloaded = await downloadRegisterFiles(files, services.config, services.log, t);
  if (downloaded.kind !== 'ok') return void (await send(context, registerMessageCard(downloaded.messages)));
  const result = await services.register.preview(downloaded.files, actor.aadObjectId!);
  if (result.kind === 'invalid') {
    return void (await send(
      context,
      registerMessageCard([t('register.errorsTitle'), ...formatImportErrors(result.errors, t)]),
    ));
  }
  if (result.kind === 'unchanged') return void (await context.sendActivity(t('register.nothingChanged')));
  await send(context, registerPreviewCard(result.diff, result.token, t));
}

/** Confirm and cancel on the preview card. The pending import is reloaded from Cosmos and bound to its author. */
export function registerRegisterActions(app: Application<TurnState>, services: Services): void {
  onCardAction(app, VERBS.registerApply, async ({ t, actor }, data) => {
    const token = pendingTokenOf(data);
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
  });

  onCardAction(app, VERBS.registerCancel, async ({ t, actor }, data) => {
    const token = pendingTokenOf(data);
    if (!token || !actor.aadObjectId) return registerMessageCard([t('register.expired')]);
    const cancelled = await services.register.cancel(token, actor.aadObjectId);
    return registerMessageCard([cancelled ? t('register.cancelled') : t('register.expired')]);
  });
}
