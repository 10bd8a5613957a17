import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
// The module itself, not the package index: the index also loads the AI planner stack (openai, the GPT
// tokenizers), about 15 MB that Silta never uses.
import { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import type { Config } from '../config';
import { ConnectorClients, type Authentication } from './connectorClients';

/**
 * The Bot Framework adapter. Without BOT_ID it runs anonymously (no inbound auth, no outbound token):
 * for local runs and tests only — config refuses that in production.
 */
export function createAdapter(bot: Config['bot']): TeamsAdapter {
  if (!bot.appId)
    return withSharedClients(new TeamsAdapter({}, new ConfigurationServiceClientCredentialFactory({})));
  const settings = {
    MicrosoftAppId: bot.appId,
    MicrosoftAppPassword: bot.type === 'SingleTenant' ? bot.password : undefined,
    MicrosoftAppType: bot.type === 'SingleTenant' ? 'SingleTenant' : 'UserAssignedMSI',
    MicrosoftAppTenantId: bot.tenantId,
  };
  return withSharedClients(
    new TeamsAdapter(settings, new ConfigurationServiceClientCredentialFactory(settings)),
  );
}

/**
 * TeamsAdapter builds its authentication itself; its connector factories are wrapped afterwards so
 * turns and proactive messages reuse connector clients (see ConnectorClients).
 */
function withSharedClients(adapter: TeamsAdapter): TeamsAdapter {
  const base = adapter as unknown as { botFrameworkAuthentication: Authentication };
  base.botFrameworkAuthentication = new ConnectorClients().wrap(base.botFrameworkAuthentication);
  return adapter;
}
