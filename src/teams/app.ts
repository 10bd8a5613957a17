import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { TeamsAdapter, TurnState } from '@microsoft/teams-ai';
// The module, not the package index (which also loads openai and the GPT tokenizers); see adapter.ts.
import { Application } from '@microsoft/teams-ai/lib/Application';
import type { Services } from '../services';
import { CosmosBotStorage } from './cosmosStorage';
import { SiltaTurnState } from './turnState';
import { replyToError } from './errors';
import { onUnknownInvoke } from './routes/fallback';
import { onMessage } from './routes/message';
import { onMembersAdded } from './routes/welcome';
import { registerDirectoryActions } from './routes/directory';
import { registerRegisterActions } from './routes/register';
import { registerOrderActions } from './routes/orders';
import { registerNoticeActions } from './routes/notices';
import { registerReminderActions, reminderJob } from './routes/reminders';
import { registerNoticeExtension } from './routes/noticeExtension';
import { registerLiaisonSearch } from './routes/liaisonSearch';
import { registerReadReceipts } from './routes/readReceipts';
import { registerAcknowledge } from './routes/acknowledge';
import { registerRemind } from './routes/remind';
import { registerConsentActions } from './routes/consent';
import { registerNgoActions } from './routes/ngo';
import { registerLifecycle } from './routes/lifecycle';
import { Proactive } from './proactive';
import { rememberUser } from './rememberUser';
import { ReadReports } from './notices/readReports';
import { logError } from '../domain/errors';
import { composeFeatures } from './compose';

export interface SiltaApp {
  app: Application<TurnState>;
  /** Scheduled work of the features (run by the server every minute; tests call it directly). */
  jobs: Array<() => Promise<void>>;
  proactive: Proactive;
}

/** The teams-ai Application with every feature's routes. Order matters: specific routes first. */
export function createApp(adapter: TeamsAdapter, services: Services, botAppId?: string): SiltaApp {
  const app = new Application<TurnState>({
    adapter,
    botAppId,
    storage: new CosmosBotStorage(() => services.stateStore()),
    turnStateFactory: () => new SiltaTurnState(),
    startTypingTimer: false,
    removeRecipientMention: true,
    longRunningMessages: false,
  });

  const proactive = new Proactive(adapter, botAppId);

  // Every turn: the user's chosen language first, then remember how to reach them later (proactive
  // cards, alerts and notices) in that language.
  app.turn('beforeTurn', async (context) => {
    await useChosenLanguage(context, services);
    await rememberUser(context, services);
    return true;
  });
  app.conversationUpdate('membersAdded', (context) => onMembersAdded(context));
  registerDirectoryActions(app, services);
  registerRegisterActions(app, services);
  const features = composeFeatures(services, proactive);
  registerOrderActions(app, services, features.orderFlow, features.orderViews);
  registerNoticeActions(app, services);
  registerReminderActions(app, services);
  registerNoticeExtension(app, services, proactive);
  registerLiaisonSearch(app, services);
  const readReports = new ReadReports(services, proactive);
  registerReadReceipts(app, services, readReports);
  registerAcknowledge(app, services, readReports);
  registerRemind(app, services);
  registerConsentActions(app, services);
  registerNgoActions(app, services, proactive);
  registerLifecycle(app, services);

  // Catch-alls: every message gets an answer, every unknown invoke a 200 (never teams-ai's 501).
  app.activity(ActivityTypes.Message, (context) => onMessage(context, services));
  app.activity(ActivityTypes.Invoke, (context) => onUnknownInvoke(context));

  app.error((context: TurnContext, error: Error) => replyToError(context, error, services.log));
  const retentionJob = async () => void (await services.retention.run());
  const orderUpkeep = () => features.orderFlow.upkeep();
  return { app, jobs: [orderUpkeep, reminderJob(services), retentionJob], proactive };
}

/**
 * A language the user chose with "kieli suomi" / "språk svenska" / "language english" wins over the
 * client's locale for everything this turn answers (the Agents Playground sends en-US).
 */
async function useChosenLanguage(context: TurnContext, services: Services): Promise<void> {
  const { activity } = context;
  if (activity.type !== 'message' && activity.type !== 'invoke') return;
  const user = activity.from?.aadObjectId ?? activity.from?.id;
  if (!user || !services.storage.store) return;
  try {
    const language = await services.languages.of(user);
    if (language) activity.locale = language;
  } catch (error) {
    logError(services.log, 'warn', 'PROFILE_LANGUAGE_NOT_READ', { err: error });
  }
}
