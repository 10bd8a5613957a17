import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const CODE_DIRS = ['src', 'test', 'scripts', 'bench'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'fixtures' ? [] : files(full);
    return /\.(ts|cjs|js)$/.test(name) ? [full] : [];
  });
}

const code = CODE_DIRS.flatMap((dir) => files(path.join(ROOT, dir))).map((file) => ({
  file: path.relative(ROOT, file),
  text: readFileSync(file, 'utf8'),
}));

/** The numbered sections of a docs file: "## 4. Who covers a unit" → 4, "### 4.1 Centres" → 4.1. */
function sectionsOf(doc: string): Set<string> {
  const text = readFileSync(path.join(ROOT, 'docs', doc), 'utf8');
  return new Set([...text.matchAll(/^#{2,4} (\d+(?:\.\d+)?)\.? /gm)].map((m) => m[1]!));
}

describe('the rules in docs/', () => {
  it('When the code cites docs/<file>.md §<section>, then that file has that numbered section', () => {
    const broken: string[] = [];
    for (const { file, text } of code) {
      for (const m of text.matchAll(/docs\/([\w-]+\.md)((?:[ ,–-]*§\d+(?:\.\d+)?)+)/g)) {
        const doc = m[1]!;
        if (!existsSync(path.join(ROOT, 'docs', doc))) {
          broken.push(`${file}: docs/${doc} does not exist`);
          continue;
        }
        const sections = sectionsOf(doc);
        for (const [, section] of m[2]!.matchAll(/§(\d+(?:\.\d+)?)/g))
          if (!sections.has(section!)) broken.push(`${file}: docs/${doc} has no §${section}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('When the code is read, then it refers to no file outside the repository', () => {
    const outside = [/DESIGN\.md/, /\.\.\/shared\b/, /\bseed 00\d/];
    const self = path.relative(ROOT, __filename);
    const found = code
      .filter(({ file }) => file !== self)
      .flatMap(({ file, text }) => outside.filter((re) => re.test(text)).map((re) => `${file}: ${re}`));
    expect(found).toEqual([]);
  });

  it('When docs/README.md lists the rules, then every file it links exists or is the data-lifetimes page', () => {
    const index = readFileSync(path.join(ROOT, 'docs/README.md'), 'utf8');
    const linked = [...index.matchAll(/\]\(([\w-]+\.md)\)/g)].map((m) => m[1]!);
    expect(linked).toEqual(
      expect.arrayContaining(['directory.md', 'orders.md', 'notices.md', 'delivery.md', 'data-lifetimes.md']),
    );
    for (const doc of linked.filter((d) => d !== 'data-lifetimes.md'))
      expect([doc, existsSync(path.join(ROOT, 'docs', doc))]).toEqual([doc, true]);
  });
});
