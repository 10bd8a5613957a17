import { CallerIdConstants, ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
// The module itself, not the package index: the index also loads the AI planner stack (openai, the GPT
// tokenizers), about 15 MB that Silta never uses.
import { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import type { Config } from '../config';
import { ConnectorClients, type Authentication } from './connectorClients';

/**
 * The Bot Framework adapter. Without BOT_ID it runs anonymously (no inbound auth, no outbound token):
 * for local runs and tests only — config refuses that in production.
 */
export function createAdapter(
  bot: Omit<Config['bot'], 'openIdMetadataUrl'> & { openIdMetadataUrl?: string },
): TeamsAdapter {
  if (!bot.appId)
    return withSharedClients(new TeamsAdapter({}, new ConfigurationServiceClientCredentialFactory({})));
  const settings = {
    MicrosoftAppId: bot.appId,
    MicrosoftAppPassword: bot.type === 'SingleTenant' ? bot.password : undefined,
    MicrosoftAppType: bot.type === 'SingleTenant' ? 'SingleTenant' : 'UserAssignedMSI',
    MicrosoftAppTenantId: bot.tenantId,
    ...publicCloud(bot.openIdMetadataUrl),
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

/**
 * Bot Framework's public cloud, as the SDK sets it by default, with Silta's OpenID metadata URL (whose
 * keys are Silta's own: edge/openIdKeys, shared with the SDK by edge/sdkSigningKeys). The SDK takes
 * either none of these settings or all of them.
 */
function publicCloud(openIdMetadataUrl: string | undefined): Record<string, string> {
  if (!openIdMetadataUrl) return {};
  return {
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}
