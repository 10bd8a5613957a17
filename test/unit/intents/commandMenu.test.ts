/** Every title of the Teams command menu (appPackage, fi/sv/en) does what it says when sent. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildDirectoryIndex } from '../../../src/domain/directory';
import { readMessage } from '../../../src/domain/intents';
import { validateImport } from '../../../src/domain/register';
import { readDemoFiles } from '../../../src/services/projectFiles';

const index = buildDirectoryIndex(validateImport({ units: [], assignments: [] }, readDemoFiles()).next!);
const appPackage = (file: string) =>
  JSON.parse(readFileSync(path.join(__dirname, '../../../appPackage', file), 'utf8')) as Record<
    string,
    unknown
  >;
const manifest = appPackage('manifest.json') as {
  bots: Array<{ commandLists: Array<{ scopes: string[]; commands: Array<{ title: string }> }> }>;
};
const lists = manifest.bots[0]!.commandLists;
const titles = (language: string): Array<[string, number, number]> =>
  lists.flatMap((list, l) =>
    list.commands.map((command, c): [string, number, number] => {
      if (language === 'fi') return [command.title, l, c];
      const key = `bots[0].commandLists[${l}].commands[${c}].title`;
      return [appPackage(`${language}.json`)[key] as string, l, c];
    }),
  );

/** What the Finnish title reads as: each language's title must read the same way. */
const kindOf = (text: string) => readMessage(text, index).kind;

describe('The Teams command menu', () => {
  it.each(['sv', 'en'])('When a %s title is sent, then it reads as its Finnish title does', (language) => {
    for (const [title, l, c] of titles(language)) {
      expect([title, kindOf(title)]).toEqual([title, kindOf(lists[l]!.commands[c]!.title)]);
    }
  });

  it('When any title is sent, then it is a command or a liaison question, never unknown or a guess', () => {
    for (const language of ['fi', 'sv', 'en'])
      for (const [title] of titles(language))
        expect(['unknown', 'clarify', 'smallTalk']).not.toContain(kindOf(title));
  });

  it('When the menu is listed, then the personal menu has every command a role can use', () => {
    const personal = lists.find((list) => list.scopes.includes('personal'))!;
    const kinds = personal.commands.map((command) => kindOf(command.title));
    for (const kind of [
      'help',
      'orderExpert',
      'myOrders',
      'newNotice',
      'notices',
      'topics',
      'reminders',
      'summary',
    ])
      expect(kinds).toContain(kind);
    const team = lists.find((list) => list.scopes.includes('team'))!;
    expect(team.commands.map((command) => kindOf(command.title))).toContain('registerNoticeBoard');
  });
});
