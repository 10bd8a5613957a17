import type { TurnContext } from 'botbuilder';
import { languageOf } from '../turn';

const LINES = ['helpLiaison', 'helpLevels', 'helpMyUnit', 'helpOrder', 'helpNotice', 'helpHelp'] as const;

/** `apua` / `help` / `hjälp`: what Silta can do, one line per job. */
export async function sendHelp(context: TurnContext): Promise<void> {
  const { t } = languageOf(context);
  const text = [`**${t('common.helpTitle')}**`, ...LINES.map((key) => `- ${t(`common.${key}`)}`)].join('\n');
  await context.sendActivity({ type: 'message', text, textFormat: 'markdown' });
}
