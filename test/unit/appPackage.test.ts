import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { idsFromEnv } from '../../scripts/app-package/placeholders';
import { APP_PACKAGE_DIR, checkAppPackage, MIN_MANIFEST_VERSION } from '../../scripts/manifest-check';
import { renderIcon } from '../../scripts/app-package/renderIcon';
import { compareVersions } from '../../scripts/app-package/schemas';

const IDS = {
  TEAMS_APP_ID: 'aaaaaaaa-1111-4111-8111-111111111111',
  BOT_ID: 'bbbbbbbb-2222-4222-8222-222222222222',
};

type Json = Record<string, unknown>;

let tmp: string | undefined;
afterEach(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  tmp = undefined;
});

/** A throw-away copy of appPackage/ to break on purpose. */
function copyOf(dir: string): string {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'silta-app-package-'));
  cpSync(dir, tmp, { recursive: true, filter: (src) => !src.includes(`${path.sep}build`) });
  return tmp;
}
const readJson = (dir: string, name: string): Json =>
  JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Json;
const writeJson = (dir: string, name: string, json: Json): void =>
  writeFileSync(path.join(dir, name), JSON.stringify(json, null, 2));
function solidPng(size: number, rgba: [number, number, number, number]): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let i = 0; i < png.data.length; i += 4) png.data.set(rgba, i);
  return PNG.sync.write(png);
}

describe('Teams app package', () => {
  test('When the real app package is checked, then it passes on a bundled schema of at least 1.24', async () => {
    const result = await checkAppPackage({ ids: IDS });

    expect(result.problems).toEqual([]);
    expect(compareVersions(result.schemaVersion ?? '0.0', MIN_MANIFEST_VERSION)).toBeGreaterThanOrEqual(0);
    expect(result.files.map((f) => f.name).sort()).toEqual(
      ['color.png', 'en.json', 'manifest.json', 'outline.png', 'sv.json'].sort(),
    );
  });

  test('When the package is built with ids, then the manifest carries them and no placeholder is left', async () => {
    const { files } = await checkAppPackage({ ids: IDS });
    const manifest = files.find((f) => f.name === 'manifest.json')!.content.toString('utf8');

    expect(manifest).not.toContain('${{');
    const json = JSON.parse(manifest) as {
      id: string;
      bots: { botId: string; scopes: string[]; supportsFiles: boolean }[];
    };
    expect(json.id).toBe(IDS.TEAMS_APP_ID);
    expect(json.bots[0]).toMatchObject({ botId: IDS.BOT_ID, supportsFiles: true });
    expect(json.bots[0]!.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
  });

  test('When manifest.json lacks the required developer field, then the check names the missing property', async () => {
    const dir = copyOf(APP_PACKAGE_DIR);
    const manifest = readJson(dir, 'manifest.json');
    delete manifest.developer;
    writeJson(dir, 'manifest.json', manifest);

    const { problems } = await checkAppPackage({ dir });

    expect(problems).toContain("manifest.json: (top level): must have required property 'developer'");
  });

  test('When the colour icon is 96×96, then the check says it must be 192×192', async () => {
    const dir = copyOf(APP_PACKAGE_DIR);
    writeFileSync(path.join(dir, 'color.png'), solidPng(96, [0, 90, 156, 255]));

    const { problems } = await checkAppPackage({ dir });

    expect(problems).toEqual([
      expect.stringMatching(/^color\.png: color icon must be 192×192 pixels, found 96×96/),
    ]);
  });

  test('When the outline icon has coloured pixels, then the check allows only white and transparent', async () => {
    const dir = copyOf(APP_PACKAGE_DIR);
    const png = PNG.sync.read(readFileSync(path.join(dir, 'outline.png')));
    png.data.set([0, 90, 156, 255], (16 * 32 + 16) * 4); // one blue pixel in the middle
    writeFileSync(path.join(dir, 'outline.png'), PNG.sync.write(png));

    const { problems } = await checkAppPackage({ dir });

    expect(problems).toEqual([
      expect.stringMatching(/^outline\.png: .*only white and transparent.*\(16, 16\)/),
    ]);
  });

  test('When the icons are rendered from their SVG sources, then they are the committed PNGs', () => {
    for (const kind of ['color', 'outline'] as const) {
      const committed = readFileSync(path.join(APP_PACKAGE_DIR, `${kind}.png`));
      expect({ kind, same: renderIcon(kind).equals(committed) }).toEqual({ kind, same: true });
    }
  });

  test('When a command title is longer than 32 characters, then the check asks to shorten it', async () => {
    const dir = copyOf(APP_PACKAGE_DIR);
    const manifest = readJson(dir, 'manifest.json') as { bots: { commandLists: { commands: Json[] }[] }[] };
    manifest.bots[0]!.commandLists[0]!.commands[0]!.title = 'kerro kaikki mitä osaat, ihan kaikki';
    writeJson(dir, 'manifest.json', manifest);

    const { problems } = await checkAppPackage({ dir });

    expect(problems).toEqual([
      expect.stringMatching(
        /^manifest\.json: bots\[0\]\.commandLists\[0\]\.commands\[0\]\.title: .* at most 32, shorten it$/,
      ),
    ]);
  });

  test('When sv.json lacks a command translation, then the check names the missing key', async () => {
    const dir = copyOf(APP_PACKAGE_DIR);
    const sv = readJson(dir, 'sv.json');
    delete sv['bots[0].commandLists[1].commands[2].title'];
    writeJson(dir, 'sv.json', sv);

    const { problems } = await checkAppPackage({ dir });

    expect(problems).toEqual([
      expect.stringMatching(
        /^sv\.json: missing translation of bots\[0\]\.commandLists\[1\]\.commands\[2\]\.title/,
      ),
    ]);
  });

  test('When the manifest uses an unknown placeholder, then the check names it', async () => {
    const dir = copyOf(APP_PACKAGE_DIR);
    const manifest = readJson(dir, 'manifest.json');
    manifest.version = '${{APP_VERSION}}';
    writeJson(dir, 'manifest.json', manifest);

    const { problems } = await checkAppPackage({ dir });

    expect(problems).toContain(
      'manifest.json: unknown placeholder ${{APP_VERSION}}; only TEAMS_APP_ID and BOT_ID are filled in',
    );
  });

  test('When TEAMS_APP_ID is not set for packaging, then the error is one line that points to --dev', () => {
    const result = idsFromEnv({ BOT_ID: IDS.BOT_ID });

    expect(result.ok).toBe(false);
    const error = result.ok ? '' : result.error;
    expect(error).toMatch(/^TEAMS_APP_ID not set: .*--dev/);
    expect(error).not.toContain('\n');
  });
});
