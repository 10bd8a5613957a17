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
import { registerNoticeActions, reminderJob } from './routes/notices';
import { registerNoticeExtension } from './routes/noticeExtension';
import { registerLiaisonSearch } from './routes/liaisonSearch';
import { registerReadReceipts } from './routes/readReceipts';
import { registerAcknowledge } from './routes/acknowledge';
import { registerRemind } from './routes/remind';
import { registerConsentActions } from './routes/consent';
import { isInstall, isRemoval, registerLifecycle } from './routes/lifecycle';
import { Proactive, referenceOf } from './proactive';
import { ReadReports } from './readReports';
import { userKey } from '../infra/conversationRepository';
import { logError } from '../domain/errors';

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

  // Every turn: remember how to reach this user later (proactive cards and alerts).
  app.turn('beforeTurn', async (context) => {
    await rememberUser(context, services);
    return true;
  });
  app.conversationUpdate('membersAdded', (context) => onMembersAdded(context));
  registerDirectoryActions(app, services);
  registerRegisterActions(app, services);
  const orderUpkeep = registerOrderActions(app, services, proactive);
  registerNoticeActions(app, services);
  registerNoticeExtension(app, services, proactive);
  registerLiaisonSearch(app, services);
  const readReports = new ReadReports(services, proactive);
  registerReadReceipts(app, services, readReports);
  registerAcknowledge(app, services, readReports);
  registerRemind(app, services);
  registerConsentActions(app, services);
  registerLifecycle(app, services);

  // Catch-alls: every message gets an answer, every unknown invoke a 200 (never teams-ai's 501).
  app.activity(ActivityTypes.Message, (context) => onMessage(context, services));
  app.activity(ActivityTypes.Invoke, (context) => onUnknownInvoke(context));

  app.error((context: TurnContext, error: Error) => replyToError(context, error, services.log));
  const retentionJob = async () => void (await services.retention.run());
  return { app, jobs: [orderUpkeep, reminderJob(services), retentionJob], proactive };
}

/** Stores the conversation reference of a personal chat under the user's AAD id. */
async function rememberUser(context: TurnContext, services: Services): Promise<void> {
  const { activity } = context;
  const aad = activity.from?.aadObjectId;
  if (!aad || activity.conversation?.conversationType !== 'personal' || !services.storage.store) return;
  if (isRemoval(activity)) return;
  try {
    await services
      .repos()
      .conversations.save(userKey(aad), referenceOf(context), services.clock(), isInstall(activity));
  } catch (error) {
    logError(services.log, 'warn', 'CONVERSATION_REFERENCE_NOT_SAVED', { err: error });
  }
}
