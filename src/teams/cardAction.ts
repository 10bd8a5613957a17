import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { Translate } from '../i18n';
import { answerInvoke } from './answerInvoke';
import { card, sentence, type AdaptiveCard } from './cards/adaptive';
import { actorOf, languageOf, type TurnActor } from './turn';

/** Card data as it arrives: checked, never trusted. */
export type CardData = Record<string, unknown>;

/** What every card handler starts from: the turn, the user's language and who is acting. */
export interface CardTurn {
  context: TurnContext;
  t: Translate;
  actor: TurnActor;
  /** A one-line answer card in the user's language (not found, not allowed …). */
  say(key: Parameters<Translate>[0], vars?: Parameters<Translate>[1]): AdaptiveCard;
}

export function cardTurn(context: TurnContext): CardTurn {
  const { t } = languageOf(context);
  return {
    context,
    t,
    actor: actorOf(context),
    say: (key, vars) => card([sentence(t(key, vars))]),
  };
}

/**
 * Registers an Action.Execute handler. `answerOnly`: the card goes to the one user who clicked or
 * refreshed (see answerInvoke) and the message others see is left to the feature to redraw.
 */
export function onCardAction(
  app: Application<TurnState>,
  verb: string,
  handler: (turn: CardTurn, data: CardData) => Promise<AdaptiveCard>,
  options: { answerOnly?: boolean } = {},
): void {
  app.adaptiveCards.actionExecute(verb, async (context, _state, data: CardData): Promise<AdaptiveCard> => {
    const content = await handler(cardTurn(context), data ?? {});
    if (options.answerOnly) await answerInvoke(context, content);
    return content;
  });
}
