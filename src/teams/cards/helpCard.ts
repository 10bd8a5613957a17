/**
 * The help card: what the user's role can do (staff, liaison, coordinator; docs/directory.md §7), one
 * line each, and buttons that start the main tasks by sending the command as the user's own message
 * (imBack), so a button does exactly what typing it does. Also the card that asks which of two close
 * readings was meant.
 */
import type { Intent } from '../../domain/intents';
import type { KeySuffix, Translate } from '../../i18n';
import { messageKey } from '../../i18n';
import {
  actionSet,
  card,
  heading,
  sentence,
  showCard,
  type AdaptiveCard,
  type BodyElement,
} from './adaptive';
import type { ActionSet, SubmitAction } from './schema';

export type HelpRole = 'staff' | 'liaison' | 'coordinator';
type Task = KeySuffix<'intents.button_'> & KeySuffix<'intents.command_'>;

/** A button that sends `text` as the user's message. */
export function sendText(title: string, text: string): SubmitAction {
  return { type: 'Action.Submit', title, data: { msteams: { type: 'imBack', value: text } } };
}

const task = (name: Task, t: Translate) =>
  sendText(t(messageKey('intents.button_', name)), t(messageKey('intents.command_', name)));

const STAFF_TASKS: readonly Task[] = [
  'liaison',
  'orderExpert',
  'myOrders',
  'notices',
  'topics',
  'showMyUnit',
];
const LIAISON_TASKS: readonly Task[] = ['newNotice', 'registerNoticeBoard'];
const COORDINATOR_TASKS: readonly Task[] = ['reminders', 'summary', 'registerUpload'];
/** Buttons shown at once; a role with more tasks gets the first ones and a "More…" that opens the rest. */
const VISIBLE_BUTTONS = 6;

/** The role's task buttons: all of them when they fit, else the first five and "More…" holding the rest. */
function taskButtons(role: HelpRole, t: Translate): ActionSet {
  const tasks = [
    ...STAFF_TASKS,
    ...(role !== 'staff' ? LIAISON_TASKS : []),
    ...(role === 'coordinator' ? COORDINATOR_TASKS : []),
  ].map((name) => task(name, t));
  if (tasks.length <= VISIBLE_BUTTONS) return actionSet(tasks);
  const shown = tasks.slice(0, VISIBLE_BUTTONS - 1);
  return actionSet([...shown, showCard(t('intents.moreTasks'), [], tasks.slice(VISIBLE_BUTTONS - 1))]);
}

/**
 * The help: its title as the card's heading, a line per thing the role can do, and the task buttons.
 * `compact`: the buttons only, under a short answer to thanks, a goodbye or "ok", so the next task is
 * one click away without the whole help.
 */
export function helpCard(
  role: HelpRole,
  t: Translate,
  options: { channel?: boolean; compact?: boolean } = {},
): AdaptiveCard {
  const lines = ['help_liaison', 'help_myUnit', 'help_order', 'help_notices', 'help_language'] as const;
  const body: BodyElement[] = [];
  if (!options.compact) {
    body.push(heading(t('common.helpTitle')));
    for (const line of lines) body.push(sentence(`• ${t(`intents.${line}`)}`, { spacing: 'small' }));
    body.push(sentence(`• ${t('common.helpLevels')}`, { spacing: 'small' }));
    if (role !== 'staff') body.push(sentence(`• ${t('intents.help_newNotice')}`, { spacing: 'small' }));
    if (role === 'coordinator')
      body.push(sentence(`• ${t('intents.help_coordinator')}`, { spacing: 'small' }));
  }
  if (options.channel) body.push(sentence(t('intents.helpChannel')));
  body.push(taskButtons(role, t));
  return card(body);
}

/** The text a button sends to choose one reading; read back, it is that reading again. */
function optionButton(option: Intent, t: Translate): SubmitAction | undefined {
  switch (option.kind) {
    case 'question':
      return sendText(
        t('intents.option_question', { place: option.text.slice(0, 60) }),
        t('intents.command_question', { place: option.text.slice(0, 200) }),
      );
    case 'setMyUnit':
      return sendText(
        t('intents.option_setMyUnit', { place: option.place.slice(0, 60) }),
        t('intents.command_setMyUnit', { place: option.place.slice(0, 200) }),
      );
    case 'help':
    case 'orderExpert':
    case 'myOrders':
    case 'notices':
    case 'topics':
    case 'showMyUnit':
    case 'askMyUnit':
    case 'newNotice':
    case 'reminders':
    case 'summary':
    case 'registerNoticeBoard':
    case 'registerUpload': {
      const name = option.kind === 'askMyUnit' ? 'showMyUnit' : option.kind;
      return sendText(t(messageKey('intents.button_', name)), t(messageKey('intents.command_', option.kind)));
    }
    default:
      return undefined;
  }
}

/** "Did you mean …": one button per likely reading (at most 6). */
export function clarifyCard(options: readonly Intent[], t: Translate): AdaptiveCard {
  const buttons = options.flatMap((option) => optionButton(option, t) ?? []).slice(0, 6);
  return card([sentence(t('intents.clarify')), actionSet(buttons)]);
}
