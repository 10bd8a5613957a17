import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { REMINDER_PAUSE, REMINDER_REF, readCardData } from '../../domain/notices';
import { translator, type Translate } from '../../i18n';
import { reminderName, reminderText } from '../../i18n/schedules';
import type { Services } from '../../services';
import { onCardAction, type CardData } from '../cardAction';
import { attachment } from '../cards/adaptive';
import { remindersCard, type RemindersView } from '../cards/noticeCards';
import { VERBS } from '../cards/verbs';
import { actorOf, languageOf, stringsOf } from '../turn';

/** "muistutukset": the county coordinator's list of recurring reminders to the liaisons. */
export async function sendReminders(context: TurnContext, services: Services): Promise<void> {
  const { t } = languageOf(context);
  if (!services.directory.roles(actorOf(context).aadObjectId).coordinator)
    return void (await context.sendActivity(t('notices.remindersNotAllowed')));
  await context.sendActivity({
    attachments: [attachment(remindersCard(await services.notices.reminders(), t))],
  });
}

/** Reminder actions: the county coordinator only, checked on every action (card data is never trusted). */
export function registerReminderActions(app: Application<TurnState>, services: Services): void {
  const reminderAction = (
    verb: string,
    act: (data: CardData, actor: string, t: Translate) => Promise<RemindersView>,
  ) =>
    onCardAction(app, verb, async ({ t, actor, say }, data) => {
      const aad = actor.aadObjectId;
      if (!aad || !services.directory.roles(aad).coordinator) return say('notices.remindersNotAllowed');
      const view = await act(data, aad, t);
      return remindersCard(await services.notices.reminders(), t, view);
    });

  reminderAction(VERBS.reminderPause, async (data, actor, t) => {
    const { reminderId: id, paused } = readCardData(REMINDER_PAUSE, data);
    const done = id && (await services.notices.setReminderPaused(id, paused, actor));
    return done ? {} : { note: t('notices.reminderGone') };
  });

  reminderAction(VERBS.reminderRemove, async (data, actor, t) => {
    const id = readCardData(REMINDER_REF, data).reminderId;
    const done = id && (await services.notices.removeReminder(id, actor));
    return { note: t(done ? 'notices.reminderRemoved' : 'notices.reminderGone') };
  });

  reminderAction(VERBS.reminderAdd, async (data, actor, t) => {
    const result = await services.notices.addReminderFrom(data, actor);
    if (result.kind !== 'ok') return { errors: result.errors, values: stringsOf(data) };
    return { note: t('notices.reminderAdded', { title: result.value.title }) };
  });
}

/** Runs due reminders (each becomes a notice to the liaisons, in the coordinator's default language). */
export function reminderJob(services: Services): () => Promise<void> {
  const t = translator('fi');
  return async () => {
    await services.notices.runDueReminders((r) => ({
      title: reminderName(r, t),
      text: reminderText(r, t),
    }));
  };
}
