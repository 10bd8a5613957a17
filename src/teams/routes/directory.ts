import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { LIAISON_LEVELS, type LiaisonLevel } from '../../domain/directory';
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

/** A free-text liaison question → an answer card (the user's own unit is read only when needed). */
export async function answerDirectoryQuestion(
  context: TurnContext,
  text: string,
  services: Services,
): Promise<void> {
  const { t } = languageOf(context);
  const answer = await services.liaisonSearch.answer(userKey(context), text);
  await context.sendActivity({ attachments: [attachment(directoryCard(answer, t))] });
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
