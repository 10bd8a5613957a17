import { ActivityTypes, type TurnContext } from 'botbuilder';
import { Application, type TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import type { Services } from '../services';
import { CosmosBotStorage } from './cosmosStorage';
import { replyToError } from './errors';
import { onUnknownInvoke } from './routes/fallback';
import { onMessage } from './routes/message';
import { onMembersAdded } from './routes/welcome';
import { registerDirectoryActions } from './routes/directory';
import { registerRegisterActions } from './routes/register';

/** The teams-ai Application with every feature's routes. Order matters: specific routes first. */
export function createApp(
  adapter: TeamsAdapter,
  services: Services,
  botAppId?: string,
): Application<TurnState> {
  const app = new Application<TurnState>({
    adapter,
    botAppId,
    storage: new CosmosBotStorage(() => services.stateStore()),
    startTypingTimer: false,
    removeRecipientMention: true,
    longRunningMessages: false,
  });

  app.conversationUpdate('membersAdded', (context) => onMembersAdded(context));
  registerDirectoryActions(app, services);
  registerRegisterActions(app, services);

  // Catch-alls: every message gets an answer, every unknown invoke a 200 (never teams-ai's 501).
  app.activity(ActivityTypes.Message, (context) => onMessage(context, services));
  app.activity(ActivityTypes.Invoke, (context) => onUnknownInvoke(context));

  app.error((context: TurnContext, error: Error) => replyToError(context, error, services.log));
  return app;
}
