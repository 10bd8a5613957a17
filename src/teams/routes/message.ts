import type { TurnContext } from 'botbuilder';
import { classifyMessage, MAX_MESSAGE_LENGTH, type Intent } from '../../domain/intents';
import type { MessageKey } from '../../i18n';
import type { Services } from '../../services';
import { languageOf } from '../turn';
import { sendHelp } from './help';
import { answerDirectoryQuestion, setMyUnit, showMyUnit } from './directory';
import { sendBoardChoice, sendNoticeForm, sendNoticeList, sendTopics } from './notices';
import { sendReminders } from './reminders';
import { sendMyOrders, sendOrderForm, sendSummary } from './orders';
import { onRegisterUpload } from './register';
import { filesIn } from './registerDownload';
import { startErasure } from './consent';

type Handler<K extends Intent['kind']> = (
  context: TurnContext,
  intent: Extract<Intent, { kind: K }>,
  services: Services,
) => Promise<void>;

const say =
  (key: MessageKey, params?: (intent: Intent) => Record<string, number>) =>
  async (context: TurnContext, intent: Intent): Promise<void> => {
    const { t } = languageOf(context);
    await context.sendActivity(t(key, params?.(intent)));
  };

const handlers: { [K in Intent['kind']]: Handler<K> } = {
  empty: say('common.empty'),
  noWords: say('common.noWords'),
  tooLong: say('common.tooLong', (intent) => ({
    length: intent.kind === 'tooLong' ? intent.length : 0,
    max: MAX_MESSAGE_LENGTH,
  })),
  help: (context) => sendHelp(context),
  setMyUnit: (context, intent, services) => setMyUnit(context, intent.place, services),
  showMyUnit: (context, _intent, services) => showMyUnit(context, services),
  orderExpert: (context, _intent, services) => sendOrderForm(context, services),
  myOrders: (context, _intent, services) => sendMyOrders(context, services),
  summary: (context, intent, services) => sendSummary(context, intent.year, services),
  newNotice: (context, _intent, services) => sendNoticeForm(context, services),
  notices: (context, _intent, services) => sendNoticeList(context, services),
  topics: (context, _intent, services) => sendTopics(context, services),
  registerNoticeBoard: (context, _intent, services) => sendBoardChoice(context, services),
  reminders: (context, _intent, services) => sendReminders(context, services),
  eraseExpert: (context, intent, services) => startErasure(context, intent.who, services),
  question: (context, intent, services) => answerDirectoryQuestion(context, intent.text, services),
};

/** Every chat message: classify it by plain rules, then hand it to the feature that owns it. */
export async function onMessage(context: TurnContext, services: Services): Promise<void> {
  const files = filesIn(context);
  if (files.length > 0) return onRegisterUpload(context, files, services);
  const intent = classifyMessage(context.activity.text);
  const handler = handlers[intent.kind] as Handler<typeof intent.kind>;
  await handler(context, intent, services);
}
