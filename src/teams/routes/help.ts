import type { TurnContext } from 'botbuilder';
import type { Services } from '../../services';
import { attachment } from '../cards/adaptive';
import { helpCard, type HelpRole } from '../cards/helpCard';
import { actorOf, languageOf } from '../turn';

/** The user's role for the help card, from the register (docs/directory.md §7). */
function roleOf(context: TurnContext, services: Services): HelpRole {
  const roles = services.directory.roles(actorOf(context).aadObjectId);
  if (roles.coordinator) return 'coordinator';
  return roles.centreUnitIds.length > 0 || roles.areas.length > 0 ? 'liaison' : 'staff';
}

/**
 * `apua` / `help` / `hjälp` (and small talk): what Silta can do for this user, with buttons. `compact`:
 * the intro and the buttons only (after thanks, a goodbye or "ok").
 */
export async function sendHelp(
  context: TurnContext,
  services: Services,
  intro?: string,
  compact = false,
): Promise<void> {
  const { t } = languageOf(context);
  const channel = context.activity.conversation?.conversationType === 'channel';
  const content = helpCard(roleOf(context, services), t, { channel, compact });
  // The title is the card's own heading: as message text, Teams shows it as a bubble of its own.
  await context.sendActivity({ text: intro, textFormat: 'markdown', attachments: [attachment(content)] });
}
