/**
 * "mitä järjestötoimintaa Tuiralla on tällä viikolla?" (docs/ngo.md §7): the place comes from the
 * directory's own place resolution (and the user's own unit for "my centre"); the NGO service lists the
 * accepted activities. Returns false when the message is not a question about NGO activity.
 */
import type { TurnContext } from 'botbuilder';
import { MAX_MESSAGE_LENGTH } from '../../domain/intents';
import { understandCalendarQuestion } from '../../domain/ngo';
import type { Unit } from '../../domain/directory';
import { messageKey } from '../../i18n';
import type { Services } from '../../services';
import { attachment } from '../cards/adaptive';
import { calendarCard } from '../cards/ngoCalendarCard';
import { actorOf, languageOf } from '../turn';

async function ownUnit(context: TurnContext, services: Services): Promise<string | undefined> {
  const actor = actorOf(context);
  return services.profiles.unitOf(actor.aadObjectId ?? actor.id);
}

/** The units a question names: one unit, the units of a municipality, or the user's own unit. */
async function unitsAskedFor(context: TurnContext, text: string, services: Services): Promise<Unit[]> {
  let answer = services.directory.answer(text);
  if (answer.kind !== 'unit' && answer.kind !== 'choose') {
    const own = await ownUnit(context, services);
    if (own) answer = services.directory.answer(text, own);
  }
  if (answer.kind === 'unit') return [answer.unit];
  if (answer.kind === 'choose') return answer.options;
  return [];
}

export async function answerNgoCalendar(context: TurnContext, services: Services): Promise<boolean> {
  const text = context.activity.text ?? '';
  if (text.length > MAX_MESSAGE_LENGTH) return false;
  const question = understandCalendarQuestion(text);
  if (!question) return false;
  const { t } = languageOf(context);
  const units = await unitsAskedFor(context, text, services);
  if (units.length === 0) {
    await context.sendActivity(t('ngo.calendar_needPlace'));
    return true;
  }
  const municipalities = [...new Set(units.map((u) => u.municipality))];
  const placeKeys = [...units.map((u) => u.id), ...municipalities.map((m) => `kunta:${m}`)];
  const place = units.length === 1 ? units[0]!.name : municipalities.join(', ');
  const period = t(messageKey('ngo.period_', question.period));
  const occurrences = await services.ngo.calendar(question, placeKeys);
  if (occurrences.length === 0) {
    await context.sendActivity(t('ngo.calendar_none', { place, period }));
    return true;
  }
  const names = new Map(units.map((u) => [u.id, u.name]));
  await context.sendActivity({
    attachments: [
      attachment(
        calendarCard(
          occurrences,
          {
            title: t('ngo.calendar_title', { place, period }),
            placeName: (key) => names.get(key) ?? key.replace(/^kunta:/, ''),
            ...(question.topic
              ? { filter: t('ngo.calendar_filter', { topic: t(messageKey('ngo.topic_', question.topic)) }) }
              : {}),
          },
          t,
        ),
      ),
    ],
  });
  return true;
}
