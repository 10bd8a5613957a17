import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { erasureTokenOf } from '../../domain/register';
import type { Services } from '../../services';
import { attachment } from '../cards/adaptive';
import { consentMessageCard, consentPreviewCard } from '../cards/consentCard';
import { VERBS } from '../cards/verbs';
import { onCardAction } from '../cardAction';
import { actorOf, languageOf } from '../turn';

/**
 * "suostumus peruttu KT-010": the county coordinator asks to erase an experience expert's data; they
 * get a preview card of everything that will go, and nothing changes until they confirm it.
 */
export async function startErasure(context: TurnContext, who: string, services: Services): Promise<void> {
  const { t } = languageOf(context);
  const actor = actorOf(context);
  if (!actor.aadObjectId || !services.directory.roles(actor.aadObjectId).coordinator) {
    services.log.info({ actor: actor.aadObjectId }, 'erasure refused: not the coordinator');
    return void (await context.sendActivity(t('consent.notAllowed')));
  }
  if (context.activity.conversation.conversationType !== 'personal')
    return void (await context.sendActivity(t('consent.personalOnly')));
  if (who === '') return void (await context.sendActivity(t('consent.whom')));
  const result = await services.consent.preview(actor.aadObjectId, who);
  if (result.kind === 'notAllowed') return void (await context.sendActivity(t('consent.notAllowed')));
  if (result.kind === 'notFound') return void (await context.sendActivity(t('consent.notFound', { who })));
  if (result.kind === 'ambiguous') {
    const list = result.experts.map((e) => `${e.name} (${e.id})`).join(', ');
    return void (await context.sendActivity(
      t('consent.ambiguous', { who, list, id: result.experts[0]!.id }),
    ));
  }
  const content = consentPreviewCard(
    { ...result, unitName: (id) => services.directory.unit(id)?.name ?? id },
    t,
  );
  await context.sendActivity({ attachments: [attachment(content)] });
}

/** Confirm and cancel on the preview: the stored request is reloaded and bound to its author. */
export function registerConsentActions(app: Application<TurnState>, services: Services): void {
  onCardAction(app, VERBS.consentErase, async ({ t, actor }, data) => {
    const token = erasureTokenOf(data);
    if (!actor.aadObjectId || !services.directory.roles(actor.aadObjectId).coordinator)
      return consentMessageCard(t('consent.notAllowed'));
    if (!token) return consentMessageCard(t('consent.expired'));
    const result = await services.consent.erase(token, actor.aadObjectId);
    if (result.kind === 'erased')
      return consentMessageCard(t('consent.erased', { orders: result.orders, audit: result.auditEntries }));
    return consentMessageCard(t(`consent.${result.kind}`));
  });

  onCardAction(app, VERBS.consentCancel, async ({ t, actor }, data) => {
    const token = erasureTokenOf(data);
    const cancelled =
      !!token && !!actor.aadObjectId && (await services.consent.cancel(token, actor.aadObjectId));
    return consentMessageCard(t(cancelled ? 'consent.cancelled' : 'consent.expired'));
  });
}
