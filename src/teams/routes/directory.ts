import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { scopeChoiceOf, scopeDisplayName, unitIdOf } from '../../domain/directory';
import type { Services } from '../../services';
import { attachment } from '../cards/adaptive';
import { chooseMyUnitCard, directoryCard, pickMyUnitCard } from '../cards/directoryCard';
import { VERBS } from '../cards/verbs';
import { onCardAction } from '../cardAction';
import { actorOf, languageOf } from '../turn';

const userKey = (context: TurnContext) => {
  const actor = actorOf(context);
  return actor.aadObjectId ?? actor.id;
};

async function myUnitId(context: TurnContext, services: Services): Promise<string | undefined> {
  return services.profiles.unitOf(userKey(context));
}

/** A free-text liaison question → an answer card (the user's own unit is read only when needed). */
export async function answerDirectoryQuestion(
  context: TurnContext,
  text: string,
  services: Services,
): Promise<void> {
  const { t, locale } = languageOf(context);
  const answer = await services.liaisonSearch.answer(userKey(context), text);
  // No unit of their own yet: the way to set it, right here (the button answers the question too).
  if (answer.kind === 'needMyUnit')
    return void (await context.sendActivity({
      attachments: [attachment(pickMyUnitCard(services.directory.units(), t))],
    }));
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
  await context.sendActivity({
    attachments: [
      attachment(directoryCard(answer, t, { note, units: services.directory.units(), question: text })),
    ],
  });
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
  await services.profiles.setUnit(userKey(context), unit.id);
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
  if (unit) return void (await context.sendActivity(t('directory.myUnitIs', { unit: unit.name })));
  // None yet: the way to set it, right here (as for "who is our liaison").
  await context.sendActivity({ attachments: [attachment(pickMyUnitCard(services.directory.units(), t))] });
}

/** Card buttons: answer for a chosen unit; set a unit as my own. Card data is checked against the register. */
export function registerDirectoryActions(app: Application<TurnState>, services: Services): void {
  const unitOf = (data: unknown) => {
    const unitId = unitIdOf(data);
    return unitId ? services.directory.unit(unitId) : undefined;
  };

  onCardAction(app, VERBS.directoryUnit, async ({ t, say }, data) => {
    const unit = unitOf(data);
    if (!unit) return say('directory.unknownUnit');
    return directoryCard(services.directory.answerForUnit(unit.id), t, { units: services.directory.units() });
  });

  onCardAction(app, VERBS.directoryScope, async ({ t, say }, data) => {
    const chosen = scopeChoiceOf(data);
    const answer = chosen && services.directory.answerForScope(chosen.level, chosen.scope);
    return answer
      ? directoryCard(answer, t, { units: services.directory.units() })
      : say('directory.unknownScope');
  });

  onCardAction(app, VERBS.directorySetMyUnit, async ({ context, t, say }, data) => {
    const unit = unitOf(data);
    if (!unit) return say('directory.unknownUnit');
    await services.profiles.setUnit(userKey(context), unit.id);
    const saved = t('directory.myUnitSaved', { unit: unit.name });
    return directoryCard(services.directory.answerForUnit(unit.id), t, {
      note: saved,
      units: services.directory.units(),
    });
  });
}
