/**
 * Bot command-list rules that Teams enforces in its clients but schema 1.24+ no longer does (the schema
 * allows 128-character titles): titles up to 32 characters, descriptions up to 128, one list per scope.
 */
export const COMMAND_TITLE_MAX = 32;
export const COMMAND_DESCRIPTION_MAX = 128;

interface Command {
  title?: unknown;
  description?: unknown;
}
interface CommandList {
  scopes?: unknown;
  commands?: unknown;
}
interface Bot {
  scopes?: unknown;
  commandLists?: unknown;
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/** Every command title and description as localization key → text, e.g. `bots[0].commandLists[1].commands[2].title`. */
export function commandTexts(manifest: unknown): Map<string, string> {
  const texts = new Map<string, string>();
  asArray(asRecord(manifest).bots).forEach((bot, b) => {
    asArray((bot as Bot).commandLists).forEach((list, l) => {
      asArray((list as CommandList).commands).forEach((command, c) => {
        for (const field of ['title', 'description'] as const) {
          const text = (command as Command)[field];
          if (typeof text === 'string')
            texts.set(`bots[${b}].commandLists[${l}].commands[${c}].${field}`, text);
        }
      });
    });
  });
  return texts;
}

/** Length rule for one command text, or undefined when it fits. */
export function commandTextProblem(key: string, text: string): string | undefined {
  const max = key.endsWith('.title') ? COMMAND_TITLE_MAX : COMMAND_DESCRIPTION_MAX;
  if (text.length <= max) return undefined;
  return `${key}: "${text}" is ${text.length} characters; Teams shows at most ${max}, shorten it`;
}

export function commandProblems(manifest: unknown): string[] {
  const problems = [...commandTexts(manifest)].flatMap(([key, text]) => commandTextProblem(key, text) ?? []);
  asArray(asRecord(manifest).bots).forEach((bot, b) => {
    const botScopes = asArray((bot as Bot).scopes);
    const listed = new Map<unknown, number>();
    asArray((bot as Bot).commandLists).forEach((list, l) => {
      const where = `bots[${b}].commandLists[${l}]`;
      for (const scope of asArray((list as CommandList).scopes)) {
        if (!botScopes.includes(scope)) {
          problems.push(
            `${where}: scope "${String(scope)}" is not one of the bot's scopes (${botScopes.join(', ')})`,
          );
        }
        if (listed.has(scope)) {
          problems.push(
            `${where}: scope "${String(scope)}" already has commandLists[${listed.get(scope)}]; use one list per scope`,
          );
        }
        listed.set(scope, l);
      }
      const titles = asArray((list as CommandList).commands).map((c) =>
        String((c as Command).title ?? '').toLowerCase(),
      );
      titles.forEach((title, c) => {
        if (titles.indexOf(title) !== c)
          problems.push(`${where}.commands[${c}]: title "${title}" appears twice in this list`);
      });
    });
    for (const scope of botScopes) {
      if (!listed.has(scope))
        problems.push(
          `bots[${b}]: scope "${String(scope)}" has no command list; add one so users see the commands`,
        );
    }
  });
  return problems;
}
