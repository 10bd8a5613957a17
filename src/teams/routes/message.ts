import type { TurnContext } from 'botbuilder';
import { MAX_MESSAGE_LENGTH, type Intent } from '../../domain/intents';
import { messageKey, type MessageKey } from '../../i18n';
import type { Services } from '../../services';
import { attachment } from '../cards/adaptive';
import { clarifyCard } from '../cards/helpCard';
import { actorOf, languageOf } from '../turn';
import { sendHelp } from './help';
import { answerDirectoryQuestion, askMyUnit, setMyUnit, showMyUnit } from './directory';
import { sendBoardChoice, sendNoticeForm, sendNoticeList, sendTopics } from './notices';
import { sendReminders } from './reminders';
import { sendMyOrders, sendOrderForm, sendSummary } from './orders';
import { onRegisterUpload } from './register';
import { filesIn } from './registerDownload';
import { startErasure } from './consent';
import { answerNgoCalendar } from './ngoCalendar';
import { rememberUser } from '../rememberUser';

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

/** A short answer and the help card (what was not understood, or small talk that opens a conversation). */
const sayWithHelp =
  (key: MessageKey) =>
  async (context: TurnContext, _intent: Intent, services: Services): Promise<void> =>
    sendHelp(context, services, languageOf(context).t(key));

const handlers: { [K in Intent['kind']]: Handler<K> } = {
  empty: say('common.empty'),
  noWords: say('common.noWords'),
  tooLong: say('common.tooLong', (intent) => ({
    length: intent.kind === 'tooLong' ? intent.length : 0,
    max: MAX_MESSAGE_LENGTH,
  })),
  foreignScript: sayWithHelp('intents.foreignScript'),
  unknown: sayWithHelp('intents.unknown'),
  smallTalk: async (context, intent, services) => {
    const { t } = languageOf(context);
    const text = t(messageKey('intents.smallTalk_', intent.topic));
    // Thanks, wishes, goodbyes and "ok" close a conversation: a short answer and the task buttons are enough.
    const closing = ['thanks', 'wishes', 'goodbye', 'ack'].includes(intent.topic);
    await sendHelp(context, services, text, closing);
  },
  clarify: async (context, intent) => {
    const { t } = languageOf(context);
    await context.sendActivity({ attachments: [attachment(clarifyCard(intent.options, t))] });
  },
  help: (context, _intent, services) => sendHelp(context, services),
  setMyUnit: (context, intent, services) => setMyUnit(context, intent.place, services),
  showMyUnit: (context, _intent, services) => showMyUnit(context, services),
  askMyUnit: (context, _intent, services) => askMyUnit(context, services),
  orderExpert: (context, _intent, services) => sendOrderForm(context, services),
  myOrders: (context, _intent, services) => sendMyOrders(context, services),
  summary: (context, intent, services) => sendSummary(context, intent.year, services),
  newNotice: (context, _intent, services) => sendNoticeForm(context, services),
  notices: (context, _intent, services) => sendNoticeList(context, services),
  topics: (context, _intent, services) => sendTopics(context, services),
  registerNoticeBoard: (context, _intent, services) => sendBoardChoice(context, services),
  reminders: (context, _intent, services) => sendReminders(context, services),
  eraseExpert: (context, intent, services) => startErasure(context, intent.who, services),
  registerUpload: async (context, _intent, services) => {
    const { t } = languageOf(context);
    const coordinator = services.directory.roles(actorOf(context).aadObjectId).coordinator;
    await context.sendActivity(
      t(coordinator ? 'intents.registerUpload' : 'intents.registerUploadNotAllowed'),
    );
  },
  setLanguage: async (context, intent, services) => {
    if (!intent.language)
      return void (await context.sendActivity(languageOf(context).t('intents.languageAsk')));
    const actor = actorOf(context);
    await services.languages.set(actor.aadObjectId ?? actor.id, intent.language);
    context.activity.locale = intent.language;
    // notices and other proactive messages follow the choice from now on, not from the next turn
    await rememberUser(context, services);
    await context.sendActivity(languageOf(context).t('intents.languageSet'));
  },
  question: (context, intent, services) => answerDirectoryQuestion(context, intent.text, services),
};

/** Every chat message: read it by plain rules (src/domain/intents), then hand it to the feature that owns it. */
export async function onMessage(context: TurnContext, services: Services): Promise<void> {
  const files = filesIn(context);
  if (files.length > 0) return onRegisterUpload(context, files, services);
  if (await answerNgoCalendar(context, services)) return;
  const intent = services.directory.read(context.activity.text);
  const handler = handlers[intent.kind] as Handler<typeof intent.kind>;
  await handler(context, intent, services);
}
