import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import type { Authentication } from '../connectorClients';

export type Authenticated = Awaited<ReturnType<Authentication['authenticateRequest']>>;

/** Authentication and the turn as two steps, so the edge can act between them (limits, its answers). */
export interface TurnRunner {
  authenticate(activity: Activity, authHeader: string): Promise<Authenticated>;
  run(
    authenticated: Authenticated,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined>;
}

/**
 * CloudAdapter.process does both steps and answers the HTTP request itself (errors as 500 with their
 * message). Its documented second overload of processActivity takes an already authenticated request;
 * it is protected in the typings, so it is reached through this one cast.
 */
export function turnRunner(adapter: TeamsAdapter): TurnRunner {
  const inner = adapter as unknown as {
    botFrameworkAuthentication: Authentication;
    processActivity(
      authenticated: Authenticated,
      activity: Activity,
      logic: (context: TurnContext) => Promise<void>,
    ): Promise<InvokeResponse | undefined>;
  };
  return {
    authenticate: (activity, authHeader) =>
      inner.botFrameworkAuthentication.authenticateRequest(activity, authHeader),
    run: (authenticated, activity, logic) => inner.processActivity(authenticated, activity, logic),
  };
}
