import type { TurnContext } from 'botbuilder';
import { logError } from '../domain/errors';
import type { Services } from '../services';
import { referenceOf } from './proactive';
import { isInstall, isRemoval } from './routes/lifecycle';

/**
 * Stores the conversation reference of a personal chat under the user's AAD id, with the turn's
 * language (the one they chose with "kieli …" when they did): proactive cards, alerts and notices
 * reach them through it, in that language. A failed write is logged, never the turn's failure.
 */
export async function rememberUser(context: TurnContext, services: Services): Promise<void> {
  const { activity } = context;
  const aad = activity.from?.aadObjectId;
  if (!aad || activity.conversation?.conversationType !== 'personal' || !services.storage.store) return;
  if (isRemoval(activity)) return;
  try {
    await services.conversations.rememberUser(aad, referenceOf(context), isInstall(activity));
  } catch (error) {
    logError(services.log, 'warn', 'CONVERSATION_REFERENCE_NOT_SAVED', { err: error });
  }
}
