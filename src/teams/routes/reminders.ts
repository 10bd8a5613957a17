import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import {
  REMINDER_FORM_STEP,
  REMINDER_PAUSE,
  REMINDER_REF,
  REMINDER_REMOVE,
  REMINDER_UPDATE,
  readCardData,
} from '../../domain/notices';
import { translator, type Translate } from '../../i18n';
import { reminderName, reminderText } from '../../i18n/schedules';
import type { Services } from '../../services';
import { onCardAction, type CardData } from '../cardAction';
import { attachment } from '../cards/adaptive';
import { reminderValues, remindersCard, type RemindersView } from '../cards/noticeCards';
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

  // Removing asks first on the card; only a confirmation drawn from the reminder as it is now removes it.
  reminderAction(VERBS.reminderRemove, async (data, actor, t) => {
    const { reminderId: id, confirmed, version } = readCardData(REMINDER_REMOVE, data);
    if (!id) return { note: t('notices.reminderGone') };
    if (!confirmed || !version) return { note: t('notices.removeNotConfirmed') };
    const outcome = await services.notices.removeReminder(id, actor, version);
    return { note: t(REMOVED[outcome]) };
  });

  // The form again: opened with a rhythm, switched to the other one (the values typed so far kept), or closed.
  reminderAction(VERBS.reminderForm, async (data) => {
    const { rhythm, reminderId, version } = readCardData(REMINDER_FORM_STEP, data);
    if (!rhythm) return {};
    const editing = reminderId && version ? { id: reminderId, version } : undefined;
    return { form: { rhythm, ...(editing ? { editing } : {}), values: stringsOf(data), errors: [] } };
  });

  reminderAction(VERBS.reminderEdit, async (data, _actor, t) => {
    const id = readCardData(REMINDER_REF, data).reminderId;
    const reminder = id ? await services.notices.reminder(id) : undefined;
    if (!reminder || reminder.removed) return { note: t('notices.reminderGone') };
    const { rhythm, values } = reminderValues(reminder, t);
    return { form: { rhythm, editing: { id: reminder.id, version: reminder._etag }, values, errors: [] } };
  });

  reminderAction(VERBS.reminderAdd, async (data, actor, t) => {
    const result = await services.notices.addReminderFrom(data, actor);
    if (result.kind === 'full') return { note: t('notices.remindersFull', { max: result.max }) };
    if (result.kind !== 'ok')
      return { form: { rhythm: rhythmOf(data), values: stringsOf(data), errors: result.errors } };
    return { note: t('notices.reminderAdded', { title: result.value.title }) };
  });

  reminderAction(VERBS.reminderUpdate, async (data, actor, t) => {
    const { reminderId: id, version } = readCardData(REMINDER_UPDATE, data);
    const result = id
      ? await services.notices.updateReminderFrom(id, version, data, actor)
      : { kind: 'gone' as const };
    switch (result.kind) {
      case 'ok':
        return { note: t('notices.reminderSaved', { title: result.value.title }) };
      case 'gone':
        return { note: t('notices.reminderGone') };
      case 'stale':
        return { note: t('notices.reminderStale') };
      case 'invalid':
        return {
          form: {
            rhythm: rhythmOf(data),
            editing: { id: id!, version: version ?? '' },
            values: stringsOf(data),
            errors: result.errors,
          },
        };
    }
  });
}

const REMOVED = {
  removed: 'notices.reminderRemoved',
  gone: 'notices.reminderGone',
  stale: 'notices.reminderStale',
} as const;

/** The rhythm the form was drawn with (a forged one: the first). */
const rhythmOf = (data: CardData) => readCardData(REMINDER_FORM_STEP, data).rhythm ?? 'dayOfMonth';

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
