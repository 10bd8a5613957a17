import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { LIAISON_LEVELS, scopeDisplayName, type LiaisonLevel } from '../../domain/directory';
import type { Services } from '../../services';
import { attachment, card, sentence, type AdaptiveCard } from '../cards/adaptive';
import { chooseMyUnitCard, directoryCard } from '../cards/directoryCard';
import { VERBS } from '../cards/verbs';
import { actorOf, languageOf } from '../turn';

const userKey = (context: TurnContext) => {
  const actor = actorOf(context);
  return actor.aadObjectId ?? actor.id;
};

async function myUnitId(context: TurnContext, services: Services): Promise<string | undefined> {
  return (await services.repos().profiles.get(userKey(context)))?.unitId;
}

/** "Our" / "my" in fi, sv and en: the answer depends on the user's own unit. */
const MENTIONS_OWN_UNIT = /(^|[^\p{L}])(meidän|meiän|oma|omani|omamme|our|my|vår|min)([^\p{L}]|$)/iu;

/**
 * A free-text liaison question → an answer card from the in-memory directory. The user's own unit is
 * read (one point read) only when the question needs it: it says "our", or names no place at all.
 */
export async function answerDirectoryQuestion(
  context: TurnContext,
  text: string,
  services: Services,
): Promise<void> {
  const { t, locale } = languageOf(context);
  let answer = services.directory.answer(text);
  if (answer.kind === 'needMyUnit' || (answer.kind !== 'unit' && MENTIONS_OWN_UNIT.test(text))) {
    const own = await myUnitId(context, services);
    if (own) answer = services.directory.answer(text, own);
  }
  // Never confidently wrong: after a typo correction the card says which place it understood.
  const notes = [
    ...(answer.corrected
      ? [
          t('intents.understoodAs', {
            places: answer.corrected.map((name) => scopeDisplayName(name, locale)).join(', '),
          }),
        ]
      : []),
    ...(answer.outside ?? []).map((place) => t('intents.alsoOutside', { place })),
  ];
  const note = notes.length > 0 ? notes.join(' ') : undefined;
  await context.sendActivity({ attachments: [attachment(directoryCard(answer, t, note))] });
}

/** "oma yksikköni on Tuira": one match → saved; several → a choice card; none → say so. */
export async function setMyUnit(context: TurnContext, place: string, services: Services): Promise<void> {
  const { t } = languageOf(context);
  const units = services.directory.matchUnits(place);
  const shown = place.slice(0, 80);
  if (units.length === 0)
    return void (await context.sendActivity(t('directory.myUnitNotFound', { text: shown })));
  if (units.length > 1) {
    return void (await context.sendActivity({
      attachments: [attachment(chooseMyUnitCard(shown, units, t))],
    }));
  }
  const unit = units[0]!;
  await services.repos().profiles.setUnit(userKey(context), unit.id, services.clock());
  await context.sendActivity(t('directory.myUnitSaved', { unit: unit.name }));
}

/** "vaihda yksikköni" with no place: how to say it, and the unit saved now. */
export async function askMyUnit(context: TurnContext, services: Services): Promise<void> {
  const { t } = languageOf(context);
  const unitId = await myUnitId(context, services);
  const unit = unitId ? services.directory.unit(unitId) : undefined;
  const now = unit ? `${t('directory.myUnitIs', { unit: unit.name })} ` : '';
  await context.sendActivity(`${now}${t('intents.askMyUnit')}`);
}

export async function showMyUnit(context: TurnContext, services: Services): Promise<void> {
  const { t } = languageOf(context);
  const unitId = await myUnitId(context, services);
  const unit = unitId ? services.directory.unit(unitId) : undefined;
  await context.sendActivity(
    unit ? t('directory.myUnitIs', { unit: unit.name }) : t('directory.myUnitNotSet'),
  );
}

function unitIdFrom(data: unknown): string | undefined {
  const value = (data as { unitId?: unknown } | undefined)?.unitId;
  return typeof value === 'string' && value.length <= 64 ? value : undefined;
}

/** Card buttons: answer for a chosen unit; set a unit as my own. Card data is checked against the register. */
export function registerDirectoryActions(app: Application<TurnState>, services: Services): void {
  app.adaptiveCards.actionExecute(
    VERBS.directoryUnit,
    async (context, _state, data): Promise<AdaptiveCard> => {
      const { t } = languageOf(context);
      const unitId = unitIdFrom(data);
      const unit = unitId ? services.directory.unit(unitId) : undefined;
      if (!unit) return card([sentence(t('directory.unknownUnit'))]);
      return directoryCard(services.directory.answerForUnit(unit.id), t);
    },
  );

  app.adaptiveCards.actionExecute(
    VERBS.directoryScope,
    async (context, _state, data): Promise<AdaptiveCard> => {
      const { t } = languageOf(context);
      const { level, scope } = (data ?? {}) as { level?: unknown; scope?: unknown };
      const answer =
        typeof scope === 'string' && scope.length <= 200 && LIAISON_LEVELS.includes(level as LiaisonLevel)
          ? services.directory.answerForScope(level as LiaisonLevel, scope)
          : undefined;
      return answer ? directoryCard(answer, t) : card([sentence(t('directory.unknownScope'))]);
    },
  );

  app.adaptiveCards.actionExecute(
    VERBS.directorySetMyUnit,
    async (context, _state, data): Promise<AdaptiveCard> => {
      const { t } = languageOf(context);
      const unitId = unitIdFrom(data);
      const unit = unitId ? services.directory.unit(unitId) : undefined;
      if (!unit) return card([sentence(t('directory.unknownUnit'))]);
      await services.repos().profiles.setUnit(userKey(context), unit.id, services.clock());
      return directoryCard(
        services.directory.answerForUnit(unit.id),
        t,
        t('directory.myUnitSaved', { unit: unit.name }),
      );
    },
  );
}
