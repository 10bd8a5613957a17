/** docs/notices.md §4.1: the correspondence of notice topics and order themes covers both lists. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOPICS } from '../../../src/domain/notices';
import { TERM_NAMES } from '../../../src/domain/register/termNames';

const doc = readFileSync(join(__dirname, '../../../docs/notices.md'), 'utf8');
const section = doc.slice(doc.indexOf('### 4.1'), doc.indexOf('## 5.'));
const rows = section
  .split('\n')
  .filter((line) => line.startsWith('| ') && !line.startsWith('| notice topic'))
  .map((line) =>
    line
      .split('|')
      .slice(1, 3)
      .map((cell) => cell.trim()),
  );
const words = (cell: string) => (cell.startsWith('—') || cell.startsWith('the same') ? [] : cell.split(', '));
const themes = readFileSync(join(__dirname, '../../../data/sample/kokemustoimijat.csv'), 'utf8')
  .split('\n')
  .slice(1)
  .flatMap((line) => (line.split(';')[2] ?? '').split('|'))
  .filter(Boolean);

describe('Notice topics and order themes', () => {
  it('When the documented correspondence is read, then it names every notice topic once, and each word has its Swedish and English names', () => {
    const topics = rows.flatMap(([topic]) => words(topic!));
    expect([...topics].sort()).toEqual([...TOPICS].sort());
    for (const word of [...topics, ...rows.flatMap(([, theme]) => words(theme!))])
      expect([word, word in TERM_NAMES]).toEqual([word, true]);
  });

  it("When the demo register's themes are read, then each is in the correspondence, as a theme of its own or the same word as a topic", () => {
    const same = rows
      .filter(([, theme]) => theme!.startsWith('the same'))
      .flatMap(([topic]) => words(topic!));
    const named = new Set([...rows.flatMap(([, theme]) => words(theme!)), ...same]);
    for (const theme of new Set(themes)) expect([theme, named.has(theme)]).toEqual([theme, true]);
  });
});
